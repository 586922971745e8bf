# Mapping protocol for ** unpacking and dict(): keys() + __getitem__; sequence protocol for * unpacking.
class Env:
    def __init__(self, **kw):
        self._d = kw
    def keys(self):
        print('  keys() called')
        return self._d.keys()
    def __getitem__(self, k):
        return self._d[k].upper()
e = Env(host='localhost', user='root')
def connect(host, user):
    return f'{user}@{host}'
print(connect(**e))
print(dict(e), {**e, 'port': 22})
class Triple:
    def __iter__(self):
        yield from (1, 2, 3)
print(*Triple(), [*Triple(), 4], max(*Triple()))
a, *b = Triple()
print(a, b)
class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
try:
    connect(**BadKeys())
except TypeError as err:
    print('TypeError:', err)
