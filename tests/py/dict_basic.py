# dict: insertion order, overwrite keeps position, deletion, equality, repr.
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, len(d), d['a'], 'a' in d, 'z' not in d, list(d))
del d['b']
d['b'] = 20
print(d)
print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=1), dict(zip('ab', [1, 2])), dict())
print({1: 'int', 1.0: 'float', True: 'bool'}, {(1, 2): 'tuple', None: 'none', 'x': [1]})
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {} == {}, {1: 2} != {1: 3})
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e, repr(e))
try:
    d[[1]] = 2
except TypeError as e:
    print('TypeError:', e)
try:
    del d['nope']
except KeyError as e:
    print('KeyError:', e)
r = {}
r['self'] = r
print(r)
n = {i: i * i for i in range(10)}
for k in list(n):
    if k % 3:
        del n[k]
print(n)
try:
    for k in n:
        n[k + 100] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
