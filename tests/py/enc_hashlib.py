import hashlib
for n in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(n, b"hello world")
    if n.startswith("shake"):
        print(n, h.hexdigest(20), h.block_size, h.digest_size)
    else:
        print(n, h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.sha256(b"a"); c = h.copy(); c.update(b"b"); print(h.hexdigest(), c.hexdigest())
print(hashlib.blake2b(b"x"*300, digest_size=20, key=b"k", salt=b"s", person=b"p").hexdigest())
print(hashlib.blake2s(b"x"*300, digest_size=20, key=b"k"*32, salt=b"s", person=b"p").hexdigest())
print(hashlib.blake2b(b"", key=b"key").hexdigest())
print(hashlib.blake2s(b"y"*64).hexdigest(), hashlib.blake2s(b"y"*128, key=b"z").hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 10, 50).hex())
try: hashlib.new("nope")
except ValueError as e: print(e)
try: hashlib.md5("str")
except TypeError as e: print(e)
b = hashlib.blake2b(b"q"); b2 = b.copy(); b2.update(b"r"); print(b.hexdigest()[:16], b2.hexdigest()[:16], b2.name)
h = hashlib.sha1()
for i in range(100):
    h.update(bytes([i]) * i)
print(h.hexdigest())
s = hashlib.shake_128(b"abc"); print(s.hexdigest(5), s.hexdigest(40)[:20], s.copy().digest(3))
print(hashlib.sha512(bytearray(b"ba")).hexdigest()[:32], hashlib.md5(string=b"x").hexdigest())
import io
print(hashlib.file_digest(io.BytesIO(b"file contents" * 1000), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"abc"), hashlib.sha3_256).hexdigest())
for bad in [dict(digest_size=65), dict(key=b"k" * 65), dict(salt=b"s" * 17), dict(person=b"p" * 17)]:
    try:
        hashlib.blake2b(**bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0)
except ValueError as e:
    print("ValueError:", e)
