# __slots__ members are descriptors on the class; slots with defaults via class attributes conflict; __weakref__ absent.
class P:
    __slots__ = ('x', 'y')
print(type(P.__dict__['x']).__name__, P.x.__name__, '__dict__' in dir(P()), '__weakref__' in P.__dict__)
p = P()
P.x.__set__(p, 10)
print(P.x.__get__(p, P), p.x)
try:
    p.y
except AttributeError as e:
    print('AttributeError:', e)
try:
    class Conflict:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print('ValueError:', e)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a, w.other = 1, 2
print(w.a, w.__dict__)
