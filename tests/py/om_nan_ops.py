# NaN results of arithmetic, math and conversions are new objects; the payload never shows.
import math
x = float('nan')
vals = [x, -x, x * 2, x - x, math.sqrt(x), math.fabs(x), float('inf') * 0, float('-inf') + float('inf'), float('nAn'), float('-NaN')]
for v in vals:
    print(repr(v), str(v), v.hex(), math.isnan(v), v != v, v is x)
# The sign of a NaN made by hardware (inf * 0) differs between CPUs; these are defined.
print([math.copysign(2.0, v) for v in (x, -x, -(-x), float('-nan'), abs(float('-nan')), math.copysign(x, -1.0))])
print(sum(1 for i, a in enumerate(vals) for b in vals[i + 1:] if a is b))
print(sum(1 for a in vals if a in vals), sum(1 for a in vals if float(repr(a)) in vals))
print(len(set(vals)), len(dict.fromkeys(vals)), len({v: 0 for v in vals + vals}))
print(vals.count(x), vals.index(x), x in tuple(vals), x in frozenset(vals))
print(f'{x:+.2f} {x:>8} {-x:e} {x!r}', '%+g|%5.1f' % (x, -x), format(x, '%'))
print(complex(x, 1), complex(1, x).imag is x, divmod(x, 1.0), x // 1, x % 1.0)
print(round(x), ) if False else print(math.isnan(round(x, 2)), max(x, 1.0), min(1.0, x), sorted([3.0, x, 1.0])[1:])
try:
    int(x)
except ValueError as e:
    print('ValueError', e)
try:
    x.as_integer_ratio()
except ValueError as e:
    print('ValueError', e)
a = [x]
b = list(a)
print(b[0] is x, a == b, a[:] == a, [x] * 3 == [x, x, x], (x, x) == (x, x), {x: 1} == {x: 1})
print(float.fromhex('nan') in [float.fromhex('nan')], float.fromhex('-nan').hex())
