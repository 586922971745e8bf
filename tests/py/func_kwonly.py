# Keyword-only parameters and their errors.
def f(a, *, b, c=3):
    return (a, b, c)
print(f(1, b=2), f(1, c=0, b=9))
def g(*args, sep='-'):
    return sep.join(map(str, args))
print(g(1, 2, 3), g(1, 2, sep='+'), g())
for call in ['f(1, 2)', 'f(1)', 'f(b=1)', 'f(1, b=2, d=4)', 'g(x=1)', 'f(1, b=2, b=3)' if False else 'f(1, 2, 3)']:
    try:
        eval(call)
    except TypeError as e:
        print(call, '->', e)
