# Class bodies: execution order, names visible in methods only via self/cls, __qualname__, nested classes.
print('before class')
class Outer:
    print('executing class body')
    a = 1
    b = a + 1
    class Inner:
        print('executing nested class body')
        def method(self):
            return type(self).__qualname__
    def uses_attr(self):
        try:
            return a
        except NameError as e:
            return 'NameError: ' + str(e)
    def via_self(self):
        return self.b
    items = [1, 2]
    del a
print('after class')
o = Outer()
print(o.uses_attr(), o.via_self(), Outer.Inner().method(), Outer.Inner.__qualname__, hasattr(Outer, 'a'))
print(sorted(k for k in Outer.__dict__ if not k.startswith('__')), Outer.__dict__['b'])
def factory(n):
    class Local:
        size = n
        def __repr__(self):
            return f'Local(size={self.size})'
    return Local
A, B = factory(1), factory(2)
print(A(), B(), A is B, A.__qualname__, A.__name__)
