# Division by zero with floats and ints raises ZeroDivisionError with exact messages.
cases = ['1.0 / 0', '1 / 0', '1.0 / 0.0', '0.0 / 0.0', '1 // 0.0', '1.0 % 0', '5 % 0', 'divmod(2.0, 0.0)',
         '0 ** -1', '0.0 ** -1', 'pow(0, -2)']
for c in cases:
    try:
        print(c, eval(c))
    except ZeroDivisionError as e:
        print(c, '->', e)
print(1e-320 / 1e300, 0.0 / 1, -0.0 / 5)
x = 3
print(x / 1.5)
print(1 / (x - 3))
