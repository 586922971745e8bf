# io error paths: closed streams, wrong types, bad seeks, UnsupportedOperation.
import io
s = io.StringIO('abc')
s.close()
for op in [lambda: s.read(), lambda: s.write('x'), lambda: s.getvalue(), lambda: s.seek(0), lambda: iter(s)]:
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
t = io.StringIO()
for op in [lambda: t.write(5), lambda: t.seek(1, 1), lambda: t.seek(1, 2), lambda: t.seek(-1), lambda: t.seek(0, 5), lambda: t.fileno(),
           lambda: io.BytesIO().write('text'), lambda: io.BytesIO().seek(-1), lambda: io.BytesIO(5), lambda: io.StringIO(b'x'),
           lambda: t.truncate(-1)]:
    try:
        print('ok', op())
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__ + ':', e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation:', e)
