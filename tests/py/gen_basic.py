# Generators: laziness, state, exhaustion, infinite generators, iteration protocol.
def count_up(n):
    print('start')
    i = 0
    while i < n:
        print('yield', i)
        yield i
        i += 1
    print('end')
g = count_up(3)
print(type(g).__name__, 'created')
for v in g:
    print('got', v)
print(list(g), next(g, 'exhausted'))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
nat = naturals()
print([next(nat) for _ in range(5)], next(nat))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)
g2 = (c for c in 'ab')
print(next(g2), next(g2))
try:
    next(g2)
except StopIteration as e:
    print('StopIteration', e.value)
print(iter(g2) is g2, sum(x * x for x in range(10)), list(zip(naturals(), 'xyz')))
