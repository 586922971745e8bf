# deque subclasses keep their type and attributes; iterators detect mutation; self-referencing repr.
from collections import deque
class History(deque):
    def __init__(self, items=(), maxlen=3):
        super().__init__(items, maxlen)
        self.label = 'hist'
    def push(self, x):
        self.append(x)
        return self
h = History([1, 2])
h.push(3).push(4)
print(h, h.label, h.maxlen, type(h.copy()).__name__, isinstance(h, deque))
d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError:', e)
r = deque([1])
r.append(r)
print(r)
print(type(iter(d)).__name__, type(reversed(d)).__name__, list(reversed(deque('abc'))))
d2 = deque('abc')
d2 += 'de'
d2 *= 2
print(d2, len(d2))
print(deque[int], deque.__name__, deque.__module__)
from collections.abc import MutableSequence, Sequence
print(isinstance(deque(), MutableSequence), issubclass(deque, Sequence))
