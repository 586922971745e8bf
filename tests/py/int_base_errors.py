# Error messages of int() for malformed input.
cases = [('', 10), ('abc', 10), ('12a', 10), ('1 2', 10), ('8', 8), ('2', 2), ('0x', 16), ('1__0', 10),
         ('_1', 10), ('1_', 10), ('0b2', 0), ('012', 0), ('10', 1), ('10', 37), ('10', -1), ('4.5', 10)]
for s, b in cases:
    try:
        print(int(s, b))
    except ValueError as e:
        print(repr(s), b, 'ValueError:', e)
for v in [None, [], 1.5j]:
    try:
        int(v)
    except TypeError as e:
        print('TypeError:', e)
try:
    int(12, 10)
except TypeError as e:
    print('TypeError:', e)
for f in [float('inf'), float('-inf'), float('nan')]:
    try:
        int(f)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
