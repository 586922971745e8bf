# float subclasses: instances carry the class, the value and an instance __dict__; arithmetic returns plain floats; object.__new__ refuses non-plain layouts.
import math, copy
class G(float):
    def __repr__(self): return 'G(%s)' % float.__repr__(self)
g = G(2.5)
print('%.2f' % g, '{:.1f}'.format(g), math.floor(g), round(g), g.__class__.__name__, 1 == G(1.0), G(1.0) == 1, 2 < g, g > 2, math.isnan(G('nan')))
print(repr(copy.copy(g)), repr(copy.deepcopy(g)), g.real, g.conjugate(), float.__repr__(g), str(g), [g])
print(max(G(1), G(3)), sum([G(1), G(2)]), G(3) // 2, G(3) % 2, pow(G(2), 3), complex(G(1)), int(G(3.7)), bool(G(0)))
class E(float):
    pass
e = E(1.5); e.tag = 'x'; print(e.tag, e == 1.5, hash(e) == hash(1.5), isinstance(e, float), type(abs(e)))
try: G('x')
except ValueError as ex: print(ex)
try: float.__new__(int, 1)
except TypeError as ex: print(ex)
try: object.__new__(G)
except TypeError as ex: print(ex)
class B(Exception): pass
try: object.__new__(B)
except TypeError as ex: print(ex)
class C(float):
    def __new__(cls, v): return super().__new__(cls, v)
class D(C): pass
for t in (C, D, bool, int):
    try: object.__new__(t)
    except TypeError as ex: print(ex)
class S(float):
    __slots__ = ()
try:
    S(1).x = 1
except AttributeError as ex:
    print('AttributeError:', ex, hasattr(S(1), '__dict__'))
