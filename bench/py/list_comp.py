# List comprehensions: nested, filtered, building and summing lists of ints and tuples.
total = 0
for rep in range(120):
    squares = [i * i for i in range(50_000)]
    evens = [s for s in squares if s % 2 == 0]
    pairs = [(i, j) for i in range(100) for j in range(i, 100, 7)]
    total += sum(evens) % 1_000_003 + len(pairs) + sum(i * j for i, j in pairs) % 997 + rep
print('list_comp', total)
