# decimal: construction, str/repr, arithmetic, conversions, hashing and comparisons.
from decimal import Decimal, getcontext, InvalidOperation, DecimalTuple
from fractions import Fraction
import numbers

for s in ['0', '-0', '1.10', '1E+2', '100', '0.000001', '0.0000001', '1E-7', '-12.345E+3', '123456789E-20',
          '  42  ', '1_000.5', 'Inf', '-infinity', 'nan', 'sNaN12', '-NaN', '0E+5', '5E-10', '.5', '5.']:
    d = Decimal(s)
    print(repr(s), str(d), repr(d), d.to_eng_string())
print(Decimal(0.1), Decimal(-2.5), Decimal(1e100), Decimal(float('inf')), Decimal(-0.0))
print(Decimal(12345678901234567890123), Decimal(-7), Decimal((1, (3, 1, 4), -2)), Decimal((0, (), 'F')), Decimal([0, [1, 2], 5]))
print(Decimal(Decimal('3.3')), Decimal(), Decimal.from_float(0.25), Decimal.from_float(3))
a, b = Decimal('7.25'), Decimal('-2.5')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(b))
print(a + 1, 1 + a, a * 3, 10 - a, 2 / Decimal(3), 7 // Decimal(2), -7 // Decimal(2), -7 % Decimal(2), divmod(-7, Decimal(2)))
print(Decimal(2) ** 10, Decimal('1.1') ** 3, Decimal(2) ** -2, Decimal('0.5') ** Decimal('0.5'), Decimal(9) ** Decimal('0.5'), 2 ** Decimal(3))
print(Decimal(1) / 3 * 3, Decimal(2).sqrt(), Decimal('0.0001').sqrt(), Decimal(100).sqrt(), Decimal('1E+3').sqrt())
print(Decimal(1).exp(), Decimal(-1).exp(), Decimal(10).ln(), Decimal('0.5').ln(), Decimal(1000).log10(), Decimal(2).log10())
print(Decimal('1.2345').quantize(Decimal('0.01')), Decimal('2.5').quantize(Decimal('1')), Decimal('-2.5').to_integral_value(), Decimal('7.89').to_integral_exact())
print(Decimal('120.000').normalize(), Decimal('0.00').normalize(), Decimal('1E+3').normalize(), Decimal('-1.500').normalize())
print(Decimal('123.45').adjusted(), Decimal('0.001').adjusted(), Decimal('-1.5').as_tuple(), Decimal('inf').as_tuple(), Decimal('1.5').as_integer_ratio(), Decimal('-0.75').as_integer_ratio())
t = Decimal('3.14').as_tuple()
print(t.sign, t.digits, t.exponent, isinstance(t, DecimalTuple), isinstance(t, tuple))
for x in [Decimal('1'), Decimal('-0'), Decimal('inf'), Decimal('nan'), Decimal('snan'), Decimal('0.0')]:
    print(x, x.is_nan(), x.is_snan(), x.is_qnan(), x.is_infinite(), x.is_finite(), x.is_signed(), x.is_zero())
print(Decimal('1.5').copy_sign(Decimal('-2')), Decimal('-3').copy_abs(), Decimal('3').copy_negate(), Decimal(5).max(Decimal(7)), Decimal(5).min(3), Decimal(2).compare(3), Decimal(3).compare(Decimal('3.0')), Decimal(2).fma(3, 4))
print(Decimal('3.0').compare_total(Decimal('3')), Decimal('10').remainder_near(Decimal('6')), Decimal('-5').max_mag(Decimal('3')), Decimal('nan').max(Decimal(1)))
print(int(Decimal('-7.9')), int(Decimal('1E+30')), float(Decimal('0.1')), float(Decimal('-inf')), round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('-2.675'), 2), round(Decimal('1234.5'), -2))
import math
print(math.floor(Decimal('-1.5')), math.ceil(Decimal('-1.5')), math.trunc(Decimal('-1.5')), math.floor(Decimal('2.0')))
print(hash(Decimal('1.5')) == hash(1.5), hash(Decimal(2)) == 2, hash(Decimal('2.000')), hash(Decimal('-1')), hash(Decimal('0.1')), hash(Decimal('inf')), hash(Decimal('-inf')), hash(Decimal('1E+30')) == hash(10**30), hash(Decimal('0.5')) == hash(Fraction(1, 2)))
print(Decimal(1) == 1, Decimal('1.0') == 1, Decimal('0.5') == 0.5, Decimal('0.1') == 0.1, Decimal(3) > 2, Decimal(3) < 2.5, 2 < Decimal('2.1'))
print(Decimal('0.5') == Fraction(1, 2), Decimal('0.1') < Fraction(1, 3), Fraction(1, 3) < Decimal('0.34'), Decimal('nan') == Decimal('nan'), Decimal('nan') != 1)
print(sorted([Decimal('3'), Decimal('1.5'), 2, Decimal('-1')]), max(Decimal('1'), Decimal('1.0')), min([Decimal(4), 3]), sum([Decimal('0.1')] * 10))
print(bool(Decimal(0)), bool(Decimal('0.01')), bool(Decimal('nan')), {Decimal('1.0'): 'a'}[1], len({Decimal(1), Decimal('1.00'), 1, 1.0}))
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real), type(Decimal(1)), Decimal.__module__, Decimal.__name__)
print(Decimal('9' * 30) + 1, Decimal('1E+999999') * 1, Decimal('1.23456789012345678901234567890123'), +Decimal('1.23456789012345678901234567890123'))
print(Decimal(10) ** 30, Decimal('1E-30') ** 2, Decimal(-2) ** 3, Decimal(-8) ** Decimal(1) / 3)
