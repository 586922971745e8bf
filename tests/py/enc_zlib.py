import zlib

data = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(300))
print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(b""), zlib.adler32(b""))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.adler32(b"world", zlib.adler32(b"hello ")) == zlib.adler32(b"hello world"))
print(zlib.crc32(bytearray(b"abc"), -1), zlib.adler32(b"x" * 100000))

for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, zlib.decompress(c) == data, len(c) < len(data) or level == 0, c[:2].hex() if level in (-1, 6) else "")
for wbits in (15, -15, 31, 9, -9, 25):
    c = zlib.compress(data, 6, wbits)
    print(wbits, zlib.decompress(c, wbits) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data)
print(zlib.decompress(zlib.compress(data), 47) == data)

co = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.compress(b"tail"))
parts.append(co.flush())
stream = b"".join(parts)
print(zlib.decompress(stream, -15) == data + b"tail")

d = zlib.decompressobj()
full = zlib.compress(data) + b"EXTRA"
out = b""
for i in range(0, len(full), 777):
    out += d.decompress(full[i:i + 777])
out += d.flush()
print(out == data, d.eof, d.unused_data)

d = zlib.decompressobj(wbits=31)
out = d.decompress(zlib.compress(b"abc" * 50, wbits=31), 10)
while not d.eof or not d.needs_input:
    more = d.decompress(b"", 10)
    if not more:
        break
    out += more
print(out == b"abc" * 50)

zd = b"the quick brown fox"
co = zlib.compressobj(zdict=zd)
c = co.compress(b"the quick brown fox jumps") + co.flush()
print(zlib.decompressobj(zdict=zd).decompress(c))

for bad in [b"not compressed", zlib.compress(data)[:50]]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("zlib.error:", e)
try:
    zlib.decompress(b"x\x9c" + b"\xff" * 10)
except zlib.error as e:
    print("zlib.error:", str(e).split(":")[0])  # C zlib names the fault, Go does not
try:
    zlib.compress(b"x", 10)
except zlib.error as e:
    print("zlib.error:", e)
try:
    zlib.crc32("text")
except TypeError as e:
    print("TypeError:", e)
print(issubclass(zlib.error, Exception), zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED)
