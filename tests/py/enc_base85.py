import base64

samples = [b"", b"\0", b"\0\0\0\0", b"    ", b"abc", b"Man is distinguished", bytes(range(256)), b"\xff\xff\xff\xff\xff"]
for s in samples:
    a = base64.a85encode(s)
    b = base64.b85encode(s)
    print(a, b, base64.a85encode(s, pad=True)[-6:], base64.b85encode(s, pad=True)[-6:])
    assert base64.a85decode(a) == s and base64.b85decode(b) == s
print(base64.a85encode(b"    x    ", foldspaces=True), base64.a85decode(b"y", foldspaces=True))
print(base64.a85encode(b"Man is distinguished", adobe=True))
print(base64.a85encode(b"Man is distinguished", adobe=True, wrapcol=10))
print(base64.a85encode(bytes(range(40)), wrapcol=16))
print(base64.a85decode(b"<~9jqo^BlbD-BleB1DJ+*+F(f,q~>", adobe=True), base64.a85decode("9jqo^ BlbD-\nBleB1DJ+*+F(f,q"))
print(base64.a85decode(b"z"), base64.b85decode("VPa!sWoBn+X=-b1ZEkOHadLBXb#`}nd3r%YLqtVJM@UIZOH55pPf$@(Q&d$}S6EqEFflSSG&MFiI5{CeBQRbjDkv#CIy^osE+AW7dwl"))
def attempt(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except ValueError as e:
        print("ValueError:", e)
attempt(base64.a85decode, b"abz")
attempt(base64.a85decode, b"ab~")
attempt(base64.a85decode, b"s8W-\"")
attempt(base64.a85decode, b"abc", adobe=True)
attempt(base64.a85decode, b"aby", foldspaces=True)
attempt(base64.b85decode, b"ab\"cd")
attempt(base64.b85decode, b"|NsC0")
