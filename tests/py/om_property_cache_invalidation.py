# Derived attributes kept consistent with setters; __setattr__ intercepting all assignments to invalidate caches.
class Circle:
    def __init__(self, r):
        self.r = r
    def __setattr__(self, name, value):
        if name == 'r':
            if value < 0:
                raise ValueError('radius must be >= 0')
            super().__setattr__('_area', None)
        super().__setattr__(name, value)
    @property
    def area(self):
        if self._area is None:
            print('  computing area for r =', self.r)
            super().__setattr__('_area', round(3.14159 * self.r ** 2, 3))
        return self._area
c = Circle(1)
print(c.area, c.area)
c.r = 2
print(c.area)
try:
    c.r = -1
except ValueError as e:
    print('ValueError:', e)
print(c.r, c.area, sorted(vars(c)))
