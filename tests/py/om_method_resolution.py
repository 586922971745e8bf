# C3 linearisation on several hierarchies, including failure cases and mro() overrides by a metaclass.
def names(cls):
    return ' '.join(c.__name__ for c in cls.__mro__)
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in [K1, K2, K3, Z]:
    print(cls.__name__, ':', names(cls))
class X: pass
class Y(X): pass
for bases in [(X, Y), (Y, X), (X, X)]:
    try:
        T = type('T', bases, {})
        print([b.__name__ for b in bases], 'ok', names(T))
    except TypeError as e:
        print([b.__name__ for b in bases], 'TypeError:', e)
class Reverse(type):
    def mro(cls):
        return [cls] + list(reversed(super().mro()[1:]))
class R(A, B, metaclass=Reverse):
    pass
print(names(R))
