# __getattr__ (fallback), __getattribute__ (every access), __setattr__/__delattr__ hooks.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append('get ' + name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        delattr(self._target, name)
class T:
    pass
t = T()
p = Proxy(t)
p.x = 5
print(p.x, t.x, p.log)
del p.x
print(hasattr(t, 'x'), p.log)
try:
    p.missing
except AttributeError as e:
    print('AttributeError:', e)
class Counting:
    def __init__(self):
        self.hits = 0
    def __getattribute__(self, name):
        if name != 'hits':
            object.__setattr__(self, 'hits', object.__getattribute__(self, 'hits') + 1)
        return object.__getattribute__(self, name)
    def method(self):
        return 'm'
c = Counting()
c.method(); c.method(); c.__class__
print(c.hits)
class Lazy:
    def __getattr__(self, name):
        if name.startswith('auto_'):
            value = name[5:].upper()
            setattr(self, name, value)
            return value
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
lz = Lazy()
print(lz.auto_abc, 'auto_abc' in vars(lz), getattr(lz, 'nothing', 'dflt'))
