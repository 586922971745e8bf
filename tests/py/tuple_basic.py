# tuples: packing, singletons, immutability, methods, hashing, nesting.
t = 1, 2, 3
single = (5,)
empty = ()
print(t, single, empty, len(t), type(single).__name__, (5), tuple('ab'), tuple([1, [2]]))
print(t[0], t[-1], t[1:], t[::-1], t + (4,), t * 2, 2 in t, t.index(3), (1, 1, 2).count(1))
try:
    t[0] = 9
except TypeError as e:
    print('TypeError:', e)
try:
    t.index(9)
except ValueError as e:
    print('ValueError:', e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'pair'}[(1, 2)], (1, (2, 3)) < (1, (2, 4)))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
m = ([1], 2)
m[0].append(9)
print(m, repr((None,)), str(((),)), (1, 2) == (1, 2.0))
a, b = b, a = 1, 2
print(a, b)
