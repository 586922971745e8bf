import base64
import binascii
import io

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xfb\xff\xfe"]
for s in samples[:7] + samples[8:]:
    e64 = base64.b64encode(s)
    e32 = base64.b32encode(s)
    e32h = base64.b32hexencode(s)
    e16 = base64.b16encode(s)
    print(e64, base64.urlsafe_b64encode(s), e32, e32h, e16)
    assert base64.b64decode(e64) == s and base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(e32) == s and base64.b32hexdecode(e32h) == s and base64.b16decode(e16) == s
print(base64.b64encode(b"\xfb\xff", altchars=b"*!"), base64.b64decode(b"+/8=", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"))
print(base64.b64decode("Zm9v YmFy\n"), base64.b64decode(b"Zm9v!YmFy"), base64.standard_b64decode(base64.standard_b64encode(b"x")))
print(base64.b32decode(b"mzxw6===", casefold=True), base64.b32decode(b"0I======", map01=b"L"), base64.b16decode(b"6a6B", casefold=True))
enc = base64.encodebytes(bytes(range(200)))
print(enc.decode())
print(base64.decodebytes(enc) == bytes(range(200)))
out = io.BytesIO()
base64.encode(io.BytesIO(b"data " * 40), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == b"data " * 40)

def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print("%s.%s: %s" % (type(e).__module__, type(e).__qualname__, e))

attempt(base64.b64decode, b"Zm9")
attempt(base64.b64decode, b"Z")
attempt(base64.b64decode, b"Zm9v!", validate=True)
attempt(base64.b64decode, b"=Zm9v", validate=True)
attempt(base64.b64decode, b"Zg==Zg==", validate=True)
attempt(base64.b64decode, b"Zg=a", validate=True)
attempt(base64.b64decode, b"Zg==Zg==")
attempt(base64.b64decode, "Zm9v\u00e9")
attempt(base64.b64decode, 42)
attempt(base64.b64encode, "text")
attempt(base64.b32decode, b"MZXW6")
attempt(base64.b32decode, b"MZXW6!==")
attempt(base64.b32decode, b"MZXW6YQ=" + b"=" * 8)
attempt(base64.b32decode, b"mzxw6===")
attempt(base64.b16decode, b"6a6b")
attempt(base64.b16decode, b"6A6")
print(issubclass(binascii.Error, ValueError))

print(binascii.hexlify(b"\x00\x7f\x80\xff"), binascii.b2a_hex(b"abcdef", ":"), binascii.hexlify(b"abcdefg", b"_", 3), binascii.hexlify(b"abcdefg", "_", -3))
print(binascii.unhexlify(b"DEADbeef"), binascii.a2b_hex("00ff"))
attempt(binascii.unhexlify, b"abc")
attempt(binascii.unhexlify, "zz")
attempt(binascii.a2b_base64, "\u00e9")
print(binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64(b"aGk=\n"))
print(binascii.crc32(b"The quick brown fox"), binascii.crc32(b" jumps", binascii.crc32(b"The quick brown fox")))
print(binascii.crc_hqx(b"123456789", 0), binascii.crc_hqx(b"123456789", 0xFFFF))
