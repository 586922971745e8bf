# Rich comparisons: reflection order, NotImplemented, functools.total_ordering, sorting custom objects.
import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))
vs = [Version(s) for s in ['1.10.0', '1.2', '1.2.0', '0.9.9', '1.10']]
print(sorted(vs), max(vs), Version('1.2') <= Version('1.2'), Version('2') > Version('1.99'), Version('1') >= Version('1.0'))
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print(f'{self.n}.__lt__({o.n})')
        return NotImplemented
    def __gt__(self, o):
        print(f'{self.n}.__gt__({o.n})')
        return NotImplemented
try:
    Loud(1) < Loud(2)
except TypeError as e:
    print('TypeError:', e)
class Sub(Loud):
    def __gt__(self, o):
        print(f'Sub {self.n}.__gt__({o.n})')
        return True
print(Loud(1) < Sub(2))
