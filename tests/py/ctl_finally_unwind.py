# return/break/continue through try/finally, except and with: each finally body runs once, and an exception raised in it skips the inner handlers.
def f1():
    try:
        try:
            raise ValueError
        except ValueError:
            return 'r1'
    finally:
        print('f1 finally')
print(f1())
def f2():
    try:
        return 'r2'
    finally:
        print('f2 finally')
print(f2())
def f3():
    for i in range(3):
        try:
            try:
                raise KeyError(i)
            except KeyError:
                if i == 1:
                    break
                continue
        finally:
            print('f3 finally', i)
    return 'r3'
print(f3())
def f4():
    try:
        return 'r4'
    finally:
        try:
            raise ValueError('in finally')
        except ValueError:
            print('f4 handled in finally')
print(f4())
def f5():
    try:
        try:
            return 'r5'
        finally:
            raise KeyError('from finally')
    except KeyError as e:
        print('f5 caught', e)
        return 'after'
print(f5())
def f6():
    try:
        return 'r6'
    finally:
        print('f6 finally once')
        raise TypeError('boom')
try:
    f6()
except TypeError as e:
    print('f6', e)
def f7():
    try:
        raise ValueError('v')
    except ValueError:
        try:
            return 'r7'
        finally:
            print('f7 finally in handler')
print(f7())
def f8():
    try:
        raise ValueError('v')
    except ValueError:
        return 'r8'
    finally:
        print('f8 finally')
print(f8())
def f9():
    with open('/dev/null') as fh:
        try:
            return 'r9'
        finally:
            print('f9 finally')
print(f9())
import sys
def f10():
    try:
        raise ValueError('v')
    except ValueError:
        try:
            return sys.exc_info()[0]
        finally:
            print('f10', sys.exc_info()[0])
print(f10(), sys.exc_info())
def f11():
    try:
        try:
            return 'r11'
        except KeyError:
            print('f11 inner except must not catch the finally error')
    finally:
        raise KeyError('outer finally')
try:
    f11()
except KeyError as e:
    print('f11 propagated', e)
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit', a[0])
        return False
def f12():
    try:
        with CM():
            return 'r12'
    finally:
        raise ValueError('after with')
try:
    f12()
except ValueError as e:
    print('f12', e)
def f13():
    for i in range(2):
        try:
            try:
                continue
            except RuntimeError:
                print('f13 never')
        finally:
            if i == 1:
                raise RuntimeError('f13 finally')
try:
    f13()
except RuntimeError as e:
    print('f13', e)
def f14():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            return 'x'
        finally:
            raise TypeError('second')
try:
    f14()
except TypeError as e:
    print('f14', repr(e), repr(e.__context__))
