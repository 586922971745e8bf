# A complete 2-D vector value type: arithmetic, comparisons, hashing, iteration, format spec, bool, abs, round.
import math
class Vector2d:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.__x, self.__y = float(x), float(y)
    x = property(lambda self: self.__x)
    y = property(lambda self: self.__y)
    def __iter__(self):
        return iter((self.x, self.y))
    def __repr__(self):
        return f'{type(self).__name__}({self.x!r}, {self.y!r})'
    def __str__(self):
        return str(tuple(self))
    def __eq__(self, o):
        return tuple(self) == tuple(o)
    def __hash__(self):
        return hash((self.x, self.y))
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(abs(self))
    def __add__(self, o):
        return Vector2d(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vector2d(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __round__(self, n=0):
        return Vector2d(round(self.x, n), round(self.y, n))
    def angle(self):
        return math.atan2(self.y, self.x)
    def __format__(self, spec=''):
        if spec.endswith('p'):
            spec = spec[:-1]
            return '<{}, {}>'.format(format(abs(self), spec), format(self.angle(), spec))
        return '({}, {})'.format(*(format(c, spec) for c in self))
v = Vector2d(3, 4)
print(repr(v), str(v), abs(v), bool(Vector2d(0, 0)), v + Vector2d(1, 1), 2 * v, v * 0.5, round(Vector2d(1.26, 2.71), 1))
print(format(v), format(v, '.2f'), format(Vector2d(1, 1), '.3ep'), f'{v:.1fp}', list(v), x_y := tuple(v))
print(v == Vector2d(3, 4), v == (3, 4), len({v, Vector2d(3.0, 4.0)}), hash(v) == hash((3.0, 4.0)))
try:
    v.x = 7
except AttributeError as e:
    print('AttributeError:', e)
print(sorted(vars(v)))
match v:
    case Vector2d(x, 4.0):
        print('y is four, x is', x)
