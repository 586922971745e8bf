import re
cases = [
 (r'(?i)straße', 'STRASSE'), (r'[a-z]+', 'ABC def', re.I), (r'\d+(?=px)', '12px 13em'), (r'(?<!\$)\b\d+', '$12 34'),
 (r'(?P<y>\d{4})-(?P<m>\d\d)', 'on 2024-05-01'), (r'^$', ''), (r'a|ab', 'ab'), (r'(a*)*', 'aaa'), (r'(a|b)*?c', 'abac'),
 (r'\s+', 'a \t\n b'), (r'[^\W\d_]+', 'ab1_cd'), (r'[\w-]+', 'a-b c'), (r'\x41\u0042\U00000043', 'ABC'), (r'\101', 'A'),
 (r'[\]]', ']'), (r'[]a]', ']'), (r'[^]a]', 'b'), (r'a{2}', 'aaa'), (r'a{2,}?', 'aaaa'), (r'x{1,3}+', 'xxxx'),
 (r'(?s).+', 'a\nb'), (r'.+', 'a\nb'), (r'(?m)^b', 'a\nb'), (r'a$', 'a\n'), (r'a\Z', 'a\n'), (r'\Aa', 'ba'),
 (r'(?x) a  b # c', 'ab'), (r'(?x)[ ]a', ' a'), (r'(?x)a\ b', 'a b'), (r'(a)(?(1)b|c)', 'ab'), (r'(?P<q>["\'])(.*?)(?P=q)', 'say "hi"'),
 (r'(?:ab)+', 'ababx'), (r'(?>a+)b', 'aaab'), (r'\bé', 'é'), (r'(?a)\w+', 'héllo'), (r'[\d]+', '٣4'), (r'\d', '٣'), (r'(?a)\d', '٣'),
 (r'(?i)[k]', 'K'), (r'#', 'a#b'), (r'\#', '#'), (r'a\.b', 'a.b'), (r'\-', '-'), (r'[.]', 'x.'), (r'(?u)\w', 'é'),
 (rb'\w+', b'caf\xe9 ok'), (rb'[\x80-\xff]+', b'a\xe9\xff'), (rb'(?i)A', b'a'), (r'(a)|(b)', 'b'), (r'()', 'x'),
 (r'(?:(a)|(b))+', 'ab'), (r'((a)|b)+', 'ab'), (r'(?P<a>x)|(?P<b>y)', 'y'), (r'\$\d+\.\d\d', 'cost $12.50'),
 (r'(?i:a)b', 'Ab'), (r'(?-i:a)b', 'ab', re.I), (r'[a\-z]', '-'), (r'[\s\S]', '\n'), (r'[^\s]', ' x'), (r'\B', 'ab'),
 (r'\w+@\w+\.com', 'mail bob@example.com now'), (r'[α-ω]+', 'λόγος'), (r'\N', 'x'), (r'(?P<a>a)(?P<a>b)', 'ab'), (r'(?<=a+)b', 'ab'),
 (r'a++', 'aa'), (r'(?#comment)a', 'a'), (r'\0', '\0'), (r'[\0]', '\0'), (r'\8', '8'), (r'(a)\10', 'a'), (r'a{,2}', 'aaa'), (r'{', '{'), (r'a{1', 'a{1'), (r'a{1,2', 'a{1,2'),
 (r'x*', ''), (r'\b', ''), (r'(?=a)', 'a'), (r'[', ''), (r'(?', ''), (r'(?<', ''), (r'(?z)', ''), (r'a(?i)', 'a'),
]
for c in cases:
    pat, s = c[0], c[1]
    fl = c[2] if len(c) > 2 else 0
    try:
        p = re.compile(pat, fl)
    except re.error as e:
        print(repr(pat), 'error:', e)
        continue
    m = p.search(s)
    print(repr(pat), p.groups, p.groupindex, m and (m.span(), m.group(0), m.groups(), m.lastindex, m.lastgroup), p.findall(s), p.sub(b'<\\g<0>>' if isinstance(s, bytes) else '<\\g<0>>', s), p.split(s))
for p in ['^*', '$*', r'\b*', '(?=a)*', r'\A*', '(?:)*', 'a|*', '(*a)', 'a{2}{3}', 'a{2}*', r'[\W\d]+', r'[\W\D]+', r'[x\S\W]+', r'[^\W\s]+', r'[^\S\W]+', r'(ab)*+c', r'a?+b', r'\x4B*', r'\d++\w']:
    try: print(p, re.findall(p, 'ab1_cd a5 abababc K'))
    except re.error as e: print(p, e)
for p in [r'\N{LATIN SMALL LETTER A}', r'\N{latin small letter a}+', r'\N{NOPE}', r'\N{', r'[\N{DIGIT ONE}]', r'\N']:
    try: print(p, re.findall(p, 'aa1'))
    except re.error as e: print(p, e)
print(re.match('(?i)s', 'ſ'), re.match('(?i)k', 'K'), re.match('(?i)ß', 'ẞ'), re.match('(?i)é', 'É'), re.findall('(?i)[a-z]+', 'ÀbC'), re.match('(?i)σ', 'ς'))
print(re.findall('(?i)[s]+', 'sSſx'), re.sub('(?i)σ', '*', 'ΣσςA'))
for args in [(b'x', re.U), ('x', re.A | re.U), ('x', re.L)]:
    try: re.compile(*args)
    except ValueError as e: print(type(e).__name__, e)
print(re.compile(b'x', re.L).flags, re.compile('(?a)x').flags, re.compile('x', re.A).flags, repr(re.compile(b'(?i)x')))
