import sys
sys.stderr = sys.stdout
import io
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, redirect_stderr, AbstractContextManager, ContextDecorator


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


log = []


@contextmanager
def tag(name):
    log.append('enter ' + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append('caught ' + str(e))
    finally:
        log.append('exit ' + name)


with tag('a') as v:
    log.append('body ' + v)
check('contextmanager', lambda: log)
log.clear()
with tag('b'):
    raise KeyError('k')
check('contextmanager swallow', lambda: log)
log.clear()


def raise_through():
    with tag('c'):
        raise ValueError('v')
check('contextmanager propagate', raise_through)
check('contextmanager log', lambda: log)


@contextmanager
def no_yield():
    if False:
        yield


def use_no_yield():
    with no_yield():
        pass
check('no yield', use_no_yield)


@contextmanager
def two_yields():
    yield 1
    yield 2


def use_two():
    with two_yields():
        pass
check('two yields', use_two)


@contextmanager
def ignore_exc():
    try:
        yield
    except Exception:
        pass
    yield


def use_ignore():
    with ignore_exc():
        raise ValueError
check('yield after throw', use_ignore)


@contextmanager
def reraise_other():
    try:
        yield
    except ValueError:
        raise TypeError('converted')


def use_reraise():
    with reraise_other():
        raise ValueError('orig')
check('reraise other', use_reraise)


@contextmanager
def stopiter():
    yield


def use_stopiter():
    with stopiter():
        raise StopIteration('s')
check('stopiteration passes', use_stopiter)


@tag('deco')
def decorated(x):
    log.append('in decorated')
    return x * 2


log.clear()
check('as decorator', lambda: (decorated(2), decorated(3), log))
check('cm doc', lambda: tag.__name__)

with suppress(KeyError, IndexError):
    {}['x']
check('suppress', lambda: 'ok')


def suppress_other():
    with suppress(KeyError):
        raise ValueError('not suppressed')
check('suppress other', suppress_other)
check('suppress none', lambda: suppress(KeyError).__exit__(None, None, None))


def suppress_group():
    with suppress(KeyError):
        raise ExceptionGroup('g', [KeyError(1), KeyError(2)])
    return 'suppressed group'
check('suppress group', suppress_group)


def suppress_group_partial():
    with suppress(KeyError):
        raise ExceptionGroup('g', [KeyError(1), ValueError(2)])
check('suppress group partial', suppress_group_partial)


class Res:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


r = Res()
with closing(r) as got:
    check('closing enter', lambda: got is r)
check('closing', lambda: r.closed)
with nullcontext(5) as n:
    check('nullcontext', lambda: n)
with nullcontext() as n:
    check('nullcontext none', lambda: n)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print('captured')
check('redirect_stdout', lambda: (buf.getvalue(), target is buf))
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    sys.stderr.write('err')
check('redirect_stderr', lambda: ebuf.getvalue())

order = []
with ExitStack() as stack:
    stack.callback(order.append, 'cb1')
    stack.enter_context(tag('es'))
    stack.callback(lambda: order.append('cb2'))
    stack.push(lambda *exc: order.append('push') and False)
check('exitstack order', lambda: order)


def exitstack_suppress():
    with ExitStack() as stack:
        stack.push(lambda *exc: True)
        raise ValueError('gone')
    return 'suppressed'
check('exitstack suppress', exitstack_suppress)


def exitstack_raise():
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise ValueError('first')
check('exitstack raise', exitstack_raise)


def exitstack_context():
    try:
        with ExitStack() as stack:
            stack.callback(lambda: 1 / 0)
            raise ValueError('first')
    except ZeroDivisionError as e:
        return repr(e.__context__)
check('exitstack context', exitstack_context)
stack = ExitStack()
stack.callback(order.append, 'late')
moved = stack.pop_all()
stack.close()
check('pop_all', lambda: order[-1])
moved.close()
check('pop_all close', lambda: order[-1])
check('enter_context bad', lambda: ExitStack().enter_context(object()))


class ACM(AbstractContextManager):
    def __exit__(self, *exc):
        return None


class NoExit(AbstractContextManager):
    pass


check('abstract cm missing exit', lambda: NoExit())
check('abstract cm hook', lambda: (issubclass(type(nullcontext()), AbstractContextManager), isinstance(open, AbstractContextManager)))


with ACM() as a:
    check('abstract cm', lambda: type(a).__name__)


class CD(ContextDecorator):
    def __enter__(self):
        order.append('cd enter')
        return self

    def __exit__(self, *exc):
        order.append('cd exit')
        return False


@CD()
def cdf():
    order.append('cdf')


cdf()
check('ContextDecorator', lambda: order[-3:])
