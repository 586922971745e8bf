# abs, round, divmod, pow, hex/oct/bin, int/float/complex conversions, bool of numbers.
print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(-10 ** 30), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(10 ** 20, 7))
print(pow(3, 4), pow(3, -1), pow(3, 4, 5), pow(2.5, 2), pow(-1, 0.5) == complex(-1, 0) ** 0.5 if False else 'skip')
print(hex(0), hex(-1), hex(2 ** 70), oct(64), oct(-8), bin(0), bin(10), bin(-10), bin(2 ** 40))
print(int('ff', 16), int(' -0b101 ', 0), float('1e3'), complex('2-3j'), int(2.9), int(-2.9), round(2.567, 2))
class Num:
    def __index__(self):
        return 42
print(hex(Num()), bin(Num()), [0, 1, 2, 3][Num() // 42 if False else 1], range(Num())[-1], 'abc' * 0)
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
class A:
    def __abs__(self):
        return 'abs called'
    def __round__(self, n=None):
        return f'round {n}'
print(abs(A()), round(A()), round(A(), 3))
try:
    abs('x')
except TypeError as e:
    print('TypeError:', e)
