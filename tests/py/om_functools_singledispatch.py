# singledispatch and singledispatchmethod: registration by annotation and by type, MRO-based dispatch, registry.
from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence
@singledispatch
def show(x):
    return f'object {x!r}'
@show.register
def _(x: int):
    return f'int {x}'
@show.register
def _(x: bool):
    return f'bool {x}'
@show.register(Sequence)
def _(x):
    return 'sequence of ' + ', '.join(show(i) for i in x)
@show.register(str)
def _(x):
    return f'str {x!r}'
for v in [1, True, 'hi', [1, 'a'], (2.5,), None]:
    print(show(v))
print(sorted(t.__name__ for t in show.registry if t is not object), show.dispatch(bool).__name__)
class Formatter:
    @singledispatchmethod
    def fmt(self, x):
        return 'generic'
    @fmt.register
    def _(self, x: float):
        return f'{x:.2f}'
    @fmt.register
    def _(self, x: list):
        return '[' + ', '.join(self.fmt(i) for i in x) + ']'
print(Formatter().fmt(3.14159), Formatter().fmt([1.0, 'x', [2.5]]))
