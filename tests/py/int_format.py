# format() and f-string specs for integers.
n = 1234567
specs = ['', 'd', '10d', '<10d', '^10d', '>10d', '010d', '+d', ' d', ',', '_', 'x', 'X', '#x', '#X', 'o', '#o',
         'b', '#b', '_b', '_x', 'c', 'e', '.2f', '%', 'n', '*^15,', '=+12', '#010x']
for s in specs:
    v = 65 if s == 'c' else n
    print(repr(s), repr(format(v, s)), repr(format(-v, s)) if s != 'c' else '')
print(f'{n:,}', f'{-n:_}', f'{n:>{12}}', f'{n:{"^"}{15}}', f'{0:#x}', f'{0:+}')
try:
    format(5, '.2s')
except ValueError as e:
    print('ValueError:', e)
try:
    format(5, ',x')
except ValueError as e:
    print('ValueError:', e)
