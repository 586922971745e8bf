import sys
sys.stderr = sys.stdout
import functools
from functools import partial, reduce, wraps, update_wrapper, lru_cache, cache, total_ordering, cached_property, cmp_to_key, singledispatch


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


def f(a, b, c=3, *, d=4):
    return (a, b, c, d)


p = partial(f, 1, d=5)
check('partial call', lambda: p(2))
check('partial override kw', lambda: p(2, d=9))
check('partial attrs', lambda: (p.func is f, p.args, p.keywords))
check('partial repr', lambda: repr(partial(max, 1, key=abs)))
pp = partial(p, 2, c=7)
check('partial flatten', lambda: (pp.func is f, pp.args, pp.keywords, pp()))
check('partial not callable', lambda: partial(3))
check('partial no args', lambda: partial())
check('partial dict', lambda: (setattr(p, 'extra', 1), p.extra))
check('partial type', lambda: type(p).__name__)


class MyPartial(partial):
    pass


check('partial subclass no flatten', lambda: (MyPartial(p, 2).func is p, MyPartial(p, 2)()))
check('reduce', lambda: reduce(lambda a, b: a * b, [1, 2, 3, 4]))
check('reduce initial', lambda: reduce(lambda a, b: a + b, [], 10))
check('reduce empty', lambda: reduce(lambda a, b: a + b, []))
check('reduce single', lambda: reduce(lambda a, b: a + b, [7]))
check('reduce strings', lambda: reduce(lambda a, b: a + b, 'abc', '>'))


def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kw):
        return fn(*args, **kw)
    return wrapper


@deco
def documented(x: int) -> int:
    "the doc"
    return x + 1


documented.__dict__['tag'] = 't'
check('wraps name', lambda: (documented.__name__, documented.__doc__, documented.__annotations__))
check('wraps qualname', lambda: documented.__qualname__)
check('wraps wrapped', lambda: documented.__wrapped__(1))
check('WRAPPER_ASSIGNMENTS', lambda: functools.WRAPPER_ASSIGNMENTS)
check('WRAPPER_UPDATES', lambda: functools.WRAPPER_UPDATES)


def target():
    pass


target.attr = 1


def wrapper_fn():
    pass


update_wrapper(wrapper_fn, target)
check('update_wrapper', lambda: (wrapper_fn.__name__, wrapper_fn.attr, wrapper_fn.__wrapped__ is target))
update_wrapper(wrapper_fn, object(), assigned=('nonexistent',), updated=())
check('update_wrapper missing attr', lambda: wrapper_fn.__name__)

calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


check('lru', lambda: [sq(1), sq(2), sq(1), sq(3), sq(2), sq(1)])
check('lru calls', lambda: calls)
check('lru info', lambda: sq.cache_info())
check('lru info fields', lambda: sq.cache_info()._fields)
check('lru params', lambda: sq.cache_parameters())
sq.cache_clear()
check('lru clear', lambda: sq.cache_info())
check('lru wrapped', lambda: (sq.__name__, sq.__wrapped__(4)))


@lru_cache
def bare(x):
    return x + 1


check('lru bare', lambda: (bare(1), bare(1), bare.cache_info()))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


check('lru none', lambda: (fib(60), fib.cache_info()))


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


check('lru typed', lambda: (typed(1), typed(1.0), typed.cache_info().currsize))


@lru_cache()
def untyped(x):
    return type(x).__name__


check('lru untyped', lambda: (untyped(1), untyped(1.0), untyped.cache_info().currsize))


@lru_cache(maxsize=0)
def nocache(x):
    return x


check('lru zero', lambda: (nocache(1), nocache(1), nocache.cache_info()))
check('lru kwargs', lambda: (sq(x=5), sq(x=5), sq.cache_info().hits))
check('lru bad', lambda: lru_cache('x'))
check('lru unhashable', lambda: sq([1]))
check('lru negative', lambda: lru_cache(maxsize=-5)(lambda: 1).cache_parameters())


@cache
def cached(x):
    calls.append(('c', x))
    return x


cached(1)
cached(1)
check('cache', lambda: (cached.cache_info(), calls[-1]))


@total_ordering
class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        if not isinstance(other, Num):
            return NotImplemented
        return self.v < other.v

    def __repr__(self):
        return f'Num({self.v})'


check('total_ordering', lambda: (Num(1) < Num(2), Num(1) <= Num(1), Num(3) > Num(2), Num(2) >= Num(3)))
check('total_ordering sort', lambda: sorted([Num(3), Num(1), Num(2)]))
check('total_ordering NI', lambda: Num(1) >= 3)


@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


check('total_ordering ge', lambda: (Rev(1) < Rev(2), Rev(2) <= Rev(2), Rev(3) > Rev(1)))


def no_order():
    @total_ordering
    class X:
        pass
check('total_ordering none', no_order)


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        "area doc"
        self.computed += 1
        return self.r * self.r * 3


c = Circle(2)
check('cached_property', lambda: (c.area, c.area, c.computed))
del c.area
check('cached_property del', lambda: (c.area, c.computed))
check('cached_property class', lambda: (type(Circle.area).__name__, Circle.area.__doc__, Circle.area.attrname))


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def prop(self):
        return 1


check('cached_property slots', lambda: Slotted().prop)


def two_names():
    cp = cached_property(lambda self: 1)

    class T:
        a = cp
        b = cp
check('cached_property two names', two_names)
cp_unbound = cached_property(lambda self: 1)
check('cached_property no set_name', lambda: cp_unbound.__get__(Circle(1), Circle))


def cmp(a, b):
    return (a > b) - (a < b)


check('cmp_to_key', lambda: sorted([3, 1, 2], key=cmp_to_key(cmp)))
check('cmp_to_key reverse', lambda: sorted([3, 1, 2], key=cmp_to_key(lambda a, b: cmp(b, a))))
K = cmp_to_key(cmp)
check('cmp_to_key ops', lambda: (K(1) < K(2), K(2) == K(2), K(3) >= K(4)))
check('cmp_to_key hash', lambda: K.__hash__ is None)


@singledispatch
def show(obj):
    return 'object'


@show.register(int)
def _(obj):
    return 'int'


@show.register
def _(obj: str):
    return 'str'


@show.register(list)
@show.register(tuple)
def _(obj):
    return 'seq'


def show_float(obj):
    return 'float'


show.register(float, show_float)
check('singledispatch', lambda: [show(1), show('a'), show([]), show(()), show(1.5), show(None), show(True)])
check('singledispatch dispatch', lambda: (show.dispatch(bool).__name__, show.dispatch(float) is show_float))
check('singledispatch registry', lambda: sorted(k.__name__ for k in show.registry))
check('singledispatch noargs', lambda: show())

import collections.abc


@show.register(collections.abc.Mapping)
def _(obj):
    return 'mapping'


check('singledispatch abc', lambda: (show({}), show(collections.OrderedDict())))
check('singledispatch bad', lambda: show.register(3))


class Dispatcher:
    @functools.singledispatchmethod
    def handle(self, arg):
        return 'default'

    @handle.register
    def _(self, arg: int):
        return 'int'


check('singledispatchmethod', lambda: (Dispatcher().handle(1), Dispatcher().handle('x')))


class Cell:
    def set(self, value, scale=1):
        return value * scale
    double = functools.partialmethod(set, scale=2)


check('partialmethod', lambda: Cell().double(4))
import collections
check('partial repr kw', lambda: repr(partial(max, key=len)))
check('partial repr nested', lambda: repr(partial(partial(max, 1), 2, key=abs)))
check('partial keywords copy', lambda: (lambda q: (q(), q.keywords))(partial(dict, a=1)))
check('partial call kw conflict', lambda: partial(f, 1, 2, c=3)(c=9))
check('reduce non iterable', lambda: reduce(lambda a, b: a, 5))
check('lru method', lambda: (lambda C: (C().m(2), C().m(2), C.m.cache_info().hits))(type('C', (), {'m': lru_cache()(lambda self, x: x * 10)})))
check('lru kwarg order', lambda: (lambda g: (g(a=1, b=2), g(b=2, a=1), g.cache_info().misses))(lru_cache()(lambda **kw: sorted(kw))))
check('cache_info repr', lambda: repr(fib.cache_info()))
check('total_ordering le root', lambda: (lambda C: (C(1) < C(2), C(2) > C(1), C(1) >= C(1)))(total_ordering(type('C', (), {'__init__': lambda s, v: setattr(s, 'v', v), '__le__': lambda s, o: s.v <= o.v, '__eq__': lambda s, o: s.v == o.v}))))
check('total_ordering gt root', lambda: (lambda C: (C(1) < C(2), C(2) <= C(1), C(1) >= C(1)))(total_ordering(type('C', (), {'__init__': lambda s, v: setattr(s, 'v', v), '__gt__': lambda s, o: s.v > o.v, '__eq__': lambda s, o: s.v == o.v}))))
check('singledispatch union', lambda: (lambda g: (g.register(int | str, lambda x: 'num-or-str') is not None, g(1), g('a'), g(1.0)))(singledispatch(lambda x: 'base')))
