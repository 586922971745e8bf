# Floor division and modulo follow the sign of the divisor (floor semantics).
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (1, 10), (-1, 10),
         (10 ** 20 + 3, 7), (-(10 ** 20 + 3), 7), (10 ** 20 + 3, -7)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, q, r, q * b + r == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (5, 0.5)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5)
for expr in ['1 // 0', '1 % 0', 'divmod(1, 0)', '1.0 // 0', '1 % 0.0', 'divmod(1.5, 0)']:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, '->', type(e).__name__, e)
