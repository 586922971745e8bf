# String indexing and slicing, including negative indices and steps.
s = 'abcdefghij'
print(s[0], s[-1], s[3], s[-4], len(s))
for a, b, c in [(None, None, None), (2, 5, None), (-3, None, None), (None, -3, None), (None, None, 2),
                (None, None, -1), (8, 2, -2), (-1, -11, -3), (100, None, None), (-100, 3, None),
                (3, 3, None), (5, 2, None), (1, None, 3), (None, None, -4), (2, -2, 2)]:
    print(repr(s[a:b:c]), repr(s[slice(a, b, c)]))
print(s[::-1], s[1::2], s[:0], s[-0:], ''[:5], 'x'[::-1])
for i in [10, -11]:
    try:
        s[i]
    except IndexError as e:
        print('IndexError:', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
try:
    s[1.0]
except TypeError as e:
    print('TypeError:', e)
try:
    s[0] = 'z'
except TypeError as e:
    print('TypeError:', e)
u = 'héllo wörld ✓'
print(u[1], u[-1], u[::-1], len(u), u[6:11])
