# dict subclasses: __missing__, overriding __getitem__ (not used by get()), __contains__, and collections.UserDict.
from collections import UserDict
class Lower(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())
d = Lower(a=1)
print(d['A'], 'A' in d, d.get('A'), d.get('a'), list(d))
class Counting(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Counting()
for w in 'a b a c a'.split():
    c[w] += 1
print(c, c.get('zzz'), 'zzz' in c)
class LowerUser(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
u = LowerUser({'KEY': 1})
u.update(OTHER=2)
print(u, u['key'], u['OTHER'], dict(u), isinstance(u, dict))
