# find/rfind/index/rindex/count/startswith/endswith/in.
s = 'the quick brown fox jumps over the lazy dog'
for sub in ['the', 'o', 'xyz', '', 'dog', 'T']:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s, s.startswith(sub), s.endswith(sub))
print(s.find('o', 15), s.find('o', 15, 20), s.rfind('o', 0, 20), s.count('o', 10, -5), s.find('the', -5))
print(s.index('quick'), s.rindex('o'), s.startswith(('a', 'th')), s.endswith(('cat', 'dog')), s.startswith('quick', 4))
try:
    s.index('cat')
except ValueError as e:
    print('ValueError:', e)
try:
    s.rindex('cat')
except ValueError as e:
    print('ValueError:', e)
try:
    s.startswith(['the'])
except TypeError as e:
    print('TypeError:', e)
print('aaaa'.count('aa'), 'aaaa'.find('aa', 1), ''.count(''), 'abc'.count(''), 'abc'.find('', 10))
print('abc'.removeprefix('ab'), 'abc'.removesuffix('bc'), 'abc'.removeprefix('x'))
