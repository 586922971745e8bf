# sys attributes that programs commonly read.
import sys
print(sys.version_info >= (3, 11), sys.version_info[0], sys.version_info.major, type(sys.version).__name__)
print(sys.getrecursionlimit() >= 1000, sys.maxsize == 2 ** 63 - 1, sys.byteorder in ('little', 'big'))
print(type(sys.path).__name__, type(sys.modules).__name__, 'sys' in sys.modules, sys.stdout is not sys.stderr)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit > 0)
print(callable(sys.exit), sys.platform in ('linux', 'darwin', 'win32'), hasattr(sys, 'exc_info'))
try:
    raise KeyError('k')
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), tb is not None)
print(sys.exc_info())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
