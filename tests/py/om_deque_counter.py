# deque as queue/stack with maxlen, Counter arithmetic and comparisons, defaultdict nesting.
from collections import deque, Counter, defaultdict
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), sum(window) / len(window))
q = deque()
q.extend('abc')
print(q.popleft(), q.pop(), q, q.count('b'), 'b' in q)
q.clear()
try:
    q.pop()
except IndexError as e:
    print('IndexError:', e)
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=5)
print(a + b, a - b, a & b, a | b, +Counter(x=-1, y=2), -Counter(x=-1))
print(Counter('hello world').most_common(3), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
t['a']['d'] = 2
def plain(d):
    return {k: plain(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(plain(t))
