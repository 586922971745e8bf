# sets of small ints: construction, add/remove/discard/pop, membership, comprehension.
s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, 9 in s, s == {1, 2, 3, 4}, set() == set([]))
s.remove(4)
s.discard(100)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print('KeyError:', e)
print({x % 5 for x in range(20)}, set(range(5)), set([1, 1, 2]), set(), {0}, {True, 1, 1.0})
e = {7}
print(e.pop(), e)
try:
    e.pop()
except KeyError as err:
    print('KeyError:', err)
try:
    {[1]}
except TypeError as err:
    print('TypeError:', err)
c = {1, 2, 3}
d = c.copy()
d.add(4)
print(c, d, c < d, d > c, c <= c, c.issubset(d), d.issuperset(c), c.isdisjoint({9}))
try:
    for x in c:
        c.add(x + 10)
except RuntimeError as err:
    print('RuntimeError:', err)
