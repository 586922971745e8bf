# Augmented assignment on every operator; in-place mutation vs rebinding; targets evaluated once.
for op in ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=']:
    ns = {'y': 13}
    exec(f'y {op} 3', ns)
    print(op, ns['y'])
a = [1]
b = a
a += [2]
print(a is b, a, b)
t = (1,)
u = t
t += (2,)
print(t is u, t, u)
s = 'ab'
s *= 3
print(s)
calls = []
def idx():
    calls.append('idx')
    return 0
lst = [5]
lst[idx()] += 10
print(lst, calls)
d = {'k': [1]}
d['k'] += [2]
d.setdefault('n', 0)
d['n'] += 1
print(d)
class Box:
    def __init__(self):
        self.v = 1
bx = Box()
bx.v <<= 4
print(bx.v)
try:
    undefined_var += 1
except NameError as e:
    print('NameError:', e)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print('TypeError:', e, tup)
