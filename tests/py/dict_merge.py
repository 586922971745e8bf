# dict | and |= merge operators, ** unpacking in literals, precedence of later keys.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a)
c = dict(a)
c |= b
print(c)
c |= [('w', 0)]
print(c)
print({**a, **b}, {**b, 'x': 'override', **{'q': 9}}, {'x': 0, **a})
try:
    a | [('k', 1)]
except TypeError as e:
    print('TypeError:', e)
def f(**kw):
    return kw
print(f(**a, w=5), f(**{'a': 1}, **{'b': 2}))
try:
    f(**a, **{'x': 3})
except TypeError as e:
    print('TypeError:', e)
