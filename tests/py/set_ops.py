# set algebra with operators and methods, in-place variants.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([4, 6]))
c = set(a); c |= {10}; print(c)
c &= {1, 10, 3}; print(c)
c -= {1}; print(c)
c ^= {3, 7}; print(c)
c.update([1, 2], (3,)); print(c)
c.intersection_update(range(3)); print(c)
c.difference_update({1}); print(c)
c.symmetric_difference_update({5}); print(c)
try:
    a | [1]
except TypeError as e:
    print('TypeError:', e)
print({1, 2} == frozenset({1, 2}), {1} < {1, 2}, {1, 2} < {1, 2}, {1, 3} < {1, 2}, {1, 3} > {1, 2})
print(sorted({-5, 100, 7, 0, -1}), sum({1, 2, 3}), max({4, 9, 2}))
