# global and nonlocal declarations, UnboundLocalError.
g = 1
def read_g():
    return g
def set_g():
    global g
    g = 2
def shadow():
    g = 3
    return g
print(read_g(), shadow(), g)
set_g()
print(g)
def make():
    a = 1
    def f():
        nonlocal a
        a += 1
        def h():
            nonlocal a
            a *= 10
        h()
        return a
    return f
f = make()
print(f(), f())
def broken():
    print(g)
    g = 5
try:
    broken()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def new_global():
    global created
    created = 'yes'
new_global()
print(created)
def broken2():
    x = 1
    def inner():
        print(x)
        x = 2
    inner()
try:
    broken2()
except NameError as e:
    print(type(e).__name__, e)
