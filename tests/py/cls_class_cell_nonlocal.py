# nonlocal __class__ in a method and in a nested class body names the enclosing class's implicit cell; *args: *Ts annotations.
class T:
    def f(self):
        nonlocal __class__
        __class__ = 5
    def g(self): return __class__
t = T(); print(t.g() is T); t.f(); print(t.g())
class T:
    def m(self):
        class X:
            nonlocal __class__
            __class__ = 42
        return __class__
print(T().m())
class Ts:
    def __iter__(self): return iter(["Unpack[Ts]"])
ts = Ts()
def f(*args: *ts, **kw: int) -> None: pass
print(f.__annotations__)
