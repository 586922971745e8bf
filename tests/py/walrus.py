# Assignment expressions (:=) in if, while, comprehensions, and calls.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long list of', n)
it = iter(data)
while (v := next(it, None)) is not None:
    print('v', v, end=' ')
print()
print([y for x in data if (y := x * 2) > 6], y)
print((w := 5) + w, w)
def f(a):
    return a * 10
print([r for i in range(4) if (r := f(i)) % 20 == 0])
lines = ['a', '', 'b']
print([s for line in lines if (s := line.strip())])
print(max(data, key=lambda q: (k := -q, k)[1]))
