# keys/values/items views: dynamic, set operations on keys and items, reversed.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), 'a' in k, 2 in v, ('a', 1) in it, ('a', 2) in it)
d['d'] = 4
print(list(k), list(v), list(it))
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), k == {'a', 'b', 'c', 'd'})
print(sorted(it & {('a', 1), ('b', 5)}), list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
for key, val in d.items():
    print(key, val, end='; ')
print()
print(k.isdisjoint({'x'}), v == v, d.keys() == d.keys(), type(k).__name__, type(v).__name__, type(it).__name__)
print(d.keys().mapping if hasattr(d.keys(), 'mapping') else 'no mapping')
