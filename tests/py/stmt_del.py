# del of names, list items, slices, dict keys, attributes; errors afterwards.
a = 1
del a
try:
    a
except NameError as e:
    print('NameError:', e)
lst = list(range(8))
del lst[0]
del lst[-1]
del lst[1:3]
print(lst)
d = {'x': 1, 'y': 2}
del d['x']
print(d)
class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, 'attr'))
try:
    del o.attr
except AttributeError as e:
    print('AttributeError:', e)
p, q = 1, 2
del p, q
try:
    print(q)
except NameError as e:
    print('NameError:', e)
try:
    del undefined_name
except NameError as e:
    print('NameError:', e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
def f():
    v = 1
    del v
    return v
try:
    f()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
