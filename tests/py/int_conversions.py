# int() from strings, floats and other types; str/repr of ints.
for s in ['42', '-17', '  +8  ', '0', '-0', '1_000_000', '0x1f', '007']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for s, base in [('ff', 16), ('0xff', 16), ('0xff', 0), ('0o17', 0), ('0b101', 0), ('z', 36),
                ('ZZ', 36), ('777', 8), ('-101', 2), ('1_0', 0), ('10', 0)]:
    print(s, base, int(s, base))
for f in [3.9, -3.9, 0.5, -0.5, 1e20, 2.0 ** 80, -0.0]:
    print(f, int(f))
print(int(True), int(False), int(), int('  12\n'))
print(str(-0), repr(10 ** 20), hex(255), oct(8), bin(5), hex(-255), bin(-5))
print(int('١٢٣'), int('１２'))
print(float(10 ** 20), float(-3), 2 ** 53 + 1 == float(2 ** 53 + 1))
