# yield from: delegation, return values, send/throw forwarding, iterables.
def inner():
    x = yield 'i1'
    print('inner got', x)
    yield 'i2'
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got result', r)
    yield from [10, 20]
    yield from range(2)
    yield from 'ab'
    return 'outer-result'
o = outer()
print(next(o))
print(o.send('sent-through'))
print(list(o))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), {4: 'x'}, 'yz')))
def catcher():
    try:
        yield 1
    except KeyError:
        yield 'inner handled KeyError'
def deleg():
    yield from catcher()
d = deleg()
next(d)
print(d.throw(KeyError))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def gen_ret():
    yield 1
    return [1, 2]
def take():
    v = yield from gen_ret()
    yield ('returned', v)
print(list(take()))
