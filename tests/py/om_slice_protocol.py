# slice objects handed to __getitem__: attributes, indices() clamping, equality, and big or __index__ bounds.
class Probe:
    def __len__(self):
        return 10
    def __getitem__(self, k):
        if isinstance(k, slice):
            return (k.start, k.stop, k.step), k.indices(len(self))
        return k
p = Probe()
for k in [p[1:5], p[::-1], p[-3:], p[:100:3], p[5:1:-2], p[-100:-50]]:
    print(k)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2, 3) != slice(1, 2, 4), slice(1) == slice(None, 1))
print(slice(0, 1 << 70, 1 << 65).indices(1 << 80), slice(None, None, -1).indices(0))
class I:
    def __index__(self):
        return 3
print(slice(I(), None).indices(10), [0, 1, 2, 3, 4][slice(I(), None)])
for bad in ['slice(0, 1, 0).indices(5)', 'slice(0, 1).indices(-1)', "slice('a', 1).indices(5)"]:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(bad, '->', type(e).__name__, e)
s = slice(1, 9, 2)
print(s.start, s.stop, s.step, repr(s), list(range(10))[s])
