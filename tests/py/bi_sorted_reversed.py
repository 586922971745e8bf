# sorted() of various iterables, reversed() of sequences and custom __reversed__.
print(sorted('hello'), sorted((3, 1, 2)), sorted({5: 'x', 1: 'y'}), sorted(range(5, 0, -1)), sorted([]))
print(sorted(['aa', 'B', 'c'], key=len, reverse=True), sorted([-3, 2, -1], key=abs))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
class R:
    def __reversed__(self):
        return iter(['custom', 'reverse'])
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 100
print(list(reversed(R())), list(reversed(Seq())))
for bad in [5, {1, 2}, iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    sorted([1, 2], key=5)
    print(sorted([1, 2], key=5))
except TypeError as e:
    print('TypeError:', e)
