# lambda expressions: defaults, closures, immediate calls, as keys, conditional bodies.
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, b=2), (lambda x, y=10: x + y)(5))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)), list(map(lambda p: p[0] * p[1], [(2, 3), (4, 5)])))
print(list(filter(lambda n: n % 3 == 0, range(20))), (lambda n: 'even' if n % 2 == 0 else 'odd')(7))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), sq.__name__, (lambda: 0).__name__, callable(sq))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print([ops[o](6, 3) for o in '+-*'])
print((lambda x: (lambda y: x + y))(1)(2))
