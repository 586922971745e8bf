# The repr convention: eval(repr(x)) == x for builtins and for classes whose __repr__ follows it.
class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f'{type(self).__name__}({self.x!r}, y={self.y!r})'
    def __eq__(self, o):
        return type(o) is type(self) and (self.x, self.y) == (o.x, o.y)
values = [0, -7, 10 ** 25, 0.1, -2.5e-10, 1e300, 1 + 2j, 'quote\'s "double"\n\t\\', b'\x00bytes\xff', [1, [2]], (1,), (),
          {'k': (1, 2)}, {3, 1, 2}, frozenset({5}), None, True, range(1, 9, 2), Point(1.5, 'y'), [Point(0)]]
for v in values:
    r = repr(v)
    print(r, eval(r) == v)
