import struct
tests = [("b", 200), ("B", -1), ("h", 40000), ("H", -1), ("i", 2**31), ("<i", 2**31), ("I", -1), ("<I", 2**32), ("q", 2**63), ("Q", -1), ("<Q", 2**64), ("b", 1.5), ("f", "x"), ("f", 1e300), ("e", 1e6), ("c", b"ab"), ("s", 5), ("p", 5), ("<n", 1), ("z", 1), ("3", 1), ("i", 1, 2), ("ii", 1), ("<l", 2**40), ("l", 2**70), ("?", 1),("n", 2**70), ("P", -1),
 ('<B',-1),('<B',256),('<b',-200),('<H',-1),('>q',2**63),('=L',-1),('<L',2**32), ('N',-1), ('<e', 65520.0), ('<e', 65519.0), ('<e',1e-8), ('<e', float('nan')), ('<e', -0.0), ('?', []), ('3s', b'abcdef'), ('5p', b'ab'), ('2c', b'a'),
 ('<e', 1e-5), ('<e', 5.96e-8), ('<e', 2.98e-8), ('>e', 3.14159), ('<f', 3.14159), ('>d', -2.5), ('<q', -2), ('>Q', 2**64-1), ('@bhiq', 1, 2, 3, 4), ('<bhiq', 1, 2, 3, 4), ('>3sxH', b'ab', 7), ('<?x?', True, 0), ('2c', b'a', b'b'), ('0s', b'x'), ('1p', b'abc'), ('@ci', b'z', -1), ('!I', 0xdeadbeef), ('<h', True), ('4x',), ('< i i', 1, 2)]
for t in tests:
    try:
        r = struct.pack(*t)
        print(t, r, struct.unpack(t[0], r))
    except Exception as e:
        print(t, type(e).__name__, e)
for f,v in [('>b',200),('>B',-1),('>B',256),('>H',-1),('>h',-40000),('>i',2**40),('>I',-1),('>I',2**32),('>q',2**64),('>q',-2**64),('>Q',-1),('>Q',2**64),('<q',2**64),('<i',2**40),('=I',-1),('<I',-1),('<l',-2**40),('<L',-1),('>l',2**40),('>L',2**32), ('>L',-1), ('<b', 2**70), ('b', 2**70), ('>b', 2**70), ('<L', 2**70), ('>I', 2**70), ('>H', 70000)]:
    try: struct.pack(f,v)
    except struct.error as e: print(f, v, e)
for f, b in [("i", b"abc"), ("<h", b"abcd")]:
    try: struct.unpack(f, b)
    except Exception as e: print(type(e).__name__, e)
try: struct.unpack_from("i", b"abc", 1)
except Exception as e: print(type(e).__name__, e)
try: struct.unpack_from("i", b"abc", -10)
except Exception as e: print(type(e).__name__, e)
ba = bytearray(8)
for off in [2, 10, -10, 4, -4]:
    try: struct.pack_into("<i", ba, off, 1); print(ba)
    except Exception as e: print(type(e).__name__, e)
try: list(struct.iter_unpack("i", b"abcde"))
except Exception as e: print(type(e).__name__, e)
print(list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")), struct.unpack_from('<h', b'\x00\x01\x02', 1))
try: struct.Struct(5)
except Exception as e: print(type(e).__name__, e)
try: struct.pack("i", "x")
except Exception as e: print(type(e).__name__, e)
s = struct.Struct('<2sH')
print(s.format, s.size, s.pack(b'hi', 513), s.unpack(b'hi\x01\x02'), s.unpack_from(b'xxhi\x01\x02', 2))
print(struct.calcsize("@bhiq"), struct.calcsize("<bhiq"), struct.calcsize("b0i"), struct.calcsize("ci"), struct.calcsize('P'), struct.error.__module__, struct.error.__mro__)
class Idx:
    def __index__(self): return 7
print(struct.pack('<i', Idx()), struct.unpack('<I', bytearray(b'\x01\x00\x00\x00')), struct.pack(b'<h', 5))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('>f', b'\x7f\xc0\x00\x00'), struct.unpack('<d', struct.pack('<d', 0.1)))
struct.pack('>h', 99999)
