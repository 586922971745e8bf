# range with arbitrary-precision bounds: len overflow, indexing, slicing, membership, reversal, equality and hash.
big = range(1 << 64)
try:
    len(big)
except OverflowError as e:
    print('OverflowError:', e)
print(big[-1], big[1 << 63], big[::1 << 62], big[5:10], bool(big), bool(range(1 << 70, 0)))
print((1 << 64) - 1 in big, 1 << 64 in big, -1 in big, big.index(12345678901234567890), big.count(7), big.count(-7))
r = range(10 ** 20, 10 ** 20 + 12, 5)
print(r, list(r), len(r), r[1], r[-1], r[::-1], list(reversed(r)))
print(range(-(1 << 65), 0, 1 << 63), len(range(-(1 << 65), 0, 1 << 63)), list(range(-(1 << 65), 0, 1 << 63)))
print(range(0, 1 << 64, 2) == range(0, (1 << 64) - 1, 2), hash(range(1 << 64)) == hash(range(0, 1 << 64)), range(1 << 64).start, range(1 << 64).stop, range(1 << 64).step)
print(range(3, 1 << 80)[2 ** 70], range(1 << 80)[-(1 << 79)], type(iter(big)).__name__, type(iter(range(3))).__name__)
try:
    big[1 << 64]
except IndexError as e:
    print('IndexError:', e)
class Idx:
    def __index__(self):
        return 1 << 65
print(range(Idx()).stop == 1 << 65, range(Idx())[Idx() if False else 3], 2.0 in range(5), range(5).index(True))
