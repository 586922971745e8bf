# decimal: the signal exceptions, their classes and messages, and an uncaught trap's traceback.
import decimal
from decimal import Decimal, Context, localcontext

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__module__ + '.' + type(e).__name__, e.args, [c.__name__ for c in type(e).__mro__[1:-3]])
    else:
        print('ok', r)

show(lambda: Decimal('abc'))
show(lambda: Decimal('1.2.3'))
show(lambda: Decimal(' 1 2'))
show(lambda: Decimal(1) / 0)
show(lambda: Decimal(0) / 0)
show(lambda: Decimal(5) % 0)
show(lambda: Decimal(5) // 0)
show(lambda: Decimal('inf') - Decimal('inf'))
show(lambda: Decimal('inf') * 0)
show(lambda: Decimal(-4).sqrt())
show(lambda: Decimal(-4).ln())
show(lambda: Decimal(0) ** 0)
show(lambda: Decimal(-8) ** Decimal('0.5'))
show(lambda: Decimal('sNaN') + 1)
show(lambda: Decimal('NaN') < 1)
show(lambda: Decimal('sNaN') == 1)
show(lambda: Decimal('9E+999999') * 100)
show(lambda: Decimal('1E+30').quantize(Decimal('0.1')))
show(lambda: Decimal(10) ** 10 // Decimal('1E-30'))
show(lambda: Decimal('1.1') + 1.1)
show(lambda: 1.1 * Decimal('2'))
show(lambda: Decimal(1) + '1')
show(lambda: Decimal(object()))
show(lambda: Decimal((2, (1,), 0)))
show(lambda: Decimal((0, (1, 10), 0)))
show(lambda: int(Decimal('inf')))
show(lambda: int(Decimal('nan')))
show(lambda: float(Decimal('snan')))
show(lambda: hash(Decimal('snan')))
show(lambda: Decimal('inf').as_integer_ratio())
show(lambda: round(Decimal('nan')))
show(lambda: Context(prec=-1))
show(lambda: Context(rounding='ROUND_SIDEWAYS'))
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.FloatOperation, TypeError),
      issubclass(decimal.Overflow, decimal.Inexact), issubclass(decimal.ConversionSyntax, decimal.InvalidOperation),
      issubclass(decimal.Underflow, decimal.Subnormal), issubclass(decimal.DecimalException, ArithmeticError))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError:', repr(e))
with localcontext() as ctx:
    ctx.traps[decimal.DivisionByZero] = False
    print(Decimal(1) / 0, ctx.flags[decimal.DivisionByZero])

def average(values):
    return sum(values, Decimal(0)) / len(values)

print(average([Decimal('1.5'), Decimal('2.5')]))
print(average([]))
