# Slice assignment and deletion, including extended slices.
a = list(range(10))
a[2:5] = ['a', 'b']; print(a)
a[1:1] = [100, 200]; print(a)
a[:] = a[::-1]; print(a)
a[::2] = ['E'] * 6; print(a)
del a[::3]; print(a)
del a[1:3]; print(a)
a[len(a):] = [7, 8]; print(a)
a[-2:] = []; print(a)
a[0:2] = 'xyz'; print(a)
b = [1, 2, 3]
b[5:10] = [4]; print(b)
b[-100:1] = [0]; print(b)
c = [1, 2, 3, 4]
c[3:1] = [9]; print(c)
try:
    c[::2] = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
try:
    c[0:2] = 5
except TypeError as e:
    print('TypeError:', e)
d = list(range(6))
d[::-2] = 'abc'; print(d)
del d[:]; print(d)
