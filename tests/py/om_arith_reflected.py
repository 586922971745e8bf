# Reflected and in-place arithmetic dunders, subclass priority, NotImplemented chains, divmod/pow/matmul.
class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'M({self.v})'
    def __add__(self, o):
        return M(self.v + (o.v if isinstance(o, M) else o))
    def __radd__(self, o):
        print('radd', o)
        return M(o + self.v)
    def __sub__(self, o):
        return NotImplemented
    def __rsub__(self, o):
        return f'rsub {o} - {self.v}'
    def __truediv__(self, o):
        return M(self.v / o)
    def __floordiv__(self, o):
        return M(self.v // o)
    def __mod__(self, o):
        return M(self.v % o)
    def __divmod__(self, o):
        return (self // o, self % o)
    def __pow__(self, e, mod=None):
        return M(pow(self.v, e, mod))
    def __matmul__(self, o):
        return f'matmul {self.v}@{o.v}'
    def __lshift__(self, n):
        return M(self.v << n)
    def __and__(self, o):
        return M(self.v & o)
    def __invert__(self):
        return M(~self.v)
    def __pos__(self):
        return M(+self.v)
print(M(1) + M(2), M(1) + 5, 5 + M(1), sum([M(1), M(2)], M(0)), sum([M(1)]))
print(1 - M(3), M(7) / 2, M(7) // 2, M(7) % 4, divmod(M(7), 2), M(2) ** 10, pow(M(2), 10, 1000))
print(M(1) @ M(2), M(1) << 4, M(6) & 3, ~M(0), +M(4))
try:
    M(1) - M(2)
except TypeError as e:
    print('TypeError:', e)
class Base:
    def __add__(self, o):
        return 'Base.__add__'
    def __radd__(self, o):
        return 'Base.__radd__'
class Derived(Base):
    def __radd__(self, o):
        return 'Derived.__radd__ wins'
print(Base() + Derived(), Derived() + Base())
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
a = Acc()
a += 1
a += 'two'
a *= 2
print(a.items)
