# divmod() dispatch to __divmod__/__rdivmod__, and float divmod errors.
class D:
    def __init__(self, v):
        self.v = v
    def __divmod__(self, other):
        return ('divmod', self.v, other)
    def __rdivmod__(self, other):
        return ('rdivmod', other, self.v)
class Sub(D):
    def __rdivmod__(self, other):
        return ('sub-rdivmod', other.v, self.v)
class Nope:
    def __divmod__(self, other):
        return NotImplemented
print(divmod(D(1), 5), divmod(5, D(2)), divmod(D(1), Sub(2)))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(2 ** 70, 3))
for bad in ["divmod(1.0, 0)", "divmod(1, 0.0)", "divmod(1, 0)", "divmod(Nope(), 1)", "divmod('a', 1)", "divmod(1j, 1)", "divmod(1)"]:
    try:
        print(eval(bad))
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
