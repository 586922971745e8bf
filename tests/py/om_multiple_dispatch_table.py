# Double dispatch with a table keyed by pairs of types, falling back along the MRO of both operands.
class Shape: pass
class Circle(Shape): pass
class Square(Shape): pass
class Rounded(Square): pass
TABLE = {}
def collide_rule(a, b):
    def deco(f):
        TABLE[(a, b)] = f
        TABLE.setdefault((b, a), lambda x, y: f(y, x))
        return f
    return deco
@collide_rule(Circle, Circle)
def _(a, b):
    return 'circle-circle'
@collide_rule(Circle, Square)
def _(a, b):
    return f'circle({type(a).__name__})-square({type(b).__name__})'
@collide_rule(Shape, Shape)
def _(a, b):
    return 'generic shapes'
def collide(a, b):
    for ta in type(a).__mro__:
        for tb in type(b).__mro__:
            if (ta, tb) in TABLE:
                return TABLE[(ta, tb)](a, b)
    raise TypeError(f'no rule for {type(a).__name__} and {type(b).__name__}')
for a, b in [(Circle(), Circle()), (Circle(), Square()), (Square(), Circle()), (Rounded(), Circle()), (Square(), Square()), (Rounded(), Rounded())]:
    print(type(a).__name__, type(b).__name__, '->', collide(a, b))
try:
    collide(1, Circle())
except TypeError as e:
    print('TypeError:', e)
