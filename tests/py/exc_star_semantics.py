# except*: matching, wrapping naked exceptions, raising and re-raising in clauses, else/finally, SyntaxErrors.
import sys
def f():
    raise ValueError('v')
def g():
    try:
        f()
    except ValueError as e:
        raise ExceptionGroup('inner', [e, KeyError('k')])
try:
    g()
except* KeyError as eg:
    print('caught', repr(eg), eg.__traceback__ is not None)
    print(sys.exc_info()[1] is eg)
print(sys.exc_info())
try:
    raise TypeError('naked')
except* TypeError as eg:
    print('wrapped', repr(eg), type(eg.exceptions[0]))
try:
    try:
        raise ExceptionGroup('two', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError('from handler')
except Exception as e:
    print(repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup('two', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except Exception as e:
    print('reraise', repr(e))
try:
    try:
        raise ExceptionGroup('two', [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass
    else:
        print('no else')
    finally:
        print('finally')
except Exception as e:
    print('should not', e)
try:
    try:
        raise KeyError('solo')
    except* ValueError:
        pass
except KeyError as e:
    print('naked passthrough', repr(e))
try:
    try:
        raise ValueError('solo')
    except* ValueError:
        raise TypeError('replaced')
except TypeError as e:
    print('naked replaced', repr(e), repr(e.__context__))
for src in ["try:\n  pass\nexcept* ValueError:\n  return\n", "for x in y:\n  try:\n    pass\n  except* ValueError:\n    break\n",
            "try:\n  pass\nexcept* ValueError:\n  for x in y:\n    break\n"]:
    try:
        compile(src, 's', 'exec'); print('ok')
    except SyntaxError as e: print(e.msg, e.lineno, e.offset)
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError(1)
    except* 42:
        pass
except TypeError as e:
    print(e)
def h():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('nested', [OSError(3), ValueError(4)])])
    except* ValueError as e:
        print('h got', repr(e))
        raise
    except* OSError:
        raise KeyError('new')
h()
