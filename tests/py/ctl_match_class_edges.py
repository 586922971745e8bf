# match: __match_args__ inheritance, properties and __getattr__ in class patterns, evaluation order, match in loops and functions.
class Base:
    __match_args__ = ('a',)
    def __init__(self, a, b=None):
        self.a, self.b = a, b
class Child(Base):
    pass
class Override(Base):
    __match_args__ = ('b', 'a')

class Dyn:
    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(name)

class Counted:
    reads = 0
    @property
    def v(self):
        Counted.reads += 1
        return Counted.reads

def kind(o):
    match o:
        case Override(b, a) if b is not None:
            return f'override b={b} a={a}'
        case Child(a):
            return f'child a={a}'
        case Base(a=a, b=None):
            return f'base a={a} no b'
        case Dyn(xray=x, xeno=y):
            return f'dyn {x} {y}'
        case _:
            return 'other'

for o in [Override(1, 2), Override(1), Child(3), Base(4), Base(5, 6), Dyn()]:
    print(kind(o))

# A class pattern reads each attribute once per attempt.
c = Counted()
match c:
    case Counted(v=1):
        print('first read matched', Counted.reads)
match c:
    case Counted(v=0) | Counted(v=3):
        print('alternatives read twice', Counted.reads)

# Value patterns look names up at match time.
class Color:
    RED = 'red'
def is_red(x):
    match x:
        case Color.RED:
            return True
    return False
print(is_red('red'), is_red('blue'))
Color.RED = 'blue'
print(is_red('red'), is_red('blue'))

# Literal patterns: numbers compare by ==, True/False/None by identity.
for v in [1, 1.0, True, 0, False, None, -0.0, 1+0j, 'True']:
    match v:
        case True:
            r = 'True'
        case False:
            r = 'False'
        case None:
            r = 'None'
        case 1:
            r = '== 1'
        case 0:
            r = '== 0'
        case _:
            r = 'other'
    print(repr(v), r)

# Strings and bytes are matched as values, never as sequences.
for v in ['abc', b'abc', ['a', 'b', 'c'], ('a', 'b', 'c')]:
    match v:
        case [a, b, c]:
            print('sequence', a, b, c)
        case 'abc' | b'abc':
            print('literal', v)

# Guards see the captured names; a failed guard moves on.
def classify(p):
    match p:
        case (x, y) if x == y:
            return 'diagonal'
        case (x, y) if x == -y:
            return 'anti-diagonal'
        case (x, _) if x > 0:
            return 'right half'
        case _:
            return 'elsewhere'
print([classify(p) for p in [(1, 1), (2, -2), (3, 1), (-1, 0), 'no']])

# Nested captures in deeply nested structures.
data = {'users': [{'name': 'ann', 'roles': ['admin', 'dev']}, {'name': 'bob', 'roles': []}]}
match data:
    case {'users': [{'name': str(first), 'roles': [*roles]}, *others]}:
        print(first, roles, len(others))
