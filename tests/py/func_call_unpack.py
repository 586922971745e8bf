# Argument unpacking in calls: *iterables, **mappings, multiple unpackings, errors.
def f(a, b, c, d=0):
    return a * 1000 + b * 100 + c * 10 + d
print(f(*[1, 2, 3]), f(*(1, 2), 3), f(1, *[2], *[3, 4]), f(**{'a': 1, 'b': 2, 'c': 3}), f(1, **{'c': 3, 'b': 2}))
print(f(*range(4)), f(*'123' and [1, 2, 3]), f(*[1], **{'b': 2, 'c': 3, 'd': 4}))
args = iter([5, 6, 7])
print(f(*args))
print(*[1, 2, 3], sep=', ')
print(*'abc', *range(2))
print(max(*[3, 9, 2]), list(zip(*[[1, 2], [3, 4], [5, 6]])))
for call in ['f(*[1, 2])', 'f(**{"a": 1, "z": 2})', 'f(*5)', 'f(**[1])', 'f(1, a=1, b=2, c=3)']:
    try:
        eval(call)
    except TypeError as e:
        print(call, '->', e)
