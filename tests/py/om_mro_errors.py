# MRO construction: C3 failures name the conflicting bases, duplicate bases, and a metaclass mro() override.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
for bases in [(A, B), (B, A, C), (A, A)]:
    try:
        type('X', bases, {})
    except TypeError as e:
        print([b.__name__ for b in bases], 'TypeError:', e)
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Z(XY, YX): pass
except TypeError as e:
    print('TypeError:', e)
class Flat(type):
    def mro(cls):
        return [cls, object]
class F(B, metaclass=Flat):
    pass
print([k.__name__ for k in F.__mro__], isinstance(F(), A), F.mro())
class Reversed(type):
    def mro(cls):
        default = super().mro()
        return [default[0]] + default[1:-1][::-1] + [object]
class R(D, metaclass=Reversed):
    pass
print([k.__name__ for k in R.__mro__])
