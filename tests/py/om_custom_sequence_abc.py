# collections.abc mixin methods: a Sequence subclass gets __contains__, __iter__, __reversed__, index, count for free.
from collections.abc import Sequence, MutableMapping
class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
s = Squares(6)
print(list(s), 16 in s, 17 in s, s.index(9), s.count(4), list(reversed(s)), s[-1], s[1:4], isinstance(s, Sequence))
class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
st = Store()
st.update(a=1, b=2)
st.setdefault('c', 3)
print(dict(st), st.pop('a'), st.get('zz', 'dflt'), list(st.items()), 'b' in st, st.popitem(), len(st))
