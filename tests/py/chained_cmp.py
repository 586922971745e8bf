# Chained comparisons evaluate middle operands once and short-circuit.
def v(x):
    print('eval', x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 0, 1 == 1.0 == True, 1 < 2 < 2, 'a' < 'b' <= 'b' != 'c', 3 > 2 == 2 > 1)
x = 5
print(0 <= x < 10, 0 < x < 5, x in [5] in [[5]], x is not None is not x)
print([i for i in range(10) if 2 < i <= 6], 1 < 2 < 3 < 4 < 5 < 4)
