import codecs

for n in ["UTF8", "latin1", "ascii", "utf-16", "utf_16_le", "UTF-32", "u8", "iso-8859-1", "US-ASCII", "utf-16-be", "hex", "rot13"]:
    print(n, codecs.lookup(n).name)
text = "h\u00e9llo \u20ac \U0001f600"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"]:
    b = codecs.encode(text, enc)
    print(enc, b.hex(), codecs.decode(b, enc) == text)
print(codecs.encode("caf\u00e9", "ascii", "replace"), codecs.encode("caf\u00e9", "latin-1"), codecs.decode(b"caf\xe9", "latin-1"))
print(codecs.decode(b"a\xffb", "utf-8", "replace"), codecs.decode(b"a\xffb", "utf-8", "ignore"))
print(codecs.encode(b"\x00\xffab", "hex"), codecs.decode(b"00ff6162", "hex"), codecs.encode("Hello", "rot13"))
print(codecs.encode(b"data", "base64"), codecs.decode(codecs.encode(b"zzz" * 20, "zlib"), "zlib"))
info = codecs.lookup("utf-8")
print(info.encode("x\u00e9"), info.decode(b"x\xc3\xa9"), info[0] is info.encode, len(info))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)

data = text.encode("utf-8")
dec = codecs.getincrementaldecoder("utf-8")()
pieces = [dec.decode(data[i:i + 1]) for i in range(len(data))]
print(pieces, dec.decode(b"", final=True))
for enc in ["utf-16", "utf-16-be", "utf-32"]:
    data = text.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    print(enc, "".join(dec.decode(data[i:i + 3]) for i in range(0, len(data), 3)) + dec.decode(b"", True) == text)
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("ab") + enc.encode("cd"))
print(list(codecs.iterdecode([b"\xe2\x82", b"\xac", b"x"], "utf-8")), list(codecs.iterencode(["a", "b"], "utf-32-le")))
dec = codecs.getincrementaldecoder("utf-8")()
dec.decode(b"\xe2")
try:
    dec.decode(b"", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
for bad in ["no-such-codec", 42]:
    try:
        codecs.lookup(bad)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
try:
    codecs.encode("\u00e9", "ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)

def search(name):
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="my-codec")
codecs.register(search)
print(codecs.encode("abc", "my-codec"), codecs.decode(b"ABC", "my_codec"), codecs.lookup("My Codec").name)
