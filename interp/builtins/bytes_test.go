package builtins_test

import (
	"path/filepath"
	"strconv"
	"testing"
)

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
		{`for e in ["b'abc'.upper(1)", "b'abc'.count()", "b'abc'.find()", "b'a'.split(1,2,3)", "b'a'.strip(1,2)", "b'a'.replace(b'a')", "b'a'.center()", "b'a'.join()", "bytearray().append()", "bytearray().pop(1,2)", "b'a'.decode(1)", "b'a'.hex(1)", "b'a'.startswith()", "b'a'.partition()", "b'a' * 'b'", "b'a' * 1.5", "bytes(1.5)", "bytearray(b'a').extend(1)", "b'a'.zfill()", "1j < 2", "b'a'[1.5]", "bytearray(b'a')['x']", "b'abc'.strip('a')", "b'abc'.find('a')", "b'a'.split('a')", "b'abc'.replace('a', 'b')", "(1j).real.x", "bytes([1.5])", "b''.join([1])", "b'abc'.index(b'x', 1)", "b'a'.translate(b'x')", "bytes.fromhex('a')", "bytes.fromhex('0g')", "complex(1, 'x')", "complex('x', 1)", "complex([])", "divmod(1j, 1)", "abs(complex(1e308, 1e308))", "1j ** -1", "0j ** -1", "0j ** 1j", "(1e200+1e200j) ** 2"]:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as x:
        print(e, '->', type(x).__name__, x)
`,
			"b'abc'.upper(1) -> TypeError bytes.upper() takes no arguments (1 given)\nb'abc'.count() -> TypeError count() takes at least 1 argument (0 given)\nb'abc'.find() -> TypeError find() takes at least 1 argument (0 given)\nb'a'.split(1,2,3) -> TypeError split() takes at most 2 arguments (3 given)\nb'a'.strip(1,2) -> TypeError strip expected at most 1 argument, got 2\nb'a'.replace(b'a') -> TypeError replace expected at least 2 arguments, got 1\nb'a'.center() -> TypeError center expected at least 1 argument, got 0\nb'a'.join() -> TypeError bytes.join() takes exactly one argument (0 given)\nbytearray().append() -> TypeError bytearray.append() takes exactly one argument (0 given)\nbytearray().pop(1,2) -> TypeError pop expected at most 1 argument, got 2\nb'a'.decode(1) -> TypeError decode() argument 'encoding' must be str, not int\nb'a'.hex(1) -> TypeError object of type 'int' has no len()\nb'a'.startswith() -> TypeError startswith() takes at least 1 argument (0 given)\nb'a'.partition() -> TypeError bytes.partition() takes exactly one argument (0 given)\nb'a' * 'b' -> TypeError can't multiply sequence by non-int of type 'str'\nb'a' * 1.5 -> TypeError can't multiply sequence by non-int of type 'float'\nbytes(1.5) -> TypeError cannot convert 'float' object to bytes\nbytearray(b'a').extend(1) -> TypeError can't extend bytearray with int\nb'a'.zfill() -> TypeError bytes.zfill() takes exactly one argument (0 given)\n1j < 2 -> TypeError '<' not supported between instances of 'complex' and 'int'\nb'a'[1.5] -> TypeError byte indices must be integers or slices, not float\nbytearray(b'a')['x'] -> TypeError bytearray indices must be integers or slices, not str\nb'abc'.strip('a') -> TypeError a bytes-like object is required, not 'str'\nb'abc'.find('a') -> TypeError argument should be integer or bytes-like object, not 'str'\nb'a'.split('a') -> TypeError a bytes-like object is required, not 'str'\nb'abc'.replace('a', 'b') -> TypeError a bytes-like object is required, not 'str'\n(1j).real.x -> AttributeError 'float' object has no attribute 'x'\nbytes([1.5]) -> TypeError 'float' object cannot be interpreted as an integer\nb''.join([1]) -> TypeError sequence item 0: expected a bytes-like object, int found\nb'abc'.index(b'x', 1) -> ValueError subsection not found\nb'a'.translate(b'x') -> ValueError translation table must be 256 characters long\nbytes.fromhex('a') -> ValueError non-hexadecimal number found in fromhex() arg at position 1\nbytes.fromhex('0g') -> ValueError non-hexadecimal number found in fromhex() arg at position 1\ncomplex(1, 'x') -> TypeError complex() second arg can't be a string\ncomplex('x', 1) -> TypeError complex() can't take second arg if first is a string\ncomplex([]) -> TypeError complex() first argument must be a string or a number, not 'list'\ndivmod(1j, 1) -> TypeError unsupported operand type(s) for divmod(): 'complex' and 'int'\nabs(complex(1e308, 1e308)) -> 1.4142135623730951e+308\n1j ** -1 -> -1j\n0j ** -1 -> ZeroDivisionError 0.0 to a negative or complex power\n0j ** 1j -> ZeroDivisionError 0.0 to a negative or complex power\n(1e200+1e200j) ** 2 -> (nan+nanj)\n"},
		{`class B(bytes):
    pass
class C(complex):
    pass
class BA(bytearray):
    pass
b = B(b'xy')
print(b, type(b).__name__, b + b'z', len(b), isinstance(b, bytes), b == b'xy', hash(b) == hash(b'xy'))
c = C(1, 2)
print(c, type(c).__name__, c + 1, c.real, abs(C(3, 4)))
ba = BA(b'q')
ba.append(65)
print(ba, type(ba).__name__, ba.upper())
`,
			"b'xy' B b'xyz' 2 True True True\n(1+2j) C (2+2j) 1.0 5.0\nBA(b'qA') BA bytearray(b'QA')\n"},
		{`ba = bytearray(b'abc')
print(ba[0], ba[-1], ba[True])
for e in ['ba[3]', 'ba[-4]', "ba['x']", 'ba[2**70]', 'ba[1.0]']:
    try:
        print(eval(e))
    except Exception as x:
        print(e, type(x).__name__, x)
print(b'abc'[True])
try:
    b'abc'[2**70]
except IndexError as e:
    print(e)
`,
			"97 99 98\nba[3] IndexError bytearray index out of range\nba[-4] IndexError bytearray index out of range\nba['x'] TypeError bytearray indices must be integers or slices, not str\nba[2**70] IndexError cannot fit 'int' into an index-sized integer\nba[1.0] TypeError bytearray indices must be integers or slices, not float\n98\ncannot fit 'int' into an index-sized integer\n"},
		{`for e in ["pow(1j, 2)", "round(1j)", "sum([1j, 2, 0.5])", "sorted([b'b', b'a', bytearray(b'c')])", "max(b'abc')", "list(reversed(b'ab'))", "b'ab' in [b'ab']", "set([b'a', b'a'])", "{1j: 1}[1j]", "str(1+2j)", "repr(-1j)", "complex('inf+nanj')", "(1+2j).__class__", "bool(0j)", "-(0j)", "1j == 1j + 0", "[1j] * 2", "b'%d' % 3.7", "bytes(3) == b'\\0' * 3", "'%s %r' % (b'a', bytearray(b'b'))"]:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as x:
        print(e, '->', type(x).__name__, x)
`,
			"pow(1j, 2) -> (-1+0j)\nround(1j) -> TypeError type complex doesn't define __round__ method\nsum([1j, 2, 0.5]) -> (2.5+1j)\nsorted([b'b', b'a', bytearray(b'c')]) -> [b'a', b'b', bytearray(b'c')]\nmax(b'abc') -> 99\nlist(reversed(b'ab')) -> [98, 97]\nb'ab' in [b'ab'] -> True\nset([b'a', b'a']) -> {b'a'}\n{1j: 1}[1j] -> 1\nstr(1+2j) -> '(1+2j)'\nrepr(-1j) -> '(-0-1j)'\ncomplex('inf+nanj') -> (inf+nanj)\n(1+2j).__class__ -> <class 'complex'>\nbool(0j) -> False\n-(0j) -> (-0-0j)\n1j == 1j + 0 -> True\n[1j] * 2 -> [1j, 1j]\nb'%d' % 3.7 -> b'3'\nbytes(3) == b'\\0' * 3 -> True\n'%s %r' % (b'a', bytearray(b'b')) -> \"b'a' bytearray(b'b')\"\n"},
	} {
		if got := runPrint(t, c.src); got != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}

// TestBinaryFiles checks open() in binary mode reads and writes bytes.
func TestBinaryFiles(t *testing.T) {
	path := strconv.Quote(filepath.Join(t.TempDir(), "data.bin"))
	src := "p = " + path + "\n" + `with open(p, 'wb') as f:
    print(f.write(b'\x00\xffab\ncd'), f.write(bytearray(b'!')))
    try:
        f.write('s')
    except TypeError as e:
        print(e)
with open(p, 'rb') as f:
    print(f.readline(), f.read())
with open(p, 'rb') as f:
    print(list(f))
`
	want := "7 1\na bytes-like object is required, not 'str'\nb'\\x00\\xffab\\n' b'cd!'\n[b'\\x00\\xffab\\n', b'cd!']\n"
	if got := runPrint(t, src); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
