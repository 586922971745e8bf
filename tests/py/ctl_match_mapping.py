# match: mapping patterns — extra keys, **rest, dict subclasses, Mapping classes, value patterns as keys.

class Keys:
    A = 'a'
    B = 'b'

def m(v):
    match v:
        case {}  if not v:
            return 'empty mapping'
        case {Keys.A: 1, Keys.B: b}:
            return f'a=1 b={b}'
        case {'x': x, 'y': y, **rest}:
            return f'x={x} y={y} rest={rest}'
        case {0: z, **rest} if rest:
            return f'zero {z} and {sorted(rest)}'
        case {0: z}:
            return f'only zero {z}'
        case {None: n, True: t}:
            return f'none {n} true {t}'
        case {**everything}:
            return f'any mapping with {len(everything)} keys'
        case _:
            return 'not a mapping'

for v in [{}, {'a': 1, 'b': 2}, {'a': 2, 'b': 3}, {'x': 1, 'y': 2}, {'x': 1, 'y': 2, 'z': 3, 'w': 4},
          {0: 'z'}, {0: 'z', 1: 'o', 2: 't'}, {None: 1, True: 2}, {1: 1}, [('x', 1)], 'x', 3]:
    print(v, '->', m(v))

# __missing__ is not called: a missing key fails the match.
class Default(dict):
    def __missing__(self, key):
        print('  missing', key)
        return 0
dd = Default({'x': 1})
print(m(dd), dict(dd))

# A dict subclass that overrides get() is matched through get().
class Loud(dict):
    def get(self, key, default=None):
        print('  get', key)
        return super().get(key, default)
print(m(Loud(x=1, y=2)))

# **rest is a fresh dict each time.
d = {'x': 1, 'y': 2, 'k': 3}
match d:
    case {'x': _, **rest}:
        rest['new'] = True
        print(rest, d)

# A value pattern that evaluates equal to a literal key is a ValueError at run time.
class K:
    one = 1
try:
    match {1: 'a', 2: 'b'}:
        case {1: _, K.one: _}:
            print('matched')
except ValueError as e:
    print('ValueError:', e)
