# generator.throw(): handled inside, propagating out, finally blocks, throw into unstarted gen.
def g():
    while True:
        try:
            yield 'normal'
        except ValueError as e:
            print('caught inside:', e)
            yield 'recovered'
it = g()
print(next(it), it.throw(ValueError('bad')), next(it))
try:
    it.throw(KeyError('k'))
except KeyError as e:
    print('propagated:', repr(e))
print(next(it, 'closed after exception'))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
w = with_finally()
next(w)
try:
    w.throw(RuntimeError('boom'))
except RuntimeError as e:
    print('got', e)
def unstarted():
    print('never printed')
    yield
u = unstarted()
try:
    u.throw(TypeError('early'))
except TypeError as e:
    print('unstarted throw:', e)
def converts():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError('converted')
c = converts()
next(c)
try:
    c.throw(ZeroDivisionError)
except ValueError as e:
    print(repr(e), repr(e.__context__))
