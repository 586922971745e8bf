import hashlib
import hmac

for mod in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b"]:
    print(mod, hmac.new(b"key", b"The quick brown fox", mod).hexdigest())
long_key = b"k" * 200
h = hmac.new(long_key, digestmod=hashlib.sha256)
h.update(b"part one ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest(), c.hexdigest())
print(h.name, h.digest_size, h.block_size)
print(hmac.digest(b"secret", b"msg", "sha256").hex())
print(hmac.new(bytearray(b"k"), b"m", hashlib.md5).digest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"),
      hmac.compare_digest(b"abc", b"ab"), hmac.compare_digest("xyz", "xyz"))
for args in [(b"a", "a"), (1, 2)]:
    try:
        hmac.compare_digest(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    hmac.new(b"key", b"msg")
except TypeError as e:
    print("TypeError:", e)
try:
    hmac.new("key", b"msg", "sha1")
except TypeError as e:
    print("TypeError:", e)
