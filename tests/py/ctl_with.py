# with statements with simple context-manager classes: order, exception suppression, nesting.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('outer'), CM('inner') as i:
    print('nested body', i)
with CM('sup', suppress=True):
    raise ValueError('suppressed')
print('after suppressed')
try:
    with CM('nosup'):
        raise KeyError('escapes')
except KeyError as e:
    print('caught', e)
def early():
    with CM('ret'):
        return 'returned'
print(early())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
with (CM('p1') as x, CM('p2') as y):
    print(x, y)
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
