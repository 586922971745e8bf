# AttributeError messages for instances, classes, modules, builtins and slots; hasattr swallowing only AttributeError.
import math
class C:
    __slots__ = ('a',)
class D:
    pass
for expr in ['C().a', 'D().missing', 'D.missing', 'math.nope', '(1).nope', "'s'.nope", 'None.nope', '[].nope', 'D().__dict__["x"]']:
    try:
        eval(expr)
    except (AttributeError, KeyError) as e:
        print(expr, '->', type(e).__name__, e)
class Raises:
    @property
    def bad(self):
        raise ValueError('not an AttributeError')
    @property
    def attr_bad(self):
        raise AttributeError('inner')
print(hasattr(Raises(), 'attr_bad'))
try:
    hasattr(Raises(), 'bad')
except ValueError as e:
    print('ValueError propagates through hasattr:', e)
e = AttributeError('custom', name='field', obj=None)
print(e.name, e.args)
