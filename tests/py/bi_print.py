# print(): sep, end, file=sys.stderr, flush, no args, objects with __str__.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=' -> ', end='!\n')
print(1, 2.5, None, True, [1], (2,), {'k': 3}, sep='|')
print('no newline', end='')
print(' continued')
print('to stderr', 42, file=sys.stderr)
print('flushed', flush=True)
print(*range(5), sep=', ', end='.\n')
print('x', sep=None, end=None)
class S:
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
print(S(), [S()], str(S()), repr(S()))
print('', end='')
print('tab\tsep', 'nl\nsep')
sys.stdout.write('written directly\n')
print(sys.stdout.write('abc'))
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', file=5)
except AttributeError as e:
    print('AttributeError:', e)
