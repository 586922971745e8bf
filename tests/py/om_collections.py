# collections: namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap.
from collections import namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), P._fields, P._make([3, 4]), tuple(p), p == (1, 2))
x, y = p
print(x + y, isinstance(p, tuple))
d = deque([1, 2, 3], maxlen=5)
d.appendleft(0); d.append(4); d.append(5)
print(d, d.popleft(), d.pop(), d)
d.rotate(2); print(d)
d.extendleft([10, 11]); print(d, len(d), d[0], d[-1])
c = Counter('abracadabra')
print(c, c.most_common(2), c['a'], c['z'], sorted(c.elements())[:6])
c.update('aaz'); c.subtract('b')
print(c.most_common(3), c + Counter('q'), c - Counter('aaaaaaa'), c.total())
dd = defaultdict(list)
for w in ['apple', 'bob', 'avocado', 'cat', 'banana']:
    dd[w[0]].append(w)
print(dict(dd), dd['zz'], len(dd))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(list(od))
od.move_to_end('c', last=False); print(list(od), od.popitem(), od.popitem(last=False))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.new_child({'b': 'child'})['b'], cm.parents['a'])
