# generator.close(): GeneratorExit, finally, yielding in finally is an error, return values.
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('finally runs')
it = g()
print(next(it))
it.close()
print('closed', next(it, 'nothing'))
it.close()
def never_started():
    try:
        yield
    finally:
        print('not printed: generator never started')
never_started().close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)
print(next(s, 'finished'))
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print('swallowed, returning')
        return 'ignored'
sw = swallow()
next(sw)
print(sw.close())
def running():
    me.close()
    yield
me = running()
try:
    next(me)
except ValueError as e:
    print('ValueError:', e)
