# len/hash/abs/format/iter/next and sorting/min/max of Python objects run their dunders as frames: results, checks and errors as CPython's.
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __hash__(self): return self.n * 7
    def __abs__(self): return 'abs%d' % self.n
    def __format__(self, spec): return f'<{spec}:{self.n}>'
    def __iter__(self): return iter(range(self.n))
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f'L{self.n}'
print(len(L(3)), hash(L(2)), abs(L(4)), format(L(5), 'x'), format(L(6)), list(iter(L(3))))
class Bad:
    def __len__(self): return -1
    def __hash__(self): return 'x'
    def __format__(self, s): return 3
    def __iter__(self): return 5
for f in (len, hash, format, iter):
    try:
        f(Bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Big:
    def __len__(self): return 2**70
    def __hash__(self): return 2**70
try:
    len(Big())
except OverflowError as e:
    print('OverflowError', e)
print(hash(Big()) == hash(2**70))
class M1:
    def __hash__(self): return -1
print(hash(M1()))
def g():
    yield 1
    return 'ret'
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('stop', e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print('stop again', e.value, e.args)
print(next(it, 'dflt'), next(g(), 'd'))
class Cnt:
    def __init__(self): self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration('x')
        return self.i
c = Cnt()
print(next(c), next(c), next(c, 'end'))
try: next(c)
except StopIteration as e: print('stop', e.value)
n = iter([1, 2, 3, 4])
calls = iter(lambda: next(n), 3)
print(type(calls).__name__, list(calls))
xs = [L(3), L(1), L(2), L(1)]
print(sorted(xs), sorted(xs, reverse=True), min(xs), max(xs), max(L(1), L(9), L(3)), min(xs, key=lambda l: -l.n))
ys = xs[:]
ys.sort()
print(ys, sorted(xs, key=lambda l: L(-l.n)), sorted((L(2), L(1))))
class S:
    def __init__(self, k, t): self.k, self.t = k, t
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f'{self.k}{self.t}'
ss = [S(1, 'a'), S(0, 'b'), S(1, 'c'), S(0, 'd')]
print(sorted(ss), sorted(ss, reverse=True))
try:
    sorted([L(1), 2])
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
