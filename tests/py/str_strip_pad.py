# strip family, padding, centering, zfill, expandtabs.
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')))
for w in [0, 5, 11, 12, 15]:
    print(repr('hello'.center(w)), repr('hello'.ljust(w, '*')), repr('hello'.rjust(w, '-')), repr('hi'.center(w, '.')))
for s in ['42', '-42', '+3.5', 'abc', '', '-']:
    print(repr(s.zfill(6)))
print(repr('a\tbc\tdef\tg'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('\t\n\tx'.expandtabs(2)))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
