# namedtuple in depth: defaults, subclassing with methods, unpacking, sorting, _fields, as dict keys.
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'], defaults=[0])
print(Point(1), Point(1, 2), Point._field_defaults, Point.__doc__)
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]), {Vec(0, 0): 'origin'}[Vec(0, 0)])
try:
    v.x = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    namedtuple('Bad', ['ok', 'class'])
except ValueError as e:
    print('ValueError:', e)
R = namedtuple('R', 'a b c', rename=False)
r = R(*range(3))
print(r._replace(b=10), r.count(1), r.index(2), r[::-1], len(r), R._make('xyz'))
