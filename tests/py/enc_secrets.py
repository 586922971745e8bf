import secrets
import string

print(len(secrets.token_bytes(16)), len(secrets.token_bytes()), type(secrets.token_bytes(3)).__name__)
h = secrets.token_hex(10)
print(len(h), all(c in string.hexdigits for c in h), len(secrets.token_hex()))
u = secrets.token_urlsafe(30)
print(len(u), all(c in string.ascii_letters + string.digits + "-_" for c in u), len(secrets.token_urlsafe(16)))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), secrets.randbelow(1))
print(secrets.choice("a") , secrets.choice([1, 2, 3]) in (1, 2, 3), 0 <= secrets.randbits(8) < 256)
print(secrets.compare_digest(b"x", b"x"), secrets.compare_digest("a", "b"))
print(len({secrets.token_hex(8) for _ in range(50)}))
for bad in (0, -3):
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    secrets.choice([])
except IndexError as e:
    print("IndexError:", e)
print(isinstance(secrets.SystemRandom().random(), float))
