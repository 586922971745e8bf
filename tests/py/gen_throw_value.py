import contextlib
@contextlib.contextmanager
def cm():
    try:
        yield
    except KeyError as e:
        print("caught", repr(e), e.args)
        raise
try:
    with cm():
        raise KeyError('boom')
except KeyError as e:
    print("outer", repr(e))
def g():
    try:
        yield 1
    except Exception as e:
        print(type(e).__name__, e.args)
        yield 2
for a in [(ValueError,), (ValueError, None), (ValueError, 'x'), (ValueError, ('a', 2)), (ValueError, ValueError('inst')), (ValueError, KeyError('k'))]:
    it = g(); next(it)
    print(it.throw(*a))
it = g(); next(it)
try:
    it.throw(ValueError('i'), 'v')
except TypeError as e:
    print('TypeError', e)
