# A Fraction class with normalisation, arithmetic with ints, comparisons, hashing consistent with int, and float().
from math import gcd
class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError('Frac denominator is zero')
        g = gcd(num, den) * (1 if den > 0 else -1)
        self.num, self.den = num // g, den // g
    @staticmethod
    def _coerce(o):
        return o if isinstance(o, Frac) else Frac(o) if isinstance(o, int) else NotImplemented
    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is NotImplemented else Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        return self + (-self._coerce(o))
    def __rsub__(self, o):
        return -self + o
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __mul__(self, o):
        o = self._coerce(o)
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Frac(self.num * o.den, self.den * o.num)
    def __eq__(self, o):
        o = self._coerce(o)
        return o is not NotImplemented and (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
    def __repr__(self):
        return f'{self.num}/{self.den}' if self.den != 1 else str(self.num)
h = sum(Frac(1, n) for n in range(1, 11))
print(h, float(h), Frac(6, -8), Frac(1, 2) + 1, 1 - Frac(1, 3), Frac(2, 3) * 3 == 2, Frac(4, 2) == 2, hash(Frac(4, 2)) == hash(2))
print(sorted([Frac(1, 2), Frac(1, 3), Frac(2, 3), Frac(-1, 5)]), Frac(1, 2) < Frac(2, 3), Frac(3, 4) / Frac(1, 4))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    Frac(1, 2) + 0.5
except TypeError as e:
    print('TypeError:', e)
