# Context managers: exception info passed to __exit__, suppression, contextlib.contextmanager, ExitStack, suppress.
import contextlib
class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return isinstance(exc, KeyError)
with Tracker('swallow-key'):
    {}['x']
try:
    with Tracker('let-value-through'):
        raise ValueError('v')
except ValueError:
    print('value error propagated')
@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    except ZeroDivisionError:
        print('handled inside generator cm')
    finally:
        print(f'</{name}>')
with tag('div') as t:
    print('inside', t)
with tag('p'):
    1 / 0
print('after')
with contextlib.suppress(FileNotFoundError, KeyError):
    {}['k']
    print('not printed')
with contextlib.ExitStack() as stack:
    for n in ['a', 'b', 'c']:
        stack.enter_context(Tracker(n))
    stack.callback(print, 'callback runs first')
    print('body of ExitStack')
with contextlib.nullcontext(5) as five:
    print(five)
