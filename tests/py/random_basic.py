import random
# Distributions that go through exp/log/cos/pow are compared to 12 digits:
# the last bit of those functions differs between C libraries (and
# weft's math uses Go's), while the draws themselves must be identical.
def r12(*xs):
    return ['%.12g' % x for x in xs]
random.seed(42)
print(random.random(), random.random(), random.getrandbits(70), random.getrandbits(32), random.getrandbits(0))
for s in [0, 1, -5, 2**100, 'hello', b'bytes', bytearray(b'x'), 3.5, '']:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 100))
random.seed(7)
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(10, 0, -3), random.choice('abcdef'))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 10), random.sample(range(10000), 8), random.sample(['a', 'b', 'c'], k=5, counts=[3, 2, 1]))
print(random.choices('abc', k=6), random.choices('abc', [5, 1, 1], k=6), random.choices('abc', cum_weights=[1, 2, 10], k=4))
print(random.uniform(1, 3), random.triangular(), random.triangular(0, 10, 2), r12(random.gauss(), random.gauss(5, 2)))
print(r12(random.normalvariate(), random.lognormvariate(0, 1), random.expovariate(2), random.vonmisesvariate(1, 2)))
print(r12(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1), random.betavariate(2, 3)))
print(r12(random.paretovariate(2), random.weibullvariate(1, 2)), random.randbytes(5))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)], st[0], len(st[1]), st[1][-1])
r = random.Random(123)
print(r.random(), r.randint(0, 10**30))
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom()
print(m.randrange(100), m.choice('xyz'), m.uniform(0, 4))
class Counting(random.Random):
    def __init__(self, seed):
        self.n = 0
        super().__init__(seed)
    def getrandbits(self, k):
        self.n += 1
        return super().getrandbits(k)
c = Counting(1)
print(c.randrange(1000), c.n)
sr = random.SystemRandom()
x = sr.random(); print(0 <= x < 1, 0 <= sr.randrange(10) < 10, len(sr.randbytes(4)))
random.seed(2**64 + 1); print(random.random())
for f in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
          lambda: random.randrange(1.5), lambda: random.seed([1]), lambda: random.choice([]),
          lambda: random.sample({1, 2}, 1), lambda: random.sample([1], 2), lambda: random.getrandbits(-1),
          lambda: random.choices('ab', [1], k=2), lambda: sr.getstate(), lambda: random.gammavariate(0, 1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    random.choice([])
except IndexError as e:
    err = e
# An uncaught IndexError: the traceback shows only this file's frame.
raise IndexError(*err.args)
