# List comprehensions: filters, expressions, conditional expressions, nested loops.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([x if x % 2 else -x for x in range(8)])
print([(x, y) for x in range(3) for y in 'ab'])
print([c for word in ['hi', 'yo'] for c in word])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for n in range(2, 40) if all(n % d for d in range(2, n))])
print([s.strip().upper() for s in [' a ', 'b  ', '  c'] if s.strip()])
print([(i, v) for i, v in enumerate('xyz') if i != 1], [a + b for a, b in zip([1, 2], [10, 20])])
print([y for y in [x * 2 for x in range(5)] if y > 4], [[] for _ in range(2)])
