# Subclassing builtins: list, dict, int, str; which methods see overrides and which don't.
class LoudList(list):
    def append(self, x):
        print('append', x)
        super().append(x)
ll = LoudList([1])
ll.append(2)
ll.extend([3])
ll += [4]
print(ll, type(ll).__name__, type(ll + [5]).__name__, type(ll[:1]).__name__, len(ll))
class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
ud = UpperDict()
ud['a'] = 1
ud.update(b=2)
ud.setdefault('c', 3)
print(ud, UpperDict(x=1))
class Meters(int):
    def __repr__(self):
        return f'{int(self)}m'
    def __add__(self, o):
        return Meters(int(self) + int(o))
m = Meters(5)
print(m, repr(m + 3), repr(3 + m), type(m * 2).__name__, m == 5, hash(m) == hash(5))
class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip('/') + '/' + other)
p = Path('/usr') / 'local' / 'bin'
print(p, type(p).__name__, p.upper(), type(p.upper()).__name__, p.startswith('/usr'))
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
print(Stack().push(1).push(2).peek(), Stack([1, 2]) == [1, 2], isinstance(Stack(), list))
