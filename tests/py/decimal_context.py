# decimal: contexts, rounding modes, flags, traps, localcontext and per-thread contexts.
import decimal
import threading
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, DefaultContext, BasicContext,
                     ExtendedContext, Inexact, Rounded, DivisionByZero, InvalidOperation, Overflow,
                     Underflow, Subnormal, Clamped, FloatOperation)

print(getcontext())
print(BasicContext)
print(ExtendedContext)
modes = [decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_UP,
         decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_05UP]
for mode in modes:
    row = []
    for s in ['2.5', '-2.5', '1.5', '2.51', '-0.5', '0.05', '1.04', '-1.06']:
        row.append(str(Decimal(s).quantize(Decimal('0.1') if '.0' in s else Decimal('1'), rounding=mode)))
    c = Context(prec=3, rounding=mode)
    row.append(str(c.divide(Decimal(2), Decimal(3))))
    row.append(str(c.divide(Decimal(-2), Decimal(3))))
    row.append(str(c.add(Decimal('1000'), Decimal('0.5'))))
    print(mode, ' '.join(row))

getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal('123.4567') + 0, +Decimal('9.9999999'))
getcontext().rounding = decimal.ROUND_DOWN
print(Decimal(2) / 3, Decimal('-2') / 3)
getcontext().prec = 28
getcontext().rounding = decimal.ROUND_HALF_EVEN

with localcontext() as ctx:
    ctx.prec = 5
    print(ctx.prec, Decimal(1) / 3, getcontext() is ctx)
print(getcontext().prec, Decimal(1) / 3)
with localcontext(prec=3, rounding=decimal.ROUND_UP) as ctx:
    print(ctx.prec, ctx.rounding, Decimal(1) / 3)
with localcontext(Context(prec=2)) as ctx:
    print(Decimal(10) / 3)

c = getcontext()
c.clear_flags()
Decimal(1) / 3
print(c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero])
print(sorted(k.__name__ for k, v in c.flags.items() if v))
c.clear_flags()
c.traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0, c.flags[DivisionByZero])
c.traps[DivisionByZero] = True
c.traps[InvalidOperation] = False
print(Decimal(0) / 0, Decimal('abc'), Decimal('inf') - Decimal('inf'), Decimal(-1).sqrt(), c.flags[InvalidOperation])
c.traps[InvalidOperation] = True
c.traps[Inexact] = True
try:
    Decimal(1) / 3
except Inexact as e:
    print('Inexact trapped', type(e).__name__, e)
c.traps[Inexact] = False
print(Decimal(1) / 4)

small = Context(prec=5, Emax=10, Emin=-10, traps=[])
print(small.multiply(Decimal('9.9999E+10'), 10), small.flags[Overflow], small.flags[Inexact])
print(small.divide(Decimal('1E-10'), 1000), small.flags[Subnormal], small.flags[Underflow])
print(small.create_decimal('1.234567'), small.create_decimal('1E+20'), small.power(2, 40))
clamped = Context(prec=5, Emax=10, Emin=-10, clamp=1, traps=[])
print(clamped.create_decimal('1E+10'), clamped.flags[Clamped], clamped.Etiny(), clamped.Etop())
print(repr(small), small.flags[Overflow])
small.clear_flags()
print(small)

fl = Context(traps=[FloatOperation])
try:
    fl.create_decimal_from_float(0.5)
    print('no trap for create_decimal_from_float')
    setcontext(fl)
    Decimal(0.5)
except FloatOperation as e:
    print('FloatOperation', isinstance(e, TypeError))
try:
    Decimal(1) < 1.5
except FloatOperation as e:
    print('FloatOperation on ordering')
print(Decimal(1) == 1.0)
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext().prec)

c2 = getcontext().copy()
c2.prec = 10
print(c2.prec, getcontext().prec, c2.sqrt(2), c2.exp(1), c2.ln(2), c2.log10(3), c2.to_sci_string(Decimal('1E-9')), c2.to_eng_string(Decimal('1E-9')))
print(c2.compare(1, 2), c2.max(1, 2), c2.min_mag(-1, 2), c2.quantize(Decimal('1.2345'), Decimal('0.01')), c2.divmod(7, 3), c2.remainder(-7, 3), c2.divide_int(-7, 3), c2.fma(2, 3, 4))
print(c2.power(Decimal(2), 100), c2.power(3, 4, 5), c2.abs(-3), c2.minus(3), c2.plus(Decimal('-0')), c2.is_zero(0), c2.normalize(Decimal('1.00')))

try:
    getcontext().prec = 0
except ValueError as e:
    print('ValueError', e)
try:
    getcontext().rounding = 'sideways'
except TypeError as e:
    print('TypeError', e.__class__.__name__)
try:
    Context(Emin=5)
except ValueError as e:
    print('ValueError', e)

results = {}
def worker(n):
    getcontext().prec = n
    x = Decimal(1) / 7
    with localcontext() as ctx:
        ctx.prec = n + 1
        y = Decimal(1) / 7
    results[n] = (str(x), str(y), getcontext().prec)
threads = [threading.Thread(target=worker, args=(n,)) for n in (3, 5, 8, 12)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(n, results[n])
print('main prec', getcontext().prec, Decimal(1) / 7)
