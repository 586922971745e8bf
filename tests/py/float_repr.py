# repr/str of floats: shortest round-tripping digits, exponent switch-over.
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 1.5e300, 5e-324, 1.7976931348623157e308, 2.0 ** 60, 100.0, 3.14159,
        1e22, 1e21, 9999999999999998.0, 0.3, 2.675, 1.1 * 1.1, 1e-7, 12345.678]
for v in vals:
    print(repr(v), str(v), v)
print([0.1, 1e100, -2.5], (1.0,), {1.5: 2.5})
print(float('1.10'), float('  -3.5e2 '), float('1_000.5'), float('.5'), float('5.'), float('-.0'))
print(float(7), float(True), float('infinity'), float('-Inf'), float('nan'), float('+nan'))
print(0.1.hex(), float.fromhex('0x1.8p1'), (2.5).as_integer_ratio(), (0.75).is_integer(), (3.0).is_integer())
