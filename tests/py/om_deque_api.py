# collections.deque: both ends, maxlen eviction, rotate, indexing, insert/remove, comparison, copy and errors.
from collections import deque
import copy
d = deque(range(5))
d.append(5); d.appendleft(-1)
print(d, len(d), d[0], d[-1], d[3], 3 in d, 9 in d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.extend('ab'); d.extendleft('xy'); print(d)
print(d.pop(), d.popleft(), d.count(2), d.index(2), d.index(3, 2))
d.insert(2, 'ins'); d.remove('ins'); del d[0]; d[0] = 'first'; print(d)
d.reverse(); print(d, list(reversed(d))[:3])
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft('L'); print(m)
m.extend([10, 11]); print(m)
try:
    m.insert(0, 'full')
except IndexError as e:
    print('IndexError:', e)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque('ab') + deque('cd'), deque('ab') * 2)
e = deque([[1], [2]], maxlen=4)
c, dc = copy.copy(e), copy.deepcopy(e)
e[0].append('shared')
print(c, dc, c.maxlen, dc.maxlen)
for expr in ['deque().pop()', 'deque().popleft()', 'deque([1]).remove(2)', 'deque([1])[5]', 'deque(maxlen=-1)', 'hash(deque())']:
    try:
        eval(expr)
    except (IndexError, ValueError, TypeError) as err:
        print(expr, '->', type(err).__name__, err)
z = deque(maxlen=0)
z.append(1); print(z, bool(z), bool(deque([0])))
