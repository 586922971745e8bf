# __set_name__ and __init_subclass__ (run as frames with type as metaclass): order, keywords, errors, Python metaclasses.
class Field:
    def __set_name__(self, owner, name):
        self.name = name
        owner.fields = getattr(owner, 'fields', ()) + (name,)
class Registry:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Registry.subs.append((cls.__name__, tag))
class A(Registry, tag='a'):
    x = Field()
    y = Field()
    p = property(lambda self: 1)
class B(A):
    z = Field()
print(Registry.subs, A.fields, B.fields, A.x.name, B.z.name, hasattr(A.p, '__set_name__'))
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('no ' + name)
try:
    class C:
        attr = Bad()
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__, e.__cause__)
try:
    class D(Registry, unknown=1, tag='d'):
        pass
except TypeError as e:
    print('TypeError', e)
class E(Registry):
    def __init_subclass__(cls):
        raise KeyError(cls.__name__)
try:
    class F(E):
        pass
except KeyError as e:
    print('KeyError', e)
import abc
class Abs(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns['made_by'] = 'Meta'
        return super().__new__(m, name, bases, ns, **kw)
class G(Registry, metaclass=Meta, tag='g'):
    w = Field()
print(G.made_by, G.fields, Registry.subs[-1], type(G).__name__)
try:
    Abs()
except TypeError as e:
    print('TypeError', e)
