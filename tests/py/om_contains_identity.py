# Containment and equality use identity first: nan in lists, objects whose __eq__ is False, list.count/index/remove.
nan = float('nan')
class Never:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
n = Never()
items = [nan, n, 1]
print(nan in items, n in items, items.count(nan), items.count(n), items.index(n), float('nan') in items, Never() in items)
d = {n: 'found by identity'}
print(d[n], n == n, n in {n}, (n,) == (n,), [n] == [n], [nan] == [nan], nan == nan)
items.remove(n)
print(len(items), items[1:])
