# bool: arithmetic, truthiness, and/or short-circuit results, repr.
print(True, False, True + True, True * 10, -True, ~True, True / 2, True // 2, int(True), str(False))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool(' '), bool([]), bool([0]), bool({}), bool(None), bool(()))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'x', [] and [1], None or 0, not 0, not 'a')
def side(x):
    print('side', x)
    return x
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(2) and side(0) and side(3))
print(True is True, True == 1, True is not False, isinstance(False, int), issubclass(bool, int))
print(repr(True), f'{True}', f'{True:d}', f'{False:>6}', format(True, '^7'), '%d %s %r' % (True, True, False))
print(sum([True, True, False]), max(False, True), sorted([True, False, True]))
class Empty:
    pass
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
print(bool(Empty()), bool(Falsy()), bool(Sized()), not Sized())
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print('TypeError', e)
