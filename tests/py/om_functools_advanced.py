# functools: lru_cache with maxsize and typed, partialmethod, reduce with initial, total_ordering missing ops.
import functools
calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 1, 2]:
    sq(v)
print(calls, sq.cache_info())
@functools.lru_cache(typed=True)
def ident(x):
    calls.append(('typed', x))
    return x
ident(1); ident(1.0); ident(1)
print(calls[-2:], ident.cache_info().currsize)
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, s):
        self.state = s
    alive = functools.partialmethod(set_state, True)
    dead = functools.partialmethod(set_state, False)
c = Cell()
c.alive()
print(c.state)
c.dead()
print(c.state)
print(functools.reduce(lambda acc, w: acc + len(w), ['ab', 'cde'], 100))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError:', e)
try:
    @functools.total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print('ValueError:', e)
