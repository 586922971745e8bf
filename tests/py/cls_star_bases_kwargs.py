# class statements with *bases and **keywords.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, [b.__name__ for b in bases], sorted(kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A: pass
class B: pass
bases = (A, B)
opts = {'metaclass': Meta, 'flag': True}
class C(*bases, **opts):
    x = 1
print(C.__mro__, type(C).__name__, C.x)
class D(A, *[B], metaclass=Meta, **{'other': 2}):
    pass
print(D.__bases__)
class E(*()):
    pass
print(E.__bases__)
try:
    class F(**{'metaclass': Meta, 'metaclass2': 1}, unknown=3):
        pass
except TypeError as e:
    print('TypeError', e)
