# Set and dict comprehensions, with small-int sets printed in a deterministic order.
print({x % 4 for x in range(10)}, {x * x for x in range(-3, 4)})
print(sorted({w[0] for w in ['apple', 'avocado', 'banana']}), {n: n ** 3 for n in range(4)})
pairs = [('a', 1), ('b', 2), ('a', 3)]
print({k: v for k, v in pairs}, {v: k for k, v in pairs})
print({i: [j for j in range(i)] for i in range(4)}, len({(i, j) for i in range(3) for j in range(3)}))
print({len(s) for s in ['a', 'bb', 'cc', 'ddd']}, {x for x in [] if x})
