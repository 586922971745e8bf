# map/filter/zip/enumerate with Python functions or generators are the built-in iterator types.

def show(it):
    r = repr(it)
    r = r[:r.index(' at 0x') + 6] + '...>'
    return type(it).__name__, r, iter(it) is it

def gen(n):
    yield from range(n)

sq = lambda x: x * x
m = map(sq, [1, 2, 3])
print(show(m), type(m) is map, isinstance(m, map), next(m), list(m), list(m))
print(show(map(sq, gen(3))), list(map(lambda a, b: a + b, [1, 2], gen(5))))
f = filter(lambda x: x % 2, gen(7))
print(show(f), type(f) is filter, next(f), [x for x in f])
print(show(filter(None, gen(3))), list(filter(None, [0, 1, '', 'a'])))
z = zip(gen(3), 'abc')
print(show(z), type(z) is zip, list(z))
e = enumerate(gen(3), start=10)
print(show(e), type(e) is enumerate, dict(e))
print(list(reversed((1, 2, 3))), list(reversed({1: 2, 3: 4})), list(reversed({1: 2}.items())))
try:
    list(zip(gen(2), gen(3), strict=True))
except ValueError as err:
    print('ValueError', err)
# consumers of the objects
print(sum(map(sq, gen(4))), sorted(map(sq, [3, 1, 2])), tuple(filter(bool, gen(3))), set(map(sq, [2, -2])))
print(max(map(sq, gen(5))), min(enumerate(gen(3)), key=lambda p: -p[1]), ','.join(map(str, gen(3))), any(map(sq, gen(2))))
def chain():
    yield from map(sq, gen(3))
print(list(chain()), [*map(sq, [5])], dict(zip(map(str, gen(2)), map(sq, gen(2)))))
class Boom(Exception): pass
def bad(x):
    if x == 2:
        raise Boom(x)
    return x
try:
    for v in map(bad, gen(4)):
        print('got', v)
except Boom as b:
    print('Boom', b)
