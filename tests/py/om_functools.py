# functools: partial, reduce, lru_cache (cache_info), wraps, cached_property, singledispatch, cmp_to_key.
import functools
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square(7), cube(2), square.func is power, square.keywords, functools.partial(power, 2)(10))
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(lambda a, b: a + b, [], 'empty'))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
def logged(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper
@logged
def documented():
    """The docstring."""
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
class Data:
    def __init__(self):
        self.computed = 0
    @functools.cached_property
    def expensive(self):
        self.computed += 1
        return 'value'
d = Data()
print(d.expensive, d.expensive, d.computed)
@functools.singledispatch
def describe(x):
    return 'object'
@describe.register
def _(x: int):
    return 'int'
@describe.register(list)
def _(x):
    return 'list of %d' % len(x)
print(describe(1), describe([1, 2]), describe('s'), describe(True))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: cmp(len(b), len(a)))))
