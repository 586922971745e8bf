# float.hex / float.fromhex round trips, as_integer_ratio, number dunders.
for v in [0.0, -0.0, 1.0, 0.5, 1e-310, 5e-324, 1.7976931348623157e308, 3.141592653589793, -123.456]:
    h = v.hex()
    print(h, float.fromhex(h) == v, v.as_integer_ratio())
for s in ['0x1p0', '0X1.8P+1', '-0x.8p-1', '  0x10  ', '1e', 'inf', '-Infinity', 'nan', '0x1.fffffffffffff8p1023', 'ff', '0x1p-1075', '0x1p-1074']:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__ + ':', e)
for bad in [float('inf'), float('nan')]:
    try:
        bad.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print((2.5).__trunc__(), (-2.5).__floor__(), (2.1).__ceil__(), (2.675).__round__(2), (7.0).__divmod__(2), (7).__rdivmod__(23))
print((3).__float__(), (3.9).__int__(), (5).__trunc__(), (5).__round__(-1), float.fromhex.__name__, (1.5).conjugate(), (1.5).imag)
