# Nested f-strings, dynamic widths/precision, format of objects with __format__.
width, prec = 12, 3
val = 3.14159265
print(f'{val:{width}.{prec}f}|', f'{val:<{width}.{prec + 2}e}|', f'{"x":{"-"}^{width}}|')
print(f'{f"{val:.2f}":>10}|', f'{", ".join(f"{i:02d}" for i in range(4))}')
rows = [('apple', 1.5, 3), ('kiwi', 0.25, 12), ('watermelon', 4.0, 1)]
for name, price, qty in rows:
    print(f'{name:<12}{price:>8.2f}{qty:>5d}{price * qty:>10.2f}')
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return f'${self.v:{spec or ".2f"}}'
    def __str__(self):
        return 'Money'
    def __repr__(self):
        return 'Money(%r)' % self.v
m = Money(12.5)
print(f'{m}', f'{m:.0f}', f'{m!s}', f'{m!r}', format(m, '>8.1f'), '{:.3f}'.format(m))
