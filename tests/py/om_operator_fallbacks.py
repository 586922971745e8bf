# In-place operator fallback to the binary operator, __ne__ default from __eq__, __rop__ when __op__ is missing.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('__add__')
        return Num(self.v + o)
    def __eq__(self, o):
        print('__eq__')
        return isinstance(o, Num) and self.v == o.v
    def __repr__(self):
        return f'Num({self.v})'
n = Num(1)
before = n
n += 5
print(n, n is before)
print(Num(1) != Num(1))
print(Num(1) != Num(2))
class OnlyRight:
    def __rmul__(self, o):
        return f'rmul by {o!r}'
print(3 * OnlyRight(), 'ab' * OnlyRight(), [0] * OnlyRight())
try:
    OnlyRight() * 3
except TypeError as e:
    print('TypeError:', e)
class Neither:
    pass
for expr in ['Neither() + 1', '1 + Neither()', 'Neither() < Neither()', '-Neither()', 'Neither() @ 1', 'abs(Neither())']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
