# The numeric tower: numbers ABCs, int/float/complex/bool/Fraction/Decimal isinstance checks and mixed arithmetic.
import numbers
from fractions import Fraction
from decimal import Decimal
vals = [True, 3, 2.5, 1 + 2j, Fraction(1, 3), Decimal('1.10')]
for v in vals:
    print(type(v).__name__, [abc.__name__ for abc in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, abc)])
print(Fraction(1, 3) + 1, Fraction(1, 3) + 0.5, Fraction(3, 6), Fraction('0.75'), Fraction(1, 3) * 3 == 1, float(Fraction(1, 8)))
print(Decimal('1.10') + Decimal('2.205'), Decimal('1') / Decimal('8'), Decimal(3) * 2, Decimal('0.1') * 3 == Decimal('0.3'))
try:
    Decimal('1.1') + 1.1
except TypeError as e:
    print('TypeError:', e)
print(True + Fraction(1, 2), 2 ** Fraction(1, 2), round(Fraction(7, 2)), round(Decimal('2.675'), 2))
