# bytes literals, indexing (ints), slicing, concatenation, repr, comparisons.
b = b'hello\x00\xff world'
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[6], type(b[0]).__name__, type(b[0:1]).__name__)
print(b'abc' + b'def', b'ab' * 3, b'a' in b'abc', 97 in b'abc', b'abc' < b'abd', b'abc' == 'abc')
print(bytes(5), bytes([65, 66, 67]), bytes(range(3)), bytes('é', 'utf-8'), bytes(b'x'), bytes())
print(repr(b"it's"), repr(b'"'), repr(b'\'"'), repr(b'\t\n\r\\'), list(b'AB'), bytes([0x7f, 0x80]))
for bad in ['bytes([256])', 'bytes([-1])', "bytes('abc')", 'b"abc"[10]', "b'a' + 'b'", 'bytes(-1)', "b'abc'[0] = 1"]:
    try:
        eval(bad) if '=' not in bad.split(']')[-1] else exec(bad)
    except (ValueError, TypeError, IndexError) as e:
        print(bad, type(e).__name__, e)
print(b'x'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'\xe9'.decode('latin-1'), hash(b'abc') == hash(b'abc'))
