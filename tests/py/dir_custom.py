# dir() honours __dir__ on instances and metaclasses, sorts its result; vars() on modules and classes.
class A:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid', 'alpha']
print(dir(A()))
class Meta(type):
    def __dir__(cls):
        return ('b', 'a')
class B(metaclass=Meta):
    x = 1
print(dir(B), 'x' in dir(B()))
class Gen:
    def __dir__(self):
        return (n for n in ['q', 'p'])
print(dir(Gen()))
class Bad:
    def __dir__(self):
        return 5
try:
    dir(Bad())
except TypeError as e:
    print('TypeError:', e)
class Mixed:
    def __dir__(self):
        return ['a', 1]
try:
    dir(Mixed())
except TypeError as e:
    print('TypeError:', e)
class Plain:
    y = 2
    def m(self):
        pass
p = Plain()
p.z = 3
print([n for n in dir(p) if not n.startswith('__')], sorted(vars(p)))
import math
print([n for n in dir(math) if n.startswith('is')])
