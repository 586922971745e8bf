# Self-referencing containers print [...], {...} and (...) for the inner occurrence only.
from collections import deque
lst = [1]
lst.append(lst)
d = {'a': 1}
d['me'] = d
t = ([],)
t[0].append(t)
dq = deque([0])
dq.append(dq)
nested = [d, lst]
print(lst, d, t, dq)
print(nested, [lst, lst])
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f'Node({self.children!r})'
n = Node()
n.children.append(n.children)
print(n)
a, b = [], []
a.append(b)
b.append(a)
print(a, b)
print(repr(lst) == str(lst), str(t))
