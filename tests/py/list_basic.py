# list construction, indexing, slicing, repetition, membership, identity of nested lists.
a = [1, 2, 3, 4, 5, 6]
print(a, len(a), a[0], a[-1], a[1:4], a[::2], a[::-1], a[-3:], a[:-3], a[10:], a[4:1:-1])
print(list(), list('ab'), list(range(3)), list((1, 2)), [0] * 3, [1, 2] + [3], 3 in a, 9 not in a)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
b = a
b.append(7)
print(a is b, a, a == a[:], a is a[:])
a[0] = 'x'
a[-1] = None
print(a)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], nested, str(nested), repr([]))
r = [1]
r.append(r)
print(r)
try:
    a[100]
except IndexError as e:
    print('IndexError:', e)
try:
    a[100] = 1
except IndexError as e:
    print('IndexError:', e)
try:
    a['x']
except TypeError as e:
    print('TypeError:', e)
