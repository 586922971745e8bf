# vars() and dir() on simple objects, classes and modules (filtered to public names).
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
c = Child()
print(vars(c), [n for n in dir(c) if not n.startswith('_')], [n for n in dir(Child) if not n.startswith('__')])
print(sorted(k for k in vars(Child) if not k.startswith('__')), 'base_attr' in vars(Child), 'base_attr' in dir(Child))
import math
print([n for n in dir(math) if n.startswith('is')], 'sqrt' in vars(math))
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
class WithDir:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(WithDir()))
def f():
    a, b = 1, 2
    return sorted(dir())
print(f())
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir('') if not n.startswith('_')][:10])
