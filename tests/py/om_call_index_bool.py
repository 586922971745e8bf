# __call__, __index__, __int__/__float__/__complex__, __bool__/__len__ truth, __hash__ and __eq__ on keys.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, twice=False):
        return x * self.k * (2 if twice else 1)
m = Multiplier(3)
print(m(5), m(5, twice=True), list(map(m, [1, 2])), callable(m))
class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
print([10, 20, 30][Idx(1)], 'abcdef'[Idx(1):Idx(4)], bin(Idx(5)), range(Idx(3)), (2).__pow__(Idx(3)))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
    def __complex__(self):
        return 1j
print(int(Num()), float(Num()), complex(Num()))
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k.lower())
    def __eq__(self, o):
        return self.k.lower() == o.k.lower()
d = {Key('Name'): 1}
d[Key('NAME')] = 2
print(len(d), d[Key('name')], [k.k for k in d])
class Truth:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
print([bool(Truth(x)) for x in (True, False)], 'yes' if Truth(True) else 'no', not Truth(False))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
