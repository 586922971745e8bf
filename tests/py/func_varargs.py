# *args and **kwargs collection, order, types.
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
def g(a, b=0, *rest, key=None, **extra):
    return f'a={a} b={b} rest={rest} key={key} extra={extra}'
print(g(1))
print(g(1, 2, 3, 4, key='k', z=26, y=25))
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3), total(*range(10)))
def show(**kw):
    for k, v in kw.items():
        print(' ', k, '=', v)
show(z=1, a=2, m=3)
print(type(f(1)[0]).__name__, type(f(a=1)[1]).__name__)
