# Function composition and pipelines with functools.reduce, partial and operator; higher-order class methods.
from functools import reduce, partial
import operator
def compose(*fs):
    return reduce(lambda f, g: lambda x: f(g(x)), fs, lambda x: x)
inc = partial(operator.add, 1)
dbl = partial(operator.mul, 2)
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), compose(str, abs, inc)(-10))
print(reduce(operator.or_, [{1}, {2}, {1, 3}]), reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
class Pipeline:
    def __init__(self, funcs=()):
        self.funcs = tuple(funcs)
    def then(self, f):
        return Pipeline(self.funcs + (f,))
    def __call__(self, x):
        return reduce(lambda acc, f: f(acc), self.funcs, x)
p = Pipeline().then(str.split).then(partial(map, str.capitalize)).then(' '.join)
print(p('hello big world'), len(p.funcs))
