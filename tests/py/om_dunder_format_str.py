# __format__, __str__, __repr__ interplay in print, str.format, f-strings, %-formatting and containers.
class Money:
    def __init__(self, cents, cur='EUR'):
        self.cents, self.cur = cents, cur
    def __str__(self):
        return f'{self.cents / 100:.2f} {self.cur}'
    def __repr__(self):
        return f'Money({self.cents}, {self.cur!r})'
    def __format__(self, spec):
        if spec == 'short':
            return f'{self.cents // 100}{self.cur[0]}'
        if spec:
            return format(str(self), spec)
        return str(self)
m = Money(123456)
print(m, [m], f'{m}', f'{m:short}', f'{m:>20}|', '{:*^24}'.format(m), '%s / %r' % (m, m), str(m), repr(m))
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
print(f'{OnlyRepr()}', format(OnlyRepr()), str(OnlyRepr()))
try:
    format(OnlyRepr(), 'x')
except TypeError as e:
    print('TypeError:', e)
