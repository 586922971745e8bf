# __eq__/__ne__/__hash__ interplay, NotImplemented fallback, ordering comparisons.
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f'V({self.v})'
print(V(1) == V(1), V(1) != V(2), V(1) == 1, 1 == V(1), V(1) != 'x', len({V(1), V(1), V(2)}))
print(sorted([V(3), V(1), V(2)]), V(1) < V(2), V(2) > V(1), max([V(5), V(9)]))
try:
    V(1) <= V(2)
except TypeError as e:
    print('TypeError:', e)
class NoEq:
    pass
a = NoEq()
print(a == a, a == NoEq(), a != NoEq())
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None, EqOnly() == 5, EqOnly() != 5)
class Log:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f'{self.name}.__eq__({other.name})')
        return NotImplemented
print(Log('a') == Log('b'))
print(Log('c') != Log('d'))
