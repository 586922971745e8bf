# The built-in exception hierarchy: issubclass checks, catching by base class, __mro__ names.
names = ['ZeroDivisionError', 'OverflowError', 'KeyError', 'IndexError', 'ValueError', 'UnicodeDecodeError',
         'TypeError', 'NameError', 'UnboundLocalError', 'AttributeError', 'RecursionError', 'NotImplementedError',
         'StopIteration', 'GeneratorExit', 'KeyboardInterrupt', 'SystemExit', 'FileNotFoundError', 'AssertionError',
         'ImportError', 'ModuleNotFoundError', 'TimeoutError', 'UnicodeError', 'SyntaxError', 'IndentationError']
for n in names:
    cls = getattr(__builtins__, n) if hasattr(__builtins__, n) else __builtins__[n]
    print(n, [c.__name__ for c in cls.__mro__])
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError),
      issubclass(SystemExit, Exception), issubclass(Exception, BaseException), issubclass(bool, Exception))
def catch(exc):
    try:
        raise exc
    except ArithmeticError:
        return 'ArithmeticError'
    except LookupError:
        return 'LookupError'
    except Exception as e:
        return 'Exception:' + type(e).__name__
for exc in [ZeroDivisionError, OverflowError, KeyError('k'), IndexError, ValueError('v'), TypeError]:
    print(catch(exc))
try:
    raise 5
except TypeError as e:
    print('TypeError:', e)
class NotExc:
    pass
try:
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as e:
    print('TypeError:', e)
