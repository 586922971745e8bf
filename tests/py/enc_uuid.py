import uuid

for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    print(ns, uuid.uuid3(ns, "python.org"), uuid.uuid5(ns, "python.org"))
u = uuid.uuid5(uuid.NAMESPACE_DNS, "example.com")
print(repr(u), u.urn, u.hex, u.int, u.version, u.variant)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://x/"), uuid.uuid5(uuid.NAMESPACE_URL, "caf\u00e9"))
for kw in [dict(hex="{12345678-1234-5678-1234-567812345678}"), dict(hex="urn:uuid:12345678123456781234567812345678"),
           dict(bytes=b"\x12\x34\x56\x78" * 4), dict(bytes_le=b"\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78"),
           dict(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)), dict(int=0x12345678123456781234567812345678),
           dict(int=0x12345678123456781234567812345678, version=4), dict(int=0), dict(int=(1 << 128) - 1)]:
    v = uuid.UUID(**kw)
    print(v, v.version, v.variant)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a == uuid.UUID(int=1), a != b, sorted([b, a]), int(b), hash(a) == hash(uuid.UUID(int=1)), {a: 1}[uuid.UUID(int=1)])
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r == uuid.UUID(str(r)))
t = uuid.uuid1()
print(t.version, t.variant, t.node == uuid.getnode(), uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc,
      uuid.uuid1(clock_seq=0x1234).clock_seq)
print(uuid.uuid1() != uuid.uuid1(), 0 < uuid.getnode() < 1 << 48)
for bad in [dict(hex="1234"), dict(hex="zz345678123456781234567812345678"), dict(bytes=b"short"), dict(int=-1),
            dict(fields=(1, 2, 3)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(int=1, version=9), {}, dict(int=1, hex="1" * 32)]:
    try:
        uuid.UUID(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError:", e)
print(uuid.SafeUUID.safe, uuid.UUID(int=5).is_safe, uuid.RFC_4122)
