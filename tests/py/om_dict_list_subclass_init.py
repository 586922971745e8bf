# dict/list subclass construction does not go through overridden __setitem__/append; explicit calls do.
class Loud(dict):
    def __setitem__(self, k, v):
        print('setitem', k)
        super().__setitem__(k, v)
d = Loud({'a': 1}, b=2)
d['c'] = 3
d.update(e=5)
print(d, type(d).__name__)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper(x=1)
u['y'] = 2
u.setdefault('z', 3)
print(u)
class Tracked(list):
    def append(self, x):
        print('append', x)
        super().append(x)
t = Tracked([1, 2])
t.append(3)
t.extend([4])
t += [5]
print(t, len(t), type(t[:2]).__name__)
class Defaults(dict):
    def __missing__(self, k):
        return k * 2
dd = Defaults(a=1)
print(dd['a'], dd['zz'], 'zz' in dd, dd.get('zz'))
