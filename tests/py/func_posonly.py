# Positional-only parameters (/), mixing with keyword-only, name reuse in **kwargs.
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2), g(0))
def h(a, b=2, /, c=3):
    return a, b, c
print(h(1), h(1, 5), h(1, c=9))
for call in ['f(a=1, b=2, c=3, d=4)', 'f(1, b=2, c=3, d=4)', 'h()', 'h(1, 2, 3, 4)']:
    try:
        eval(call)
    except TypeError as e:
        print(call, '->', e)
print(divmod(7, 2), pow(2, 5), len('abc'))
try:
    len(obj='abc')
except TypeError as e:
    print('TypeError:', e)
