# itertools combinatorics used in small puzzles: product grids, permutations with constraints, combinations sums.
from itertools import product, permutations, combinations, combinations_with_replacement, count, islice
grid = [(r, c) for r, c in product(range(3), repeat=2) if r != c]
print(grid)
words = [''.join(p) for p in permutations('abc')]
print(words, len(list(permutations(range(5), 3))))
target = 10
print([c for c in combinations([1, 2, 3, 4, 5, 6, 7], 3) if sum(c) == target])
print(len(list(combinations_with_replacement(range(4), 3))), list(combinations('abcd', 0)), list(permutations([], 0)))
sols = [(a, b, c) for a, b, c in product(range(1, 20), repeat=3) if a < b < c and a * a + b * b == c * c]
print(sols)
print(list(islice(((n, n * n) for n in count(1) if n % 3 == 0), 4)))
coins = [1, 2, 5]
ways = sum(1 for k in range(0, 11) for combo in combinations_with_replacement(coins, k) if sum(combo) == 10)
print(ways)
