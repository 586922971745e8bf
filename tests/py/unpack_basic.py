# Tuple/list unpacking, swaps, nested targets, loops, errors.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
[p, q] = 'pq'
print(x, y, z, p, q)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
m, n = range(2)
first, second = iter([10, 20])
print(m, n, first, second)
l = [0, 0]
l[0], l[1] = 'L0', 'L1'
print(l)
class O: pass
o = O()
o.a, o.b = 5, 6
print(o.a, o.b)
for bad in ['a, b = 1, 2, 3', 'a, b = [1]', 'a, b = 5', 'a, = []', '(a, b), c = 1, 2']:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(bad, '->', type(e).__name__, e)
i = 0
lst = [9, 9]
i, lst[i] = 1, 'x'
print(i, lst)
