# decimal: format() and f-strings with the format-spec mini-language.
from decimal import Decimal, localcontext, ROUND_DOWN

values = ['0', '-0', '1234567.891', '-0.000123', '1E+5', '1.5E-10', '2.675', '-2.5', 'Infinity', '-Infinity', 'NaN',
          '100', '0.05', '123456789012345678901234567890', '9.995', '1E+30']
specs = ['', 'f', '.2f', '.0f', ',.2f', ',', '.3e', 'E', '.4g', 'G', '%', '.1%', '>14.3f', '<12', '^13.2f',
         '+.2f', ' .1f', '012.2f', '015,.1f', 'n', '.10', '*^16,.3f', '.0e', '020', 'z.1f', '+015,.2f']
for v in values:
    d = Decimal(v)
    print(v.ljust(32), ' | '.join(format(d, s) for s in specs))
x = Decimal('3.14159')
print(f'{x}', f'{x:.2f}', f'{x:>10.3}', f'{x:e}', f'{-x:+.1%}', f'{x!r}', f'{x!s:>9}', '{:,.4f}'.format(Decimal('-9876543.21')))
with localcontext() as ctx:
    ctx.rounding = ROUND_DOWN
    print(format(Decimal('2.999'), '.2f'), format(Decimal('-2.999'), '.1e'))
    ctx.capitals = 0
    print(format(Decimal('1E+10')), str(Decimal('1E+10')), repr(Decimal('1e-10')))
for bad in ['.2d', 'x', ',n', '.f']:
    try:
        format(Decimal(1), bad)
    except ValueError as e:
        print('ValueError for', repr(bad))
