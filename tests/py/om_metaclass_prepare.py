# Metaclass __prepare__: a custom class namespace that records definition order and rejects duplicates.
class NoDupNamespace(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if key in self and not key.startswith('__'):
            raise TypeError(f'duplicate definition of {key!r}')
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('__prepare__', name, kw)
        return NoDupNamespace()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls
class Form(metaclass=Ordered, version=2):
    zeta = 1
    alpha = 2
    def middle(self):
        pass
    beta = 3
print(Form.field_order)
try:
    class Broken(metaclass=Ordered):
        x = 1
        x = 2
except TypeError as e:
    print('TypeError:', e)
