# float methods and conversions: is_integer, hex, as_integer_ratio, trunc/floor/ceil.
import math
for v in [2.5, -2.5, 0.1, 3.0, -7.75, 1e10]:
    print(v, v.is_integer(), v.hex(), v.as_integer_ratio(), math.trunc(v), math.floor(v), math.ceil(v), int(v))
print(float.fromhex('0x1p-2'), float.fromhex('-0x1.fp3'), float.fromhex('inf'))
print((2.5).real, (2.5).imag, (2.5).conjugate(), float.__name__)
for s in ['abc', '1.2.3', '', '1e', '--1']:
    try:
        float(s)
    except ValueError as e:
        print('ValueError:', e)
try:
    float([1])
except TypeError as e:
    print('TypeError:', e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print('ValueError:', e)
