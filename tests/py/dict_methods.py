# dict methods: get/setdefault/pop/popitem/update/copy/clear/fromkeys.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('d', 4), d)
print(d.pop('b'), d.pop('zz', 'dflt'), d)
print(d.popitem(), d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d)
e = d.copy()
e['x'] = 100
print(d, e)
print(dict.fromkeys(['p', 'q']), dict.fromkeys('ab', 0))
e.clear()
print(e)
try:
    {}.popitem()
except KeyError as err:
    print('KeyError:', err)
try:
    d.pop('nothere')
except KeyError as err:
    print('KeyError:', err)
try:
    d.update(5)
except TypeError as err:
    print('TypeError:', err)
try:
    dict([(1, 2, 3)])
except ValueError as err:
    print('ValueError:', err)
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
