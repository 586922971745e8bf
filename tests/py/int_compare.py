# Comparisons between ints, floats, bools and big ints; equality across types.
print(1 < 2, 2 < 1, 1 <= 1, 1 == 1.0, 1 != 1.0, 1 == True, 0 == False)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > 1e308)
print(-10 ** 400 < float('-inf'), 10 ** 400 < float('inf'), 3 < float('nan'), 3 > float('nan'))
print(1 == 1 + 0j, 1 == 'a', 'a' != 1)
print(max(3, 3.0), min(3.0, 3), max(True, 1), sorted([3, 1.5, True, -2, 0]))
for op in ['<', '<=', '>', '>=']:
    try:
        eval('1 ' + op + ' "a"')
    except TypeError as e:
        print(op, 'TypeError:', e)
try:
    1 < None
except TypeError as e:
    print('TypeError:', e)
