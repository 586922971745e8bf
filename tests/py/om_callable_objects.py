# Callable objects as decorators, memoisers and strategies; __call__ with state; callable classes vs instances.
class Memo:
    def __init__(self, f):
        self.f, self.cache, self.hits = f, {}, 0
        self.__name__ = f.__name__
    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
        else:
            self.cache[args] = self.f(*args)
        return self.cache[args]
@Memo
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths.hits, len(paths.cache), paths.__name__, type(paths).__name__)
class Threshold:
    def __init__(self, limit):
        self.limit = limit
    def __call__(self, x):
        return x > self.limit
print(list(filter(Threshold(3), [1, 5, 2, 8])), sorted([3, 1, 2], key=Threshold(1)), callable(Threshold), callable(Threshold(1)))
class Pipeline:
    def __init__(self, *steps):
        self.steps = steps
    def __call__(self, x):
        for s in self.steps:
            x = s(x)
        return x
print(Pipeline(str.strip, str.upper, lambda s: s + '!')('  hi '), Pipeline()(5))
