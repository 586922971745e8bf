# enumerate (start), zip (uneven lengths, strict), zip of zero iterables.
print(list(enumerate('abc')), list(enumerate('abc', start=10)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip('xy', [1, 2]), 1):
    print(i, a, b)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip(range(3), range(10, 13), 'abc')))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [4, 5], strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip([1], [4, 5], strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print('ValueError:', e)
e = enumerate('ab')
print(next(e), next(e), next(e, 'end'), type(e).__name__)
keys, vals = zip(*{'a': 1, 'b': 2}.items())
print(keys, vals, dict(zip(keys, vals)))
try:
    zip(1)
except TypeError as err:
    print('TypeError:', err)
