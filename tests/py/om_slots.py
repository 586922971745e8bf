# __slots__: no __dict__, restricted attributes, inheritance with and without slots, slot descriptors.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), type(P.x).__name__, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
del p.x
try:
    p.x
except AttributeError as e:
    print('AttributeError:', e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 'subclass without __slots__ has a dict'
print(q.z, q.__dict__)
class R(P):
    __slots__ = ('w',)
r = R(3, 4)
r.w = 5
print(r.x, r.w, hasattr(r, '__dict__'))
