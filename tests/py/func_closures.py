# Closures capture variables (not values); late binding; factories; cell sharing.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5, add10 = make_adder(5), make_adder(10)
print(add5(1), add10(1), add5.__closure__[0].cell_contents)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc(), get())
def outer():
    x = 'outer'
    def mid():
        def inner():
            return x
        return inner
    x = 'changed'
    return mid()()
print(outer())
def compose(*fs):
    def run(v):
        for f in reversed(fs):
            v = f(v)
        return v
    return run
print(compose(str, lambda v: v * 2, abs)(-21))
