# __getitem__ receiving slices, tuples, Ellipsis and negative indices; slice.indices for normalisation.
class Log:
    def __init__(self, n):
        self.data = list(range(n))
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            return ('slice', start, stop, step, [self.data[i] for i in range(start, stop, step)])
        if isinstance(key, tuple):
            return ('tuple', [self[k] for k in key])
        if key is Ellipsis:
            return ('all', self.data)
        if key < 0:
            key += len(self)
        return self.data[key]
L = Log(10)
for k in [3, -1, slice(2, 8, 2), slice(None, None, -3), slice(-3, None), (1, 2), (slice(0, 2), -2), ...]:
    print(repr(k), '->', L[k])
print(L[1:3], L[::4], L[-2:], L[1, 2], L[...])
