import sys
sys.stderr = sys.stdout
import copy
import math
import numbers
from fractions import Fraction as F


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


tower = (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
for v in [True, 3, 2.5, 1 + 2j, F(1, 3), 'x', None]:
    check('tower ' + type(v).__name__, lambda: [abc.__name__ for abc in tower if isinstance(v, abc)])
check('subclass', lambda: (issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational),
                           issubclass(F, numbers.Real), issubclass(complex, numbers.Real)))
check('abstract', lambda: sorted(numbers.Integral.__abstractmethods__))
check('abstract complex', lambda: sorted(numbers.Complex.__abstractmethods__))
check('number unhashable', lambda: numbers.Number.__hash__)
check('slots', lambda: [c.__slots__ for c in tower])
check('instantiate', lambda: numbers.Real())


class MyReal(numbers.Real):
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    __trunc__ = __floor__ = __ceil__ = __round__ = lambda self, *a: int(self.v)
    __floordiv__ = __rfloordiv__ = lambda self, o: MyReal(self.v // float(o))
    __mod__ = __rmod__ = lambda self, o: MyReal(self.v % float(o))
    __lt__ = lambda self, o: self.v < float(o)
    __le__ = lambda self, o: self.v <= float(o)
    __add__ = __radd__ = lambda self, o: MyReal(self.v + float(o))
    __neg__ = lambda self: MyReal(-self.v)
    __pos__ = lambda self: MyReal(self.v)
    __mul__ = __rmul__ = lambda self, o: MyReal(self.v * float(o))
    __truediv__ = __rtruediv__ = lambda self, o: MyReal(self.v / float(o))
    __pow__ = __rpow__ = lambda self, o: MyReal(self.v ** float(o))
    __abs__ = lambda self: MyReal(abs(self.v))
    __eq__ = lambda self, o: self.v == float(o)
    __hash__ = lambda self: hash(self.v)

    def __repr__(self):
        return 'MyReal(%r)' % self.v


r = MyReal(2.5)
check('mixins', lambda: (complex(r), r.real, r.imag, r.conjugate(), divmod(r, 2), (r - 1), bool(r), bool(MyReal(0))))

check('arith', lambda: (F(1, 3) + 1, F(1, 3) + 0.5, F(1, 3) - F(1, 2), F(2, 3) * F(3, 4), F(1, 3) / F(2, 3),
                        3 - F(1, 2), 1.5 / F(1, 2), F(1, 2) / 0.25, F(1, 2) + 1j, 1j * F(1, 2)))
check('floordiv mod', lambda: (F(7, 2) // 2, F(7, 2) % F(1, 3), divmod(F(7, 2), F(2, 3)), divmod(F(-7, 2), 2),
                               7 // F(2, 3), 7 % F(2, 3), F(7, 2) // 1.5, divmod(2.5, F(1, 2))))
check('pow', lambda: (F(1, 2) ** -2, F(-2, 3) ** -3, F(1, 2) ** 0.5, F(4, 9) ** F(1, 2), 2 ** F(1, 2),
                      2 ** F(3), F(2) ** F(2), 4 ** F(-1), (-8) ** F(1, 3)))
check('pow zero', lambda: F(0) ** -1)
check('unary', lambda: (-F(1, 2), +F(1, 2), abs(F(-1, 2)), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)),
                        math.trunc(F(-7, 2)), bool(F(0)), bool(F(1, 9)), float(F(1, 8)), float(F(1, 3))))
check('round', lambda: (round(F(7, 2)), round(F(5, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234, 1), -2),
                        round(F(3, 8), 1)))
check('compare', lambda: (F(1, 2) < 0.6, F(1, 2) == 0.5, F(1, 2) > F(1, 3), 0.5 == F(1, 2), F(1, 2) < float('inf'),
                          F(1, 2) == float('nan'), F(1, 2) >= 1, F(3) == 3, F(1, 2) == 0.5 + 0j, F(1, 2) == 'x',
                          F(1, 2) <= F(2, 4)))
check('compare bad', lambda: F(1, 2) < 'x')
check('sort', lambda: sorted([F(1, 2), 0.3, 1, F(1, 5), True]))
check('hash', lambda: (hash(F(1, 2)) == hash(0.5), hash(F(-1, 1)), hash(F(1, 3)), hash(F(-5, 7)),
                       hash(F(10 ** 30, 7)), hash(F(3)) == hash(3), hash(F(1, 2 ** 61 - 1)), {F(1, 2): 'h'}[0.5]))
check('repr', lambda: (repr(F(3)), str(F(-3, 6)), str(F(5)), repr(F(-1, 3))))
check('init', lambda: (F(), F(5), F(F(1, 2), F(1, 3)), F(2.5), F(6, -4), F(True), F(-0.0)))
check('init float', lambda: F(0.1))
check('init nan', lambda: F(float('nan')))
check('init inf', lambda: F(float('inf')))
check('zero', lambda: F(1, 0))
check('bad pair', lambda: F(1.5, 2))
check('bad type', lambda: F([]))
for s in ['3/4', ' -1.25 ', '1e-3', '1_000.5E2', '.5', '5.', '-7/-2', '1/', '', 'x', '1 /2', '+1_0/2_0', '1__0',
          'inf', '2e+3', '\t7/3\n', '-0', '1.5/2', '3/0']:
    check('str ' + repr(s), lambda: F(s))
check('from_float', lambda: (F.from_float(0.1), F.from_float(3), F.from_float(-2.75)))
check('from_float bad', lambda: F.from_float('x'))
check('from_decimal bad', lambda: F.from_decimal(1.5))
pi = F(3.141592653589793)
check('limit', lambda: (pi.limit_denominator(1000), pi.limit_denominator(10), pi.limit_denominator(1),
                        F(1, 3).limit_denominator(1), F(3, 7).limit_denominator(100), F(-pi).limit_denominator(100),
                        F(1, 2).limit_denominator(2)))
check('limit bad', lambda: F(1, 3).limit_denominator(0))
check('ratio', lambda: (F(1, 2).as_integer_ratio(), F(5, 10).numerator, F(5, 10).denominator))
check('copy', lambda: (copy.copy(F(1, 2)), copy.deepcopy(F(1, 2)), F(1, 2).__reduce__()))


class G(F):
    pass


check('subclass', lambda: (repr(G(1, 2)), type(G(1, 2) + 1).__name__, type(copy.copy(G(1, 2))).__name__))
