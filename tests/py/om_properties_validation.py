# Properties used for validation and lazy caching in a small domain model.
class Rectangle:
    def __init__(self, w, h):
        self.width = w
        self.height = h
        self._area_cache = None
    @property
    def width(self):
        return self._w
    @width.setter
    def width(self, v):
        if not isinstance(v, (int, float)) or v <= 0:
            raise ValueError(f'width must be a positive number, not {v!r}')
        self._w = v
        self._area_cache = None
    @property
    def height(self):
        return self._h
    @height.setter
    def height(self, v):
        if v <= 0:
            raise ValueError('height must be positive')
        self._h = v
        self._area_cache = None
    @property
    def area(self):
        if self._area_cache is None:
            print('  (computing area)')
            self._area_cache = self.width * self.height
        return self._area_cache
r = Rectangle(3, 4)
print(r.area)
print(r.area)
r.width = 10
print(r.area)
for bad in [0, -1, 'wide', None]:
    try:
        r.width = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(r.width, r.height)
class Square(Rectangle):
    @Rectangle.width.setter
    def width(self, v):
        Rectangle.width.fset(self, v)
        self._h = v
s = Square(2, 2)
s.width = 5
print(s.width, s.height, s.area)
