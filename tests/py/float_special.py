# inf and nan: comparisons, arithmetic, repr, math predicates.
import math
inf, nan = float('inf'), float('nan')
print(inf, -inf, nan, repr(inf), str(-nan))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 1e308, -inf < -1e308)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0), math.isfinite(inf))
print(max(1, inf), min(-inf, 0), sorted([3, inf, -inf, 0]))
print([nan] == [nan], nan in [nan], nan is nan)
print(inf == math.inf, math.nan != math.nan, math.copysign(1, -0.0), math.copysign(1, 0.0))
print(int(1e300) == 10 ** 300, float(10 ** 300) == 1e300)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0), hash(1.0) == hash(1), hash(1.5))
