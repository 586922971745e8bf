# round(): banker's rounding, ndigits, negative ndigits, ints and floats.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 0.125, 0.375, 1e20, 7.0]:
    print(v, round(v), round(v, 1), round(v, 2), type(round(v)).__name__, type(round(v, 0)).__name__)
for n in [1234, 1250, 1350, -1250, 15, 25, 10 ** 20 + 5]:
    print(n, round(n, -1), round(n, -2), round(n, 2), type(round(n, -1)).__name__)
print(round(123.456, -1), round(123.456, -2), round(-123.456, 1), round(1.23456789, 5))
for v in [float('inf'), float('nan')]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(v, 2))
print(round(5, None), round(2.5, None))
