# Set iteration order, iterator length hints, mutation during iteration, pop order.
s = set([5, 3, 17, 1, 9, 33, 2])
print(s, list(s), sorted(s))
it = iter(s)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
for bad in [lambda x: s.add(100), lambda x: s.discard(x)]:
    t = set(s)
    try:
        for x in t:
            bad(x) if False else (t.add(x + 1000) if bad is not None and len(t) < 20 else None)
    except RuntimeError as e:
        print('RuntimeError:', e)
u = {1, 2, 3}
try:
    for x in u:
        u.discard(x)
except RuntimeError as e:
    print('RuntimeError:', e, u)
v = set(range(10))
print([v.pop() for _ in range(4)], v)
w = {4, 8}
for x in w:
    w.add(x)
print(w, len(w))
print(list(iter({-1, -2, 0})), {10, 20, 30, 40, 50, 60, 70, 80, 90})
print(iter([1, 2, 3]).__length_hint__(), iter((1,)).__length_hint__())
li = iter([1, 2])
next(li); next(li)
print(li.__length_hint__(), list(li))
