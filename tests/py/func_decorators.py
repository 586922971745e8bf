# Decorators written as plain functions: wrappers, arguments, stacking, class decorators.
def trace(f):
    def wrapper(*args, **kwargs):
        print('call', f.__name__, args, kwargs)
        r = f(*args, **kwargs)
        print('ret', r)
        return r
    wrapper.__name__ = f.__name__
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__)
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hello(x):
    return 'hi ' + x
print(hello('you'))
def bold(f):
    return lambda: '<b>' + f() + '</b>'
def italic(f):
    return lambda: '<i>' + f() + '</i>'
@bold
@italic
def text():
    return 'txt'
print(text())
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A:
    pass
@register
class B:
    pass
print(registry)
def count_calls(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@count_calls
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
