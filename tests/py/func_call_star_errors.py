# Calls with * and **: which errors name the function, duplicate keywords, non-string keys.
def f(*a, **k):
    return a, k
class C:
    def m(self, **k):
        pass
for s in ['f(*5)', 'f(1, *5)', 'f(*[1], *5)', '[*5]', 'f(**[1])', 'f(a=1, **[1])', 'f(**{}, **[1])', '{**[1]}', 'print(*5)', 'len(**[1])', 'f(**{1:2})', 'f(a=1, **{"a": 2})', 'f(**{"a": 1}, **{"a": 2})', 'C().m(**None)', 'f(*(1,2), **{"x": 3})', 'f(*range(3))', 'f(*iter([1]))', 'f(*"ab", *b"c", **dict(z=1))']:
    try:
        print(s, eval(s))
    except TypeError as e:
        print(s, '->', e)
def posonly(a, b, /, c):
    return a, b, c
for s in ['posonly(a=1, b=2, c=3)', 'posonly(1, b=2, c=3)', 'posonly(b=1, a=2, c=3)']:
    try:
        print(s, eval(s))
    except TypeError as e:
        print(s, '->', e)
