# split/rsplit/splitlines/partition/join.
for s in ['a,b,,c', '  lots   of  space  ', '', 'one', 'a\tb\nc  d', ',,']:
    print(repr(s), s.split(), s.split(','), s.split(',', 1), s.rsplit(',', 1), s.split(None, 1), s.rsplit(None, 1))
text = 'line1\nline2\r\nline3\rline4\n\nend'
print(text.splitlines(), text.splitlines(True), ''.splitlines(), 'x\n'.splitlines(), 'a\x0bb\x1cc\u2028d'.splitlines())
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='), 'novalue'.partition('='), 'novalue'.rpartition('='))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), ' '.join(str(i) for i in range(5)))
try:
    '-'.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
print('a b c'.split(' ', 0), 'a b c'.split(maxsplit=1), 'a  b'.split(' '))
