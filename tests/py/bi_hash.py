# hash() of ints, floats, bools, tuples, frozensets of ints and None-free values; unhashables.
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, 1.0, 1.5, -0.5, 0.0, True, False, 1e300]:
    print(repr(v), hash(v))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()), hash((1,)) == hash((1.0,)))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash(((1, 2), 3)), hash((-1,)))
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash(frozenset()))
for bad in [[1], {1: 2}, {1}, bytearray(b'x')]:
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError:', e)
class H:
    def __hash__(self):
        return 12345
class NoHash:
    def __eq__(self, other):
        return True
print(hash(H()), NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError:', e)
print(len({1, 1.0, True}), {1: 'a', 1.0: 'b'})
