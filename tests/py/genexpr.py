# Generator expressions: laziness, single pass, scoping of the first iterable, in calls.
calls = []
def src():
    for i in range(5):
        calls.append(i)
        yield i
ge = (x * 2 for x in src())
print(calls, next(ge), calls)
print(list(ge), list(ge), calls)
print(sum(x for x in range(100) if x % 7 == 0), max(len(w) for w in ['a', 'abc', 'ab']))
print(list((i, j) for i in range(3) for j in range(i)))
print(' '.join(str(n) for n in range(5)), any(x > 3 for x in [1, 5]), all(x for x in []))
n = 10
g = (i for i in range(n))
n = 3
print(list(g))
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    (x for x in 5)
except TypeError as e:
    print('TypeError:', e)
print(type(x for x in []).__name__)
