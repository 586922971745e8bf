# RecursionError is catchable, has CPython's message, and the interpreter recovers.
import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('RecursionError:', e, isinstance(e, RuntimeError))
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(900 < d < sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(200 - 20 < depth(0) < 200)
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print('RecursionError in __repr__:', type(e).__name__)
sys.setrecursionlimit(1000)
print(forever.__name__, 'still running')
