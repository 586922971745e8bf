import re
print(re.match(r'(\w+) (\w+)', 'hello world foo'))
m = re.search(r'(?P<first>\d+)-(?P<second>\d+)', 'tel 123-456 x')
print(m, m.group(1), m['second'], m.groups(), m.groupdict(), m.span(2), m.lastindex, m.lastgroup)
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2'), re.findall(r'|a', 'a'))
print(re.sub('x*', '-', 'abxd'), re.sub(r'(\w+)@(\w+)', r'\2 at \g<1>', 'joe@home, ann@work'))
print(re.sub(r'\d', lambda m: str(int(m.group())*2), 'a1b2c3'), re.subn('a', 'b', 'aaa', 2))
print(re.split(r'[,;]\s*', 'a, b;c'), re.split(r'(,)', 'a,b,c'), re.split(r'\b', 'ab cd'))
print(re.compile(r'ab', re.I|re.M), re.I|re.S, re.compile('x').flags, re.compile(b'x').flags)
print(re.fullmatch(r'a+', 'aaa'), re.fullmatch(r'a+', 'aab'), re.match('a', 'ba'))
print(re.escape('a.b*c'), re.findall(rb'\w+', b'ab cd'), re.match(r'(?i)HELLO', 'hello'))
print([m.span() for m in re.finditer(r'\w+', 'ab cd ef')])
print(re.search(r'(a)(b)?', 'ac').groups(), re.search(r'((a)b)', 'ab').lastindex)
print(re.match(r'(?P<x>a)(?P=x)', 'aa'), re.match(r'(a)\1', 'aa'), re.search(r'(?<=a)b', 'ab'))
print(re.compile(r'''
   \d+   # digits
   [ ]x  # space x
''', re.X).match('12 x'))
for bad in [r'(', r'a)', r'*a', r'[a', r'\q', r'a**', r'(?P<1>a)', r'(?P=n)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e, e.pos)
print(re.match(r'(\d+)\.(\d+)', '3.14').expand(r'\2.\1'))
print(re.sub(r'^', '>', 'a\nb', flags=re.M), re.findall(r'^\w', 'a\nb\nc', re.M))
print(re.match(r'\w+', 'héllo'), re.match(r'\w+', 'héllo', re.A))
print(re.search(r'a{2,3}', 'caaaat'), re.search(r'a{,2}b', 'aaab'), re.search('x{', 'x{'))
p = re.compile(r'(?P<word>\w+)\s(?P<num>\d+)?')
m = p.search('..abc 42..')
print(m.start('word'), m.end('num'), m.regs, m.pos, m.endpos, m.re is p, m.string)
print(p.groups, p.groupindex, p.pattern)
print(p.search('abc 42', 1, 4), p.match('abc 42', 2), p.findall('a 1 b 2'))
print(re.sub(r'(?P<a>\w)', r'[\g<a>]', 'xy'), re.sub('a', r'\n', 'bab') == 'b\nb')
print(re.compile(r'\d', re.A | re.I), repr(re.compile(r'\d', re.A | re.I).flags))
print(re.match(r'(?:(a)|b)+', 'ab').groups(), re.match(r'(a|b)*', 'abba').group(1))
print(re.search(r'\bfoo\b', 'a foo b'), re.search(r'\Bo', 'foo'), re.search(r'a\Z', 'ba'))
print(re.split(r'x*', 'axbc'), re.sub(r'(?<!\d)(\d)(?!\d)', r'0\1', '1 22 3'))
try:
    re.sub(r'(a)', r'\2', 'a')
except re.error as e:
    print('error:', e)
try:
    m.group(5)
except IndexError as e:
    print('IndexError:', e)
try:
    re.compile(r'(?P<n>a)(?P<n>b)')
except re.error as e:
    err = e
# An uncaught re.error: the traceback shows only this file's frame.
raise re.error(err.msg, err.pattern, err.pos) from None
