# match: OR and AS patterns, guards and their evaluation order, bindings after the match.
log = []
def trace(x):
    log.append(x)
    return x

class V:
    A = 1
    B = 2

def f(v):
    match v:
        case (1 | 2 | 3) as small if trace(('guard', small)):
            return f'small {small}'
        case V.A | V.B:
            return 'never'
        case [x, y] | (x, y, _) if x < y:
            return f'ascending {x}<{y}'
        case [x, y] | (x, y, _):
            return f'other {x},{y}'
        case {'k': (int() | float()) as num} | {'n': num}:
            return f'num {num}'
        case str() as s if (n := len(s)) > 3:
            return f'long str {n}'
        case str() | bytes():
            return 'short text'
        case 0.0 | -1 | 1+2j | -3-4j:
            return f'special number {v!r}'
        case None | True | False as single:
            return f'singleton {single}'
        case _:
            return 'default'

for v in [1, 3, [1, 2], (5, 4, 0), [2, 1], {'k': 1.5}, {'n': 'x'}, {'k': 'str'}, 'hello', 'hi', b'', 0, -1, 1+2j,
          -3-4j, None, True, False, 4.5]:
    print(repr(v), '->', f(v))
print(log)

# Names bound by a successful match stay bound after the statement.
match [1, [2, 3]]:
    case [a, [b, c] as inner]:
        pass
print(a, b, c, inner)

# The subject is evaluated exactly once.
def subject():
    print('evaluating subject')
    return 42
match subject():
    case 1:
        print('one')
    case 42:
        print('forty-two')

# A guard that raises propagates.
try:
    match 5:
        case x if 1 / 0:
            pass
except ZeroDivisionError as e:
    print('guard raised', e)

# match is a soft keyword.
match = [1]
case = 2
match match:
    case [case_]:
        print('soft keywords', match, case, case_)
