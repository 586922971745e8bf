# int methods and attributes.
n = 1000
print(n.bit_length(), n.to_bytes(2, 'big'), n.to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xfe', 'big', signed=True))
print((42).real, (42).imag, (42).numerator, (42).denominator, (42).conjugate())
print((10).as_integer_ratio(), (-7).__abs__(), (5).__neg__(), (3).__add__(4), (3).__radd__(4))
print(int.__name__, type(5) is int, isinstance(True, int))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError:', e)
print((7).__floordiv__(2), (7).__mod__(2), (7).__pow__(2), (7).__lt__(8), (7).__eq__('7'))
print(int.__add__(1, 2), (5).__index__(), (5).__int__(), (5).__float__(), (5).__bool__(), (0).__bool__())
