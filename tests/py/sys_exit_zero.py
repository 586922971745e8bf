# sys.exit() and sys.exit(None) and sys.exit(0) exit with status 0; SystemExit can be caught.
import sys
for arg in [(), (None,), (0,), (5,), ('msg',), ((1, 2),)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, '->', repr(e.code), e.args)
try:
    raise SystemExit(7)
except BaseException as e:
    print('caught', type(e).__name__, e.code)
try:
    sys.exit(1)
except Exception:
    print('not reached: SystemExit is not an Exception')
except SystemExit:
    print('SystemExit is a BaseException')
sys.exit(0)
