# Unicode strings: lengths, code points, escapes, surrogate-free encodings.
s = 'naïve café — 日本語 🐍'
print(s, len(s), [ord(c) for c in s[-5:]])
print(s.encode('utf-8'), len(s.encode('utf-8')), s.encode('utf-8').decode('utf-8') == s)
print('\u00e9' == 'é', '\N{GREEK SMALL LETTER ALPHA}', '\U0001F40D', '\x41\101\u0042')
print(chr(0x1F600), ord('€'), hex(ord('🐍')), chr(955).upper(), 'ΑΒΓ'.lower())
print(sorted('bäaz'), 'ä' > 'z', max('hello wörld'), min('hello'))
print('e\u0301' == 'é', len('e\u0301'), ascii(s), repr('日本'))
print(s[::-1])
print('日本語'.center(9, '*'), f'{"日本":>6}|', '{:^7}'.format('🐍'))
print('straße'.encode('latin-1'), 'abc'.encode('ascii'), '€'.encode('utf-16-le'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(b'\xff'.decode('utf-8', 'replace'), 'é'.encode('ascii', 'ignore'), 'é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'backslashreplace'))
