# statistics: seeded random data (int, float, Fraction, mixed) through every function; results must match CPython's.
# geometric_mean is left out: it is exp(fmean(log)), and weft's math.exp/log differ from glibc's in the last bit.
import random
import statistics as st
from decimal import Decimal
from fractions import Fraction
random.seed(7)
makers = [lambda: random.randint(-50, 50), lambda: random.random() * 100 - 20,
          lambda: Fraction(random.randint(-30, 30), random.randint(1, 12)), lambda: random.randint(0, 9) / 4]
funcs = [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode, st.multimode,
         st.variance, st.pvariance, st.stdev, st.pstdev, st.harmonic_mean, st.quantiles,
         lambda d: st.quantiles(d, n=7, method='inclusive')]
for i in range(150):
    k = random.choice(range(4))
    mixed = random.random() < 0.3
    data = [random.choice(makers)() if mixed else makers[k]() for _ in range(random.randint(0, 9))]
    out = []
    for f in funcs:
        try:
            out.append(repr(f(data)))
        except (st.StatisticsError, ValueError, TypeError) as e:
            out.append(type(e).__name__)
    print(out)
for i in range(40):
    n = random.randint(0, 6)
    x = [random.random() * 10 for _ in range(n)]
    y = [random.random() * 10 - 3 for _ in range(n if random.random() < 0.9 else n + 1)]
    out = []
    for f in (st.correlation, st.covariance, st.linear_regression, lambda a, b: st.linear_regression(a, b, proportional=True)):
        try:
            out.append(repr(f(x, y)))
        except (st.StatisticsError, ValueError, TypeError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(out)
d = [Decimal(random.randint(1, 999)) / 100 for _ in range(8)]
print(st.mean(d), st.variance(d), st.stdev(d), st.pstdev(d), st.median(d), st.harmonic_mean(d))
for p in [random.random() for _ in range(30)]:
    print(repr(st.NormalDist(random.random() * 5, random.random() * 3 + 0.1).inv_cdf(p)))
