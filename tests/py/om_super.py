# super(): cooperative multiple inheritance, explicit two-argument form, super in classmethods.
class Root:
    def __init__(self, **kw):
        print('Root.__init__ leftover', kw)
    def hello(self):
        return ['Root']
class A(Root):
    def __init__(self, a=None, **kw):
        print('A.__init__', a)
        super().__init__(**kw)
    def hello(self):
        return ['A'] + super().hello()
class B(Root):
    def __init__(self, b=None, **kw):
        print('B.__init__', b)
        super().__init__(**kw)
    def hello(self):
        return ['B'] + super().hello()
class C(A, B):
    def __init__(self, **kw):
        print('C.__init__')
        super().__init__(**kw)
    def hello(self):
        return ['C'] + super().hello()
c = C(a=1, b=2, extra=3)
print(c.hello(), [k.__name__ for k in C.__mro__])
print(super(A, c).hello(), super(B, c).hello())
class Base:
    @classmethod
    def create(cls):
        return f'Base.create for {cls.__name__}'
class Derived(Base):
    @classmethod
    def create(cls):
        return 'Derived -> ' + super().create()
print(Derived.create())
class Str(str):
    def upper(self):
        return 'custom ' + super().upper()
print(Str('abc').upper(), isinstance(Str('x'), str))
try:
    super()
except RuntimeError as e:
    print('RuntimeError:', e)
