# statistics: exact averages and spreads (Fraction, Decimal, int, float), quantiles, NormalDist, errors.
import statistics as st
from decimal import Decimal
from fractions import Fraction

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [1.5, 2.25, 3.125, 0.1, 0.2, 0.3]
fracs = [Fraction(1, 3), Fraction(2, 7), Fraction(5, 6)]
decs = [Decimal('0.5'), Decimal('0.75'), Decimal('1.25'), Decimal('2.1')]
for data in (ints, floats, fracs, decs, [1, 2.5, Fraction(1, 2)], [True, 3]):
    print('mean', repr(st.mean(data)), 'median', repr(st.median(data)),
          'low', repr(st.median_low(data)), 'high', repr(st.median_high(data)))
    print(' var', repr(st.variance(data)), 'pvar', repr(st.pvariance(data)))
    print(' sd', repr(st.stdev(data)), 'psd', repr(st.pstdev(data)))
    print(' fmean', repr(st.fmean(data)), 'hmean', repr(st.harmonic_mean(data)))
print(repr(st.geometric_mean([54, 24, 36])), repr(st.geometric_mean(floats)))
print(repr(st.fmean([3.5, 4.0, 5.25], [1, 2, 3])), repr(st.fmean(iter([1, 2, 3]))))
print(repr(st.harmonic_mean([40, 60], weights=[5, 30])), st.harmonic_mean([1, 0, 2]))
print(repr(st.variance(ints, 5)), repr(st.pvariance(ints, mu=5)), repr(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])))
print(repr(st.pstdev([Fraction(1, 2), Fraction(3, 4)])), repr(st.variance([Fraction(1, 2), Fraction(3, 4)])))
print(repr(st.mean([float('inf'), 1])), repr(st.variance([1e30, 1e30 + 1e20, 2e30])))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1),
      st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([5]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']),
      st.mode('aabbbc'), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
                    106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
                    103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), st.quantiles([1, 2], n=3), st.quantiles([Fraction(1), 5, 9]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(repr(st.covariance(x, y)), repr(st.correlation(x, x[::-1])), repr(st.correlation(x, y)))
lr = st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(lr, lr.slope, st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))

nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(repr(nd.pdf(110)), repr(nd.cdf(130)), repr(nd.inv_cdf(0.975)), repr(nd.zscore(85)))
for p in (1e-300, 1e-10, 0.001, 0.02, 0.3, 0.5, 0.6, 0.9, 0.999, 1 - 1e-12):
    print(p, repr(st.NormalDist().inv_cdf(p)))
print([round(q, 6) for q in nd.quantiles()], [repr(q) for q in st.NormalDist().quantiles(5)])
print(repr(st.NormalDist(2.4, 1.6).overlap(st.NormalDist(3.2, 2.0))), st.NormalDist(1, 2).overlap(st.NormalDist(1, 2)))
a = st.NormalDist(10, 3)
b = st.NormalDist(5, 4)
print(a + b, a - b, a * 2, 2 * a, a / 4, -a, +a, a + 1, 1 - a, a == st.NormalDist(10, 3), a == 5, hash(a) == hash(+a))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(len(st.NormalDist().samples(5, seed=1)))

errors = [
    lambda: st.mean([]), lambda: st.fmean([]), lambda: st.median([]), lambda: st.mode([]),
    lambda: st.variance([1]), lambda: st.stdev([1]), lambda: st.pvariance([]), lambda: st.pstdev([]),
    lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([1, -2]), lambda: st.harmonic_mean([-1]),
    lambda: st.geometric_mean([1, 0]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0),
    lambda: st.quantiles([1, 2], method='x'), lambda: st.correlation([1, 2], [1]), lambda: st.correlation([1], [1]),
    lambda: st.correlation([1, 1], [1, 2]), lambda: st.covariance([1], [2]), lambda: st.linear_regression([1, 1], [1, 2]),
    lambda: st.NormalDist(0, -1), lambda: st.NormalDist(0, 0).pdf(1), lambda: st.NormalDist().inv_cdf(1.0),
    lambda: st.mean(['a']), lambda: st.mean([Decimal(1), 1.5]), lambda: st.median_grouped(['a', 'b']),
    lambda: st.fmean([1, 2], [1]), lambda: st.NormalDist().overlap(1),
]
for f in errors:
    try:
        print('no error', f())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
