# super() in properties, staticmethod-free contexts, with __class__ cell, in __init_subclass__ and unbound super objects.
class A:
    @property
    def who(self):
        return 'A'
    def chain(self):
        return ['A']
class B(A):
    @property
    def who(self):
        return 'B<' + super().who
    def chain(self):
        return ['B'] + super().chain()
class C(B):
    def chain(self):
        return ['C'] + super(B, self).chain()
print(B().who, C().who, C().chain(), B().chain())
class D(A):
    def show_class(self):
        return __class__.__name__, type(self).__name__
class E(D):
    pass
print(E().show_class())
s = super(B, B())
print(s.who, s.chain(), type(s).__name__)
class Base:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.subclasses.append(cls.__name__)
class X(Base):
    pass
class Y(X):
    pass
print(Base.subclasses)
def outside(self):
    return super().chain()
class F(A):
    pass
F.outside = outside
try:
    F().outside()
except RuntimeError as e:
    print('RuntimeError:', e)
