# StopIteration inside a generator becomes RuntimeError (PEP 479); return value semantics.
def g():
    yield 1
    raise StopIteration('inside')
it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))
def uses_next():
    src = iter([1])
    while True:
        yield next(src)
try:
    print(list(uses_next()))
except RuntimeError as e:
    print('RuntimeError:', e)
def ret():
    return 5
    yield
try:
    next(ret())
except StopIteration as e:
    print('value', e.value, e.args)
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(4)), sum(Counter(10)), next(Counter(0), 'empty'))
