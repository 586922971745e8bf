# Private name mangling: attributes, methods, nested classes, except targets, parameters, __slots__, names left alone.
class C:
    __x = 1
    def __init__(self):
        self.__y = 2
        __z = 3
        print(sorted(k for k in vars(self)), __z, self.__x)
    def __f(self): return "f"
    def g(self): return self.__f()
    class __D: pass
    def h(self):
        try:
            raise ValueError
        except ValueError as __e:
            return type(__e).__name__
class _:
    __q = 1
print(sorted(k for k in vars(C) if "C" in k), C._C__f.__name__, C._C__f.__qualname__, C._C__D.__name__, C._C__D.__qualname__)
c = C(); print(c.g(), c.h(), vars(_).get('__q'))
print(getattr(c, '_C__y'), [k for k in dir(c) if k.startswith('_C')])
def outer():
    class E:
        def m(self, __a=5): return __a
    return E().m()
print(outer())
class S:
    __slots__ = ('__a', 'b')
    def __init__(self): self.__a = 1; self.b = 2
    def get(self): return self.__a
s = S(); print(s.get(), sorted(k for k in vars(S) if 'a' in k or k == 'b'))
class ___:
    __u = 1
print('__u' in vars(___), getattr(C, '__x', 'no __x'), hasattr(C, '_C__x'))
