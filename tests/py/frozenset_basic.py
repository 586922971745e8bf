# frozenset: hashable, usable as dict key and set element, immutable.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 1 in f, frozenset(), hash(f) == hash(frozenset({1, 2, 3})))
d = {f: 'triple', frozenset(): 'empty'}
print(d[frozenset({2, 3, 1})], d[frozenset()])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & {1, 5}, f - {1})
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError:', e)
print(repr(frozenset({5})), frozenset('aab') == frozenset('ab'), f.issuperset({1}), f.copy() is f)
