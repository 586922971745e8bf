# Generators: the handled-exception state across yields, yield from delegating send/throw/close and return values, gi_* attributes.
import sys
# A generator suspended inside an except block keeps its exception; the caller does not see it.
def handler():
    try:
        raise ValueError('inside gen')
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
g = handler()
print(repr(next(g)), repr(sys.exc_info()[1]))
try:
    raise KeyError('caller')
except KeyError:
    print(repr(next(g)), repr(sys.exc_info()[1]))
print(repr(next(g)))
# Outside its own handlers a generator sees its resumer's exception.
def peek():
    while True:
        yield sys.exc_info()[1]
p = peek()
print(next(p))
try:
    raise TypeError('resumer')
except TypeError:
    print(repr(next(p)))
print(next(p))
# An exception raised in a generator's handler chains to the generator's own exception.
def chained():
    try:
        raise OSError('first')
    except OSError:
        yield 1
        raise RuntimeError('second')
c = chained()
next(c)
try:
    next(c)
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

# yield from delegates send, throw, close and returns the sub-generator's value.
def inner():
    try:
        x = yield 'i1'
        print('inner got', x)
        y = yield 'i2'
        print('inner got', y)
    except ZeroDivisionError:
        print('inner caught ZeroDivisionError')
        yield 'after throw'
    finally:
        print('inner finally')
    return 'inner result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'outer done'
o = outer()
print(next(o), o.send('A'), o.throw(ZeroDivisionError), next(o))
o = outer()
next(o)
print('yieldfrom is inner:', o.gi_yieldfrom.__name__, o.gi_running, o.gi_frame is not None)
o.close()
print('closed', o.gi_yieldfrom, o.gi_frame)
# A throw that the sub-generator does not handle propagates through both.
o = outer()
next(o)
try:
    o.throw(KeyError('kk'))
except KeyError as e:
    print('propagated', e)
# A sub-generator returning from a throw ends the delegation with its value.
def quitter():
    try:
        yield 1
    except ValueError:
        return 'quit value'
def wrap():
    r = yield from quitter()
    yield ('wrap got', r)
w = wrap()
next(w)
print(w.throw(ValueError))
# Delegation to a non-generator iterator with and without throw().
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration('it done')
        return self.n
    def throw(self, *a):
        print('It.throw', a[0].__class__.__name__ if not isinstance(a[0], type) else a[0].__name__)
        return 99
    def close(self):
        print('It.close')
def deleg():
    r = yield from It()
    print('deleg got', r)
d = deleg()
print(next(d), d.throw(ValueError), next(d), next(d))
try:
    next(d)
except StopIteration:
    print('deleg finished')
d = deleg()
next(d)
d.close()
def deleg2():
    yield from iter([1, 2, 3])
d2 = deleg2()
next(d2)
try:
    d2.throw(IndexError('no throw method'))
except IndexError as e:
    print('raised at yield from:', e)
# A generator that yields in finally after close() is a RuntimeError.
def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
# gi_* attributes across states.
def simple():
    yield 1
sg = simple()
print(sg.gi_running, sg.gi_suspended, sg.gi_frame.f_lineno, sg.gi_code.co_name, sg.gi_yieldfrom)
next(sg)
print(sg.gi_running, sg.gi_suspended, sg.gi_frame.f_lineno)
def running_check():
    yield rc.gi_running
rc = running_check()
print(next(rc))
def reenter():
    yield next(rg)
rg = reenter()
try:
    next(rg)
except ValueError as e:
    print(e)
