# Bitwise operators on positive, negative and big integers.
vals = [0, 1, 5, -5, 255, -256, 2 ** 70 + 12345, -(2 ** 70)]
for a in vals:
    for b in [3, -3, 2 ** 65]:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(a << 3, a >> 2, ~a, a.bit_length())
print(1 << 0, 1 << 64, -1 >> 100, -1 << 10, 5 >> 10)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
try:
    1 >> -3
except ValueError as e:
    print('ValueError', e)
print((255).bit_count(), (-255).bit_count(), (0).bit_count())
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
