# Membership and iteration fall back to __getitem__ when a class has no __iter__/__contains__; __iter__ = None opts out.
class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i
s = Squares()
print(16 in s, 17 in s, list(s), [x for x in s if x % 2], sorted(s, reverse=True), max(s))
class Contains:
    def __contains__(self, x):
        print('contains', x)
        return x == 'yes'
    def __iter__(self):
        return iter(['never used for in'])
c = Contains()
print('yes' in c, 'no' not in c)
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
for expr in ['iter(NoIter())', 'list(NoIter())', '1 in 5']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
class KeyErrorStops:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    0 in KeyErrorStops()
except KeyError as e:
    print('KeyError propagates:', e)
class Mapping:
    def __init__(self):
        self.d = {'a': 1}
    def __getitem__(self, k):
        return self.d[k]
try:
    'a' in Mapping()
except KeyError as e:
    print('KeyError from index 0:', e)
