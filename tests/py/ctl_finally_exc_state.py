# finally on the exceptional path: return/break inside it discards the exception and restores the handled-exception state; generators returning from handlers.
import sys
def g1():
    try:
        yield 1
        raise ValueError('v')
    except ValueError:
        try:
            return
        finally:
            print('g1 finally sees', repr(sys.exc_info()[1]))
    finally:
        print('g1 outer finally', sys.exc_info()[1])
print(list(g1()))
def g2():
    for i in range(3):
        try:
            try:
                yield i
            finally:
                if i == 1:
                    return
        except Exception:
            print('never')
        finally:
            print('g2 finally', i)
print(list(g2()))
def f3():
    try:
        raise KeyError('k')
    except KeyError:
        for i in range(2):
            try:
                continue
            finally:
                print('f3 loop finally', i, repr(sys.exc_info()[1]))
        return 'done'
    finally:
        print('f3 outer', sys.exc_info())
print(f3(), sys.exc_info())
def f4():
    try:
        try:
            raise ValueError
        except ValueError:
            raise TypeError
        finally:
            return 'swallowed'
    except TypeError:
        return 'not here'
print(f4())
def f5():
    while True:
        try:
            try:
                raise OSError
            except OSError:
                break
        finally:
            print('f5 finally', sys.exc_info())
    return sys.exc_info()
print(f5())
def f6():
    with open('/dev/null'):
        try:
            raise ValueError
        except ValueError:
            return 'f6 ' + repr(sys.exc_info()[0])
print(f6(), sys.exc_info())
def f4():
    try:
        raise ValueError
    except ValueError:
        raise TypeError
    finally:
        return 'swallowed'
print(f4(), sys.exc_info()[0])
def f5():
    try:
        raise TypeError
    finally:
        return 'swallowed'
print(f5(), sys.exc_info()[0])
