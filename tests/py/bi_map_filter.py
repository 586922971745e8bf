# map with several iterables, filter with None, laziness.
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'ef')))
print(list(filter(None, [0, 1, '', 'x', [], [0], None, False, 2.5])), list(filter(str.isdigit, 'a1b22c')))
seen = []
def noisy(x):
    seen.append(x)
    return x * 10
m = map(noisy, range(5))
print(seen, next(m), seen, list(m), seen)
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, list(map(int, '123')), sum(map(len, ['ab', 'c'])))
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print('TypeError:', e)
