# Polymorphism: a shape hierarchy with overridden methods, super() calls, class-level counters and sorting by area.
import math
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
        type(self).made = getattr(type(self), 'made', 0) + 1
    def area(self):
        raise NotImplementedError(f'{type(self).__name__}.area')
    def perimeter(self):
        raise NotImplementedError
    def __str__(self):
        return f'{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}'
class Circle(Shape):
    def __init__(self, r):
        super().__init__('circle')
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__('rect')
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = 'square'
shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s)
print(Shape.count, Circle.made, Rect.made, Square.made, sum(s.area() for s in shapes))
try:
    print(Shape('abstract'))
except NotImplementedError as e:
    print('NotImplementedError:', e)
