# Bound and unbound methods: identity, equality, __self__/__func__, storing methods, methods of builtins.
class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
c1, c2 = C(1), C(2)
m1 = c1.get
print(m1(), C.get(c2), m1.__self__ is c1, m1.__func__ is C.get, c1.get == c1.get, c1.get == c2.get, c1.get is c1.get)
callbacks = [c.get for c in (c1, c2, C(3))]
print([f() for f in callbacks])
append = [].append
lst = append.__self__
append(5); append(6)
print(lst, type(append).__name__, append.__name__)
print(type(C.get).__name__, type(c1.get).__name__, str.upper('abc'), list(map(str.strip, [' a ', 'b '])))
c1.get = lambda: 'instance attribute shadows method'
print(c1.get(), C.get(c1))
