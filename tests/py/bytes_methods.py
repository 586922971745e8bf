# bytes methods mirror str methods.
b = b'  Hello, World  '
print(b.strip(), b.lower(), b.upper(), b.split(b','), b.split(), b.replace(b'l', b'L'), b.find(b'o'), b.count(b'l'))
print(b'a-b-c'.split(b'-', 1), b'-'.join([b'x', b'y']), b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'c')))
print(b'abc'.center(9, b'*'), b'42'.zfill(5), b'hello world'.title(), b'ABC'.isupper(), b'123'.isdigit(), b'a1'.isalnum())
print(b'key=val'.partition(b'='), b'a\nb\r\nc'.splitlines(), b'xxaxx'.strip(b'x'), b'abc'.index(b'c'))
print(b'hello'.hex(), b'hello'.hex(':'), b'hello'.hex('-', 2), bytes.fromhex('68 65 6c'), bytes.fromhex('ff00'))
print(b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), b'aXbX'.removesuffix(b'X'), b'tab\t'.expandtabs(4))
try:
    b'abc'.index(b'z')
except ValueError as e:
    print('ValueError:', e)
try:
    bytes.fromhex('zz')
except ValueError as e:
    print('ValueError:', e)
try:
    b'a'.join(['b'])
except TypeError as e:
    print('TypeError:', e)
