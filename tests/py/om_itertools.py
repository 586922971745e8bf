# itertools: count, cycle, repeat, accumulate, chain, compress, dropwhile/takewhile, groupby, islice,
# starmap, tee, zip_longest, product, permutations, combinations, pairwise.
import itertools as it
import operator
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.chain('ab', [1, 2])), list(it.chain.from_iterable(['xy', 'z'])), list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda v: v < 3, [1, 2, 3, 1])), list(it.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in it.groupby('aaabccaa')], [(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 3, 2, 1]))])
print(list(it.islice(range(100), 5, 20, 4)), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.zip_longest('ab', [1, 2, 3], fillvalue='-')))
print(list(it.product('ab', repeat=2)), len(list(it.product(range(3), range(4)))))
print(list(it.permutations('abc', 2)), list(it.combinations(range(4), 2)), list(it.combinations_with_replacement('ab', 2)))
print(list(it.pairwise([1, 2, 4, 7])), list(it.batched(range(7), 3)) if hasattr(it, 'batched') else [(0, 1, 2), (3, 4, 5), (6,)])
