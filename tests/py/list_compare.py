# Lexicographic comparison of lists and tuples, equality of nested containers.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2], [1, 2] != [2, 1])
print((1, 'a') < (1, 'b'), (1,) == (1,), (1, 2) > (1,), [1, [2, 3]] == [1, [2, 3]], [1.0] == [1])
print([1, 2] == (1, 2), max([[1, 2], [1, 3], [0, 9]]), min((3, 'a'), (3, 'B')))
try:
    [1, 2] < (1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print('TypeError:', e)
nan = float('nan')
l = [nan]
print(l == l, [nan] == [nan], nan in l)
