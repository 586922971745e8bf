# Container protocol: __getitem__/__setitem__/__delitem__/__len__/__contains__/__iter__/__missing__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h, self.cells = w, h, {}
    def _check(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f'{key} outside {self.w}x{self.h}')
    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, '.')
    def __setitem__(self, key, v):
        self._check(key)
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, v):
        return v in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield ''.join(self[x, y] for x in range(self.w))
g = Grid(4, 2)
g[0, 0] = '#'
g[3, 1] = '@'
print(list(g), len(g), '#' in g, '%' in g, g[1, 1])
del g[0, 0]
print(list(g), len(g))
try:
    g[9, 9] = 'x'
except IndexError as e:
    print('IndexError:', e)
class Default(dict):
    def __missing__(self, key):
        return f'<{key}?>'
d = Default(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d)
class Seq:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 10 in Seq())
