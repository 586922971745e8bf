# Dunder arithmetic operators, reflected operators, in-place operators, unary, containment.
class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return 'Vec' + repr(self.c)
    def __add__(self, o):
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __contains__(self, x):
        return x in self.c
    def __iadd__(self, o):
        print('__iadd__ used')
        self.c = tuple(a + b for a, b in zip(self.c, o.c))
        return self
    def __bool__(self):
        return any(self.c)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v - w, v * 3, 3 * v, v * w, -v, abs(w), len(v), v[1], v[-1], 2 in v, 5 in v, bool(Vec(0, 0)))
ident = v
v += w
print(v, ident is v, v == Vec(4, 6), v != w, list(v))
try:
    v + 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    v / 2
except TypeError as e:
    print('TypeError:', e)
class R:
    def __radd__(self, other):
        return f'radd({other})'
print(1 + R(), 'x' + R(), [1] + R())
