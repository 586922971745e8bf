# next() of generators (resumed as a frame by CALL): values, StopIteration values, already-executing, RuntimeError, defaults, trampolines.
def g1():
    x = yield 1
    yield x
    return 'r'
g = g1()
print(next(g), next(g), end=' ')
try:
    next(g)
except StopIteration as e:
    print('stop', repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print('stop2', repr(e.value), e.args)
def g2():
    yield next(me)
me = g2()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
def g3():
    raise StopIteration('inner')
    yield
try:
    next(g3())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
def g4():
    yield 1
    raise KeyError('k')
it = g4(); next(it)
try:
    next(it)
except KeyError as e:
    print('KeyError', e)
print(next(it, 'done'), [next(iter([5]))], next(x for x in [7]))
def g5():
    try:
        yield 1
    finally:
        print('cleanup')
it = g5(); print(next(it)); it.close()
def tramp(gen):
    try:
        while True:
            next(gen)
    except StopIteration as e:
        return e.value
def work():
    for i in range(3):
        yield i
    return 'total'
print(tramp(work()))
