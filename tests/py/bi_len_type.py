# len() of every container, type() and type names, isinstance with tuples.
for obj in ['abc', b'ab', [1, 2], (1,), {1: 2}, {1, 2, 3}, frozenset(), range(10), bytearray(4), '', {}.keys()]:
    print(type(obj).__name__, len(obj))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in [5, None, 3.5, iter([])]:
    try:
        len(bad)
    except TypeError as e:
        print('TypeError:', e)
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print('ValueError:', e)
print(type(1), type('s'), type(None), type(type), type(len), type([].append), type(int.__add__))
print(type(1) is int, type(True) is bool, type(1.0).__name__, type(1j).__name__, type(print).__name__)
print(isinstance(1, (str, int)), isinstance('x', (int, float)), isinstance([], list), isinstance(None, type(None)))
T = type('Dyn', (object,), {'val': 5, 'get': lambda self: self.val * 2})
print(T.__name__, T().get(), T.val)
