# Iterator classes: separate iterable and iterator, re-iteration, StopIteration, iterators in builtins.
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        v = self.i
        self.i += 2
        return v
r = Range2(7)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True), dict(zip(r, 'abcd')), [x for x in r if x > 2])
it = iter(r)
print(next(it), next(it), list(it), list(it))
a, b, *c = Range2(9)
print(a, b, c, *Range2(3), 4 in Range2(10), 5 in Range2(10))
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
import itertools
print(list(itertools.islice(Fib(), 12)), next(filter(lambda v: v > 1000, Fib())))
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print('TypeError:', e)
