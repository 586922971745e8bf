# staticmethod: no implicit first argument, callable via class and instance, plain functions as class attributes.
class MathUtil:
    @staticmethod
    def clamp(v, lo, hi):
        return max(lo, min(hi, v))
    @staticmethod
    def mean(*xs):
        return sum(xs) / len(xs) if xs else 0
    def uses_static(self, v):
        return self.clamp(v, 0, 10)
print(MathUtil.clamp(15, 0, 10), MathUtil().clamp(-3, 0, 10), MathUtil.mean(1, 2, 3, 4), MathUtil().uses_static(99))
def plain(*args):
    return args
class Holder:
    as_method = plain
    as_static = staticmethod(plain)
h = Holder()
print(len(h.as_method()), h.as_static(), Holder.as_method(1), Holder.as_static(2))
print(type(Holder.__dict__['as_static']).__name__, Holder.__dict__['as_static'].__func__ is plain, callable(Holder.__dict__['as_static']))
