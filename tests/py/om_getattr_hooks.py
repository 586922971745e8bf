# getattr/hasattr through properties, descriptors, __getattr__ and __getattribute__ (run as frames): values and errors as CPython's.
class P:
    def __init__(self): self.plain = 1
    @property
    def prop(self): return 'p'
    @property
    def broken(self): raise AttributeError('inner')
    @property
    def boom(self): return 1 // 0
class D:
    def __get__(self, obj, owner): return ('desc', obj is None)
class G:
    d = D()
    def __getattr__(self, name):
        if name.startswith('x'): return name * 2
        raise AttributeError(name)
p, g = P(), G()
print(getattr(p, 'prop'), getattr(p, 'plain'), getattr(p, 'broken', 'dflt'), hasattr(p, 'broken'), hasattr(p, 'prop'))
print(getattr(g, 'xy'), getattr(g, 'no', 0), hasattr(g, 'xa'), hasattr(g, 'q'), getattr(g, 'd'), getattr(G, 'd'))
try:
    getattr(p, 'boom')
except ZeroDivisionError as e:
    print('ZDE', e)
try:
    getattr(p, 'boom', 1)
except ZeroDivisionError as e:
    print('ZDE default', e)
try:
    hasattr(p, 'boom')
except ZeroDivisionError as e:
    print('ZDE has', e)
try:
    getattr(g, 'q')
except AttributeError as e:
    print('AE', e)
try:
    getattr(p, 'broken')
except AttributeError as e:
    print('AE', e)
try:
    getattr(p, 'missing')
except AttributeError as e:
    print('AE', e)
class Both:
    @property
    def v(self): raise AttributeError('v')
    def __getattr__(self, n): return 'fallback ' + n
print(getattr(Both(), 'v'), hasattr(Both(), 'v'))
class GA:
    def __getattribute__(self, n):
        if n == 'secret': raise AttributeError(n)
        return n.upper()
print(getattr(GA(), 'abc'), getattr(GA(), 'secret', 'hidden'), hasattr(GA(), 'secret'))
