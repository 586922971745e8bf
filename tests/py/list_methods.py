# list methods: append/extend/insert/remove/pop/clear/index/count/reverse/copy.
a = [3, 1, 4, 1, 5]
a.append(9); print(a)
a.extend([2, 6]); print(a)
a.extend('ab'); print(a)
a.insert(0, 'first'); a.insert(100, 'last'); a.insert(-1, 'penult'); print(a)
a.remove(1); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(1), a.index(5), a.count(1), a.count(42), a.index(4, 1))
c = a.copy(); c.reverse(); print(c, a)
a.clear(); print(a, len(a))
for bad in ['[].pop()', '[1].remove(2)', '[1].index(2)', '[1].pop(5)', '[].insert()', '[1, 2].index(2, 0, 1)']:
    try:
        eval(bad)
    except (IndexError, ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
x = [1, 2]
x += (3, 4)
x *= 2
print(x)
try:
    x = x + (5,)
except TypeError as e:
    print('TypeError:', e)
