# pow() with a modulus, negative exponents with a modulus (inverse).
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(7, -1, 13), pow(2, -3, 11), (pow(7, -1, 13) * 7) % 13)
print(pow(12345678901234567890, 98765, 10 ** 9 + 7))
print(pow(0, 0, 5), pow(5, 0, 1), pow(5, 3, 1))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 0.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(2, -2), pow(-8, 1 / 3) if False else 'skip', pow(4, 0.5))
print(2 ** 0.5, 10 ** 2.0, (-1) ** 0.5)
