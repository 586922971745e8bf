# A hand-written LRU cache class on OrderedDict: capacity, eviction order, hit/miss stats, __contains__/__len__.
from collections import OrderedDict
class LRU:
    def __init__(self, capacity):
        self.capacity, self.data, self.hits, self.misses = capacity, OrderedDict(), 0, 0
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print('evict', old)
    def __contains__(self, key):
        return key in self.data
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f'LRU({list(self.data.items())})'
c = LRU(3)
for k in 'abc':
    c.put(k, k.upper())
c.get('a')
c.put('d', 'D')
c.put('b', 'B2')
c.put('e', 'E')
print(c, len(c), 'a' in c, 'c' in c, c.get('zz', '-'), c.hits, c.misses)
