# sum with start, floats, lists; any/all short-circuit and empties.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.5, 0.25] * 3), sum([[1], [2, 3]], []), sum(range(1, 101)))
print(sum([1.5, 2, True]), sum((x for x in range(5)), start=100), sum([10 ** 20, 1]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
print(any([]), all([]), any([0, '', None]), all([1, 'x', [0]]), any([0, 3]), all([1, 0, 1]))
def gen():
    for v in [0, 1, 2, 3]:
        print('  yielded', v)
        yield v
print(any(gen()))
print(all(gen()))
print(any(x > 1 for x in [1, 2, 3]), all(isinstance(x, int) for x in [1, True]))
