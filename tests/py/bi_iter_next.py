# iter()/next() with defaults, iter(callable, sentinel), iterator exhaustion, custom __iter__.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
vals = [3, 2, 1, 0, 5]
pos = [0]
def read():
    v = vals[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
print(list(Countdown(3)), [x for x in Countdown(2)], 2 in Countdown(5), sorted(Countdown(3)))
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(OldStyle()), list(iter(OldStyle())))
for bad in [5, None]:
    try:
        iter(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    next([1])
except TypeError as e:
    print('TypeError:', e)
d = {'a': 1}
di = iter(d)
print(next(di), type(di).__name__, type(iter('')).__name__, type(iter([])).__name__, type(iter(())).__name__)
