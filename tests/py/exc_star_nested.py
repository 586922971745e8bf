# except*: nested try/except* blocks, finally, handlers raising groups, and the uncaught result's traceback.
def work():
    raise ExceptionGroup('work', [ValueError('v1'), TypeError('t1'), ExceptionGroup('sub', [ValueError('v2'), OSError('o1')])])

def layered():
    try:
        try:
            work()
        except* ValueError as eg:
            print('inner ValueErrors', [str(e) for e in eg.exceptions[0].exceptions] if isinstance(eg.exceptions[0], ExceptionGroup) else eg.exceptions)
        finally:
            print('inner finally')
    except* TypeError as eg:
        print('outer TypeErrors', eg.exceptions)
    except* OSError as eg:
        print('outer OSErrors', repr(eg))

layered()

def in_loop():
    results = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            raise ExceptionGroup('g', [KeyError(i)])
        except* ValueError:
            results.append(('value', i))
        except* KeyError:
            results.append(('key', i))
    return results
print(in_loop())

def raises_group_in_handler():
    try:
        raise ExceptionGroup('orig', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise ExceptionGroup('from handler', [RuntimeError('r')])

try:
    raises_group_in_handler()
except BaseExceptionGroup as eg:
    print(repr(eg))
    print([type(e).__name__ for e in eg.exceptions])

# except* with a tuple of types and an empty match leaving the group intact.
try:
    try:
        raise ExceptionGroup('tuple', [ValueError(1), KeyError(2), OSError(3)])
    except* (ValueError, KeyError) as eg:
        print('tuple matched', eg.exceptions)
    except* ZeroDivisionError:
        print('never')
except ExceptionGroup as eg:
    print('left over', eg.exceptions)

# BaseExceptionGroup with KeyboardInterrupt and except* BaseException.
try:
    raise BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError(1)])
except* KeyboardInterrupt as eg:
    print('KI', type(eg).__name__)
except* ValueError as eg:
    print('VE', type(eg).__name__)

# sys.exc_info inside except* is the matched group; after it, nothing.
import sys
try:
    raise ExceptionGroup('x', [ValueError(1)])
except* ValueError:
    print('exc_info', repr(sys.exc_info()[1]))
print('after', sys.exc_info())

def uncaught():
    try:
        raise ExceptionGroup('final', [ValueError('kept'), TypeError('handled')])
    except* TypeError:
        raise KeyError('new in handler')
uncaught()
