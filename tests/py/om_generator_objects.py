# Generator objects as objects: gi_running/gi_frame states, names, repr-free introspection, close and send on classes.
import inspect
def gen():
    x = yield 1
    yield x
g = gen()
print(g.__name__, g.__qualname__, inspect.getgeneratorstate(g), g.gi_running)
next(g)
print(inspect.getgeneratorstate(g), g.gi_frame is not None)
print(g.send('sent'))
try:
    next(g)
except StopIteration:
    pass
print(inspect.getgeneratorstate(g), g.gi_frame)
class Reader:
    def __init__(self, lines):
        self.lines = lines
    def __iter__(self):
        for i, line in enumerate(self.lines):
            yield i, line.rstrip()
    def nonblank(self):
        return (l for _, l in self if l)
r = Reader(['a\n', '\n', 'b  \n'])
print(list(r), list(r.nonblank()), type(r.nonblank()).__name__, inspect.isgenerator(r.nonblank()), inspect.isgeneratorfunction(gen))
