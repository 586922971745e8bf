# match: class patterns — __match_args__, keywords, builtins matching by self, and the TypeErrors.
class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

class P3(P):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Lazy:
    @property
    def value(self):
        print('  computing value')
        return 42
    @property
    def broken(self):
        raise AttributeError('no broken')

def c(v):
    match v:
        case P3(x, y, z=0):
            return f'flat P3 {x},{y}'
        case P3(_, _, z):
            return f'P3 z={z}'
        case P(x=0, y=0):
            return 'P origin'
        case P(x, y=yy) if x == yy:
            return f'P diagonal {x}'
        case P():
            return 'some P'
        case bool(b):
            return f'bool {b}'
        case int(i):
            return f'int {i}'
        case float(f):
            return f'number {f}'
        case str(s) | bytes(s):
            return f'text {s!r}'
        case list([first, *_]):
            return f'list starting {first}'
        case dict({'k': v}):
            return f'dict k={v}'
        case tuple((a,)) | frozenset(a):
            return f'tuple1/frozenset {a}'
        case Lazy(value=42, broken=_):
            return 'lazy broken'
        case Lazy(value=v):
            return f'lazy {v}'
        case object(__class__=cls):
            return f'object of {cls.__name__}'

for v in [P3(1, 2, 0), P3(1, 2, 3), P(0, 0), P(4, 4), P(1, 2), True, 7, 2.5, 'hi', b'by', [9, 8],
          {'k': 1}, (5,), frozenset([1]), Lazy(), None, set()]:
    print(c(v))

class Bad:
    __match_args__ = ['x']
class NotStr:
    __match_args__ = ('x', 3)
    x = 1
class Twice:
    __match_args__ = ('a',)
    a = 1
not_a_type = 5

cases = [
    ("Bad(1)", Bad()),
    ("NotStr(1, 2)", NotStr()),
    ("Twice(1, a=1)", Twice()),
    ("Twice(1, 2)", Twice()),
    ("int(1, 2)", 1),
    ("P(1, 2, 3)", P(1, 2)),
    ("not_a_type()", 1),
    ("object(1)", object()),
    ("complex(1)", 1j),
]
for pat, subject in cases:
    src = f"match subject:\n    case {pat}:\n        print('matched')\n    case _:\n        print('no match')\n"
    try:
        exec(src, {**globals(), 'subject': subject})
    except TypeError as e:
        print(pat, '->', 'TypeError:', e)

# A failing isinstance() check never evaluates __match_args__.
print(c(Bad()))
