# open() results: types, the common stream API, seeking, binary and text, modes and errors.
import io
# The file lives in /tmp: weft has no os module yet to remove it afterwards.
path = '/tmp/_weft_io_open_files.tmp'
with open(path, 'w') as f:
    print(type(f).__name__, isinstance(f, io.TextIOWrapper), f.mode, f.name == path, f.writable(), f.readable())
    print(f.write('first line\n'), f.write('second\n'), f.tell())
    f.writelines(['third\n', 'fourth\n'])
with open(path) as f:
    print(repr(f.readline()), repr(f.read(3)), f.readlines())
    print(f.seek(0), repr(f.read(5)), f.tell(), f.seek(0, 2))
with open(path, 'rb') as f:
    print(type(f).__name__, f.read(5), f.seek(-7, 2), f.read(), f.mode)
with open(path, 'r+') as f:
    f.seek(0)
    f.write('FIRST')
    f.seek(0)
    print(repr(f.readline()), f.truncate(20), f.closed)
print(f.closed, [l.rstrip() for l in open(path)])
with open(path, 'ab') as f:
    print(type(f).__name__, f.write(b'more'))
with open(path, 'rb+') as f:
    print(type(f).__name__, len(f.read()))
for mode in ['rw', 'q', 'rbt', '']:
    try:
        open(path, mode)
    except ValueError as e:
        print('ValueError:', e)
try:
    open(path).write('x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation:', e)
try:
    open(path, 'w').read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation:', e)
try:
    open(path, 'wb').write('text')
except TypeError as e:
    print('TypeError:', e)
try:
    open(path, 'w').write(b'bytes')
except TypeError as e:
    print('TypeError:', e)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)
