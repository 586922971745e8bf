import sys
sys.stderr = sys.stdout
import inspect


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class C:
    def m(self):
        pass


g = gen()
check('gen created', lambda: inspect.getgeneratorstate(g))
next(g)
check('gen suspended', lambda: inspect.getgeneratorstate(g))
g.close()
check('gen closed', lambda: inspect.getgeneratorstate(g))
c = coro()
check('coro created', lambda: inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration:
    pass
check('coro closed', lambda: inspect.getcoroutinestate(c))
a = agen()
check('predicates', lambda: (inspect.isgenerator(gen()), inspect.isgeneratorfunction(gen),
                             inspect.iscoroutinefunction(coro), inspect.isasyncgenfunction(agen),
                             inspect.isasyncgen(a), inspect.isgeneratorfunction(coro),
                             inspect.iscoroutinefunction(C().m), inspect.isawaitable(g)))
cc = coro()
check('coroutine objects', lambda: (inspect.iscoroutine(cc), inspect.isawaitable(cc)))
cc.close()
check('kinds', lambda: (inspect.isclass(C), inspect.ismethod(C().m), inspect.isfunction(C.m),
                        inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect)))
