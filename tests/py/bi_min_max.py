# min/max: iterables, several args, key, default, errors.
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max('hello'), min((5,)), max([1.5, 2, -1]))
print(max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'banana'], key=len), max([(1, 'b'), (1, 'a')]))
print(min([], default='empty'), max([], default=None), max([3], default=0), min('bca', key=lambda c: -ord(c)))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, 'first'), (1, 'second')], key=lambda t: t[0]))
print(min([(2, 'a'), (1, 'z'), (1, 'y')]), max(range(10), key=lambda n: n % 4))
for bad in ['max()', 'min(1)', 'max([1, "a"])', 'max(1, 2, default=0)']:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(bad, '->', type(e).__name__, e)
