# io.BytesIO: the binary in-memory stream.
import io
b = io.BytesIO(b'hello world\nsecond line\n')
print(b.read(5), b.tell(), b.readline(), b.readline(), b.read())
b.seek(-5, 2)
print(b.read(), b.seek(3), b.seek(2, 1), b.read(2))
b.seek(0)
print(list(b))
w = io.BytesIO()
print(w.write(b'abc'), w.write(bytearray(b'de')), w.write(memoryview(b'f')) if 'memoryview' in dir(__builtins__) else 1, w.getvalue()[:5])
w.seek(10)
w.write(b'Z')
print(w.getvalue()[:5], len(w.getvalue()), w.getvalue()[-3:])
print(w.truncate(2), w.getvalue(), w.tell())
w.writelines([b'x', b'y'])
print(w.getvalue(), type(w).__name__, w.readable(), w.seekable())
with io.BytesIO(b'ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
