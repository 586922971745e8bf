# Starred assignment and starred expressions in displays.
first, *rest = [1, 2, 3, 4]
*init, last = 'abcd'
a, *mid, z = range(6)
h, *e = [1]
print(first, rest, init, last, a, mid, z, h, e)
(p, *q), r = 'xyz', 5
print(p, q, r)
print([*range(3), *'ab'], (*[1, 2], 3), {*[1, 2], *[2, 3]}, {**{'a': 1}, 'b': 2})
print(*[1, 2], *[3])
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
try:
    a, *b, c = [1]
except ValueError as err:
    print('ValueError:', err)
t = *range(2),
print(t)
