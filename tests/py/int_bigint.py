# Arbitrary-precision integers: growth, printing, arithmetic identities.
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(2 ** 200)
print(-(3 ** 150))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a)
print(a * b)
print(b // a, b % a, divmod(b, a))
print(-b // a, -b % a, b // -a, b % -a)
print(a ** 3)
print((a * b) // b == a)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 9223372036854775807)
print((1 << 100) >> 99, (1 << 100) - 1)
print(len(str(7 ** 1000)), str(7 ** 1000)[:30], str(7 ** 1000)[-30:])
print(int('9' * 50) + 1)
fibs = [0, 1]
for _ in range(200):
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[-1])
print(10 ** 30 / 10 ** 10)
print(abs(-(10 ** 40)), -(-(10 ** 40)))
print(10 ** 40 > 10 ** 39, -10 ** 40 < 10 ** 39, 10 ** 40 == 10 ** 40)
