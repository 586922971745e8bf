# print() and the display hook follow a replaced sys.stdout; sys.__stdout__ restores it.
import io, sys
buf = io.StringIO()
sys.stdout = buf
print('into the buffer', 1, 2, sep='-')
print('second', end='|')
sys.displayhook('shown')
sys.stdout = sys.__stdout__
print(repr(buf.getvalue()), sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
class Upper:
    def write(self, s):
        sys.__stdout__.write(s.upper())
sys.stdout = Upper()
print('shouted', 42)
sys.stdout = sys.__stdout__
print('normal', file=None)
err = io.StringIO()
print('to err', file=err)
print(repr(err.getvalue()))
