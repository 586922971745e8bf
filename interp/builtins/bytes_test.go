package builtins_test

import "testing"

// TestBytesAndCodecs checks the bytes methods and codecs against outputs
// recorded from CPython 3.11.
func TestBytesAndCodecs(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`print(b' a  b '.split(), b'a,b,,c'.split(b',', 2), b'a b c'.rsplit(None, 1), b'x-y-z'.rsplit(b'-', 1))`,
			"[b'a', b'b'] [b'a', b'b', b',c'] [b'a b', b'c'] [b'x-y', b'z']\n"},
		{`print(b'abcabc'.find(b'c', 3), b'abc'.find(b'', 10), b'abc'.count(b''), b'aaa'.replace(b'', b'-'), b'\xe9a'.upper())`,
			"5 -1 4 b'-a-a-a-' b'\\xe9A'\n"},
		{`print(b'\xff\xfe'.hex(), b'abcdef'.hex(':', -4), bytearray(b'ab').rjust(4, b'.'), b'-5'.zfill(4))`,
			"fffe 61626364:6566 bytearray(b'..ab') b'-005'\n"},
		{`print(b'a\x80\xe2\x82x\xf0\x9f'.decode('utf-8', 'replace'), b'\xe9t\xe9'.decode('latin-1'), b'\xffa'.decode('ascii', 'ignore'))`,
			"a\ufffd\ufffdx\ufffd été a\n"},
		{`
for src, enc in [(b'\xe2\x82x', 'utf-8'), (b'ab\xf0\x9f', 'utf-8'), (b'\x80', 'ascii')]:
    try:
        src.decode(enc)
    except UnicodeDecodeError as e:
        print(e)
for s, enc in [('aé€', 'ascii'), ('\udc80', 'utf-8'), ('ab€', 'latin-1')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
print('é€'.encode('ascii', 'xmlcharrefreplace'), 'é'.encode('ascii', 'backslashreplace'), 'aé'.encode())
try:
    'a'.encode('nope')
except LookupError as e:
    print(e)`,
			"'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte\n" +
				"'utf-8' codec can't decode bytes in position 2-3: unexpected end of data\n" +
				"'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)\n" +
				"'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)\n" +
				"'utf-8' codec can't encode character '\\udc80' in position 0: surrogates not allowed\n" +
				"'latin-1' codec can't encode character '\\u20ac' in position 2: ordinal not in range(256)\n" +
				"b'&#233;&#8364;' b'\\\\xe9' b'a\\xc3\\xa9'\nunknown encoding: nope\n"},
		{`ba = bytearray(b'abc'); ba *= 2; ba[::2] = b'XYZ'; del ba[1]; print(ba, ba.pop(), b'%5s|%-3c|' % (b'ab', 65), {b'k': 1}[b'k'])`,
			"bytearray(b'XYaZ') 99 b'   ab|A  |' 1\n"},
		{`print(complex(1, 2) ** 0.5 == (1+2j) ** 0.5, (1+2j) / (3-4j), 2 ** (1+1j), (-8) ** (1/3), complex('-1.5e3-2j'), 1j.conjugate())`,
			"True (-0.2+0.4j) (1.5384778027279442+1.2779225526272695j) (1.0000000000000002+1.7320508075688772j) (-1500-2j) -1j\n"},
		{`for s in ['a€🐍', '']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be']:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
for bad, enc in [(b'a', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xdc', 'utf-16-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8', 'utf-16-le')]:
    try:
        bad.decode(enc)
    except UnicodeDecodeError as e:
        print(e)
    print(bad.decode(enc, 'replace'))
print('\ud800'.encode('utf-16', 'replace'), b'\xfe\xff\x00a'.decode('utf-16'))
`,
			"utf-16 b'\\xff\\xfea\\x00\\xac =\\xd8\\r\\xdc' True\nutf-16-le b'a\\x00\\xac =\\xd8\\r\\xdc' True\nutf-16-be b'\\x00a \\xac\\xd8=\\xdc\\r' True\nutf-32 b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00\\xac \\x00\\x00\\r\\xf4\\x01\\x00' True\nutf-32-be b'\\x00\\x00\\x00a\\x00\\x00 \\xac\\x00\\x01\\xf4\\r' True\nutf-16 b'\\xff\\xfe' True\nutf-16-le b'' True\nutf-16-be b'' True\nutf-32 b'\\xff\\xfe\\x00\\x00' True\nutf-32-be b'' True\n'utf-16-le' codec can't decode byte 0x61 in position 0: truncated data\n�\n'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate\n�a\n'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding\n�\n'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)\n�\n'utf-16-le' codec can't decode bytes in position 0-1: unexpected end of data\n�\nb'\\xff\\xfe?\\x00' a\n"},
		{`n = 1000
print(n.to_bytes(2, 'big'), n.to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True), (0).to_bytes(0, 'big'), (5).to_bytes())
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xfe', 'big', signed=True), int.from_bytes([1, 2]), int.from_bytes(b''))
print((127).to_bytes(1, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), (2**70).to_bytes(9, 'little'))
for e in ['(256).to_bytes(1, "big")', '(128).to_bytes(1, "big", signed=True)', '(-129).to_bytes(1, "big", signed=True)', '(-1).to_bytes(1, "big")', '(1).to_bytes(1, "middle")', '(1).to_bytes(0, "big", signed=True)']:
    try:
        print(eval(e))
    except (OverflowError, ValueError) as x:
        print(type(x).__name__, x)
`,
			"b'\\x03\\xe8' b'\\xe8\\x03\\x00\\x00' b'\\xff\\xff' b'' b'\\x05'\n256 1 -2 258 0\nb'\\x7f' b'\\x80' b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00@'\nOverflowError int too big to convert\nOverflowError int too big to convert\nOverflowError int too big to convert\nOverflowError can't convert negative int to unsigned\nValueError byteorder must be either 'little' or 'big'\nOverflowError int too big to convert\n"},
		{`print(int(b' 42 '), int(b'ff', 16), int(bytearray(b'-0x10'), 0), float(b'1.5e3'), float(bytearray(b' -inf ')), int(b'1_000'))
for e in ["int(b'x')", "float(b'1.5x')", "int(b'12', 1)"]:
    try:
        print(eval(e))
    except ValueError as x:
        print(type(x).__name__, x)
`,
			"42 255 -16 1500.0 -inf 1000\nValueError invalid literal for int() with base 10: b'x'\nValueError could not convert string to float: b'1.5x'\nValueError int() base must be >= 2 and <= 36, or 0\n"},
	} {
		if got := runPrint(t, c.src); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}
