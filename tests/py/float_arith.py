# Float arithmetic, mixed int/float, precision artefacts.
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(1.5 + 2, 2 - 0.5, 3 * 0.1, 7 / 2.0, 7.0 // 2, 7.0 % 2, -7.0 % 2, 2.0 ** 10, 2 ** 0.5)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
print(1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, round(x, 10))
print(3.0 * 1.1, 100 * 1.1, 0.1 * 3, 1.1 + 2.2)
print(-0.0, 0.0 * -1, -0.0 + 0.0, -0.0 == 0.0, 1 / 3 * 3)
print(10 / 4, 10 // 4.0, -10 // 4.0, divmod(-10.5, 3))
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError:', e)
try:
    (-8.0) ** (1 / 3)
except ValueError as e:
    print('ValueError', e)
print((-8.0) ** 2, (-8) ** 0.5)
