# match statement: literals, captures, sequences, mappings, class patterns, guards, or-patterns.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(v):
    match v:
        case 0 | 1:
            return 'zero or one'
        case int(n) if n < 0:
            return f'negative {n}'
        case str() as s:
            return f'string {s!r}'
        case []:
            return 'empty list'
        case [x]:
            return f'singleton {x}'
        case [x, *rest]:
            return f'head {x} rest {rest}'
        case {'type': 'circle', 'r': r}:
            return f'circle r={r}'
        case {'type': t, **others}:
            return f'shape {t} {others}'
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y axis {y}'
        case Point(x, y):
            return f'point {x},{y}'
        case (a, b):
            return f'pair {a} {b}'
        case None:
            return 'none'
        case _:
            return 'other'
for v in [0, 1, -5, 42, 'hi', [], [9], [1, 2, 3], {'type': 'circle', 'r': 2}, {'type': 'sq', 'side': 3},
          Point(0, 0), Point(0, 5), Point(2, 3), (1, 2), None, 3.5]:
    print(repr(v) if not isinstance(v, Point) else 'Point', '->', describe(v))
