# The __eq__/__hash__ contract in sets and dicts: equal objects collapse, mutable keys, hash caching.
class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Coord) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'C{self.x},{self.y}'
s = {Coord(1, 2), Coord(1, 2), Coord(2, 1)}
print(len(s), Coord(1, 2) in s, Coord(3, 3) in s)
d = {Coord(0, 0): 'origin'}
k = Coord(0, 0)
print(d[k], d.get(Coord(0, 1)), k in d)
k2 = next(iter(d))
k2.x = 99
print(Coord(0, 0) in d, Coord(99, 0) in d, len(d))
class Hashes:
    calls = 0
    def __hash__(self):
        Hashes.calls += 1
        return 1
h = Hashes()
dd = {h: 1}
dd[h]
h in dd
print(Hashes.calls)
class AlwaysEqual:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
a, b = AlwaysEqual(), AlwaysEqual()
print(a == b, [a].count(b), [1, 2, 3].index(AlwaysEqual()))
