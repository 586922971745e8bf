import gzip
import io
import os
import zlib

data = b"".join(b"record %05d, some payload text\n" % i for i in range(2000))
for level in (1, 6, 9):
    c = gzip.compress(data, level, mtime=0)
    print(level, c[:4], c[4:8], gzip.decompress(c) == data, len(c) < len(data))
print(gzip.decompress(gzip.compress(b"one", mtime=0) + gzip.compress(b"two", mtime=0)))
print(gzip.decompress(zlib.compress(b"via zlib", wbits=31)))
print(zlib.decompress(gzip.compress(b"read by zlib", mtime=0), 31))

path = "_enc_gzip_sample.txt.gz"  # cwd is tests/py; removed at the end
with gzip.open(path, "wb") as f:
    f.write(b"first line\n")
    f.write(bytearray(b"second line\n"))
    f.write(data)
with open(path, "rb") as raw:
    head = raw.read(10)
    print(head[:4], raw.read(21))
with gzip.open(path) as f:
    print(f.readline(), f.read(7), f.readline())
    rest = f.read()
    print(rest == data, f.read())
with gzip.GzipFile(path) as f:
    lines = list(f)
    print(len(lines), lines[0], lines[-1])
    f.seek(6)
    print(f.read(4), f.tell())
with gzip.open(path, "at") as f:
    f.write("appended text \u00e9\n")
with gzip.open(path, "rt", encoding="utf-8") as f:
    print(f.read()[-30:])
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
    g.write(b"in memory")
print(gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())).read())
for bad in [b"not gzip data", gzip.compress(data, mtime=0)[:30], gzip.compress(b"abc", mtime=0)[:-8] + b"\0" * 8]:
    try:
        gzip.decompress(bad)
    except (OSError, EOFError) as e:
        print(type(e).__name__, e)
try:
    gzip.open(path, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
f = gzip.open(path, "rb")
try:
    f.write(b"x")
except OSError as e:
    print("OSError:", e.errno, e.strerror)
f.close()
print(f.closed, issubclass(gzip.BadGzipFile, OSError))
os.remove(path)
