# NaN identity: every NaN produced is a new object, copies keep theirs (containment, dict/set, hash, is, id).
import math
x = float('nan')
print(x in [x], float('nan') in [float('nan')], x is x, float('nan') is float('nan'), (x + 1) is x)
y = x
print(y is x, y in (x,), [x].count(x), [x].index(x), {x: 1}[x], x in {x}, float('nan') in {x})
print(hash(x) == hash(x), hash(x) == hash(float('nan')), x == x, x != x)
print(repr(x), str(-x), x.hex(), math.isnan(x), math.copysign(1.0, x), math.copysign(1.0, -x))
print(math.copysign(1.0, float('-nan')), repr(float('-nan')), -x is x, abs(x) is x)
z = math.inf - math.inf
print(z, z is z, z in [z], z is math.inf - math.inf)
print(math.nan is math.nan, math.nan in [math.nan], id(x) == id(y), id(x) == id(float('nan')))
d = {}
for i in range(5):
    d[float('nan')] = i
print(len(d), sorted(d.values()))
s = {x, x, y}
print(len(s), len(set([float('nan'), float('nan')])))
print(f"{x}", format(x, '.3f'), '%f' % x, round(2.5), x.is_integer())
print(max([1.0, x]), min(x, 2.0), [x, 1.0] == [x, 1.0], (x,) == (x,), [float('nan')] == [float('nan')])
print(float(x) is x, x.real is x, x * 0 is x, math.fsum([1.0, 2.0]))
import copy
print(copy.copy(x) is x, copy.deepcopy([x])[0] is x)
print(+x is x, x.__float__() is x, x.conjugate() is x, x.__pos__() is x, x.__abs__() is x)
class F(float): pass
fx = F('nan')
print(fx in [fx], fx is fx, F('nan') in [fx], hash(fx) == hash(fx), float(fx) is fx, fx.real is fx, type(fx.real).__name__)
