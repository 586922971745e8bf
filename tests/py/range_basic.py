# range: arguments, negative steps, len, indexing, slicing, membership, equality, repr.
for args in [(5,), (2, 8), (0, 10, 3), (10, 0, -2), (5, 5), (5, 0), (-3, 3), (0, -10, -3), (10 ** 20, 10 ** 20 + 3)]:
    r = range(*args)
    print(r, list(r), len(r), bool(r))
r = range(0, 100, 7)
print(r[0], r[-1], r[3], r[2:5], r[::-1], r[::2][1], 49 in r, 50 in r, r.index(49), r.count(7))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2) == range(1, 2, 5), list(range(3))[::-1])
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)))
for bad in ['range(1, 2, 0)', 'range(1.5)', 'range()', 'range(5)[10]', 'range(5).index(9)']:
    try:
        eval(bad)
    except (ValueError, TypeError, IndexError) as e:
        print(bad, type(e).__name__, e)
print(range(3).start, range(3).stop, range(1, 9, 2).step, hash(range(3)) == hash(range(0, 3)))
