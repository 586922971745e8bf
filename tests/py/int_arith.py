# Integer arithmetic: + - * // % ** and unary operators on small ints.
vals = [0, 1, -1, 7, -7, 3, -3, 100, -100]
for a in vals:
    print(a, -a, +a, ~a, abs(a))
for a in [7, -7, 12, -12]:
    for b in [1, -1, 2, -2, 5, -5]:
        print(a, b, a + b, a - b, a * b, a // b, a % b)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 10 ** -2, type(2 ** -1).__name__)
x = 5
x += 3; print(x)
x -= 10; print(x)
x *= -4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
print(1 + 2 * 3 - 4, (1 + 2) * (3 - 4), 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
print(17 // 5 * 5 + 17 % 5)
