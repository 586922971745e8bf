# Metaclass __call__ (run as a frame): singletons, counting, enum lookups, errors.
import enum
class Singleton(type):
    instances = {}
    def __call__(cls, *args, **kw):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*args, **kw)
        return Singleton.instances[cls]
class Conf(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
a, b = Conf(1), Conf(2)
print(a is b, a.v, type(Conf).__name__)
class Counting(type):
    calls = 0
    def __call__(cls, *a, **k):
        Counting.calls += 1
        return super().__call__(*a, **k)
class P(metaclass=Counting):
    def __init__(self, x, *, y=0): self.s = x + y
class Q(P): pass
print(P(1, y=2).s, Q(5).s, Counting.calls, isinstance(Q(0), P))
class Color(enum.Enum):
    RED = 1
    BLUE = 2
print(Color(1), Color['BLUE'], Color(2) is Color.BLUE)
try:
    Color(3)
except ValueError as e:
    print('ValueError', e)
class Bad(type):
    def __call__(cls):
        raise RuntimeError('no instances of ' + cls.__name__)
class N(metaclass=Bad): pass
try:
    N()
except RuntimeError as e:
    print(e)
