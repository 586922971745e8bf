# bytearray: mutation, slicing assignment, methods, conversions.
ba = bytearray(b'hello')
ba[0] = 74
ba.append(33)
ba.extend(b'??')
print(ba, len(ba), ba[0], ba[1:3], bytes(ba))
ba[1:3] = b'EE'
print(ba)
ba[1:3] = b''
print(ba)
del ba[-1]
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.reverse()
print(ba, ba.find(b'l'), ba.count(b'l'), ba.upper(), ba + b'!', ba * 2)
ba.remove(ord('l'))
print(ba, bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'x') == b'x')
ba += b'xyz'
print(ba, ba.decode(), list(ba[:2]))
for bad in ['ba.__setitem__(0, 256)', 'ba.remove(200)', 'bytearray().pop()', 'ba.__setitem__(0, "a")']:
    try:
        eval(bad)
    except (ValueError, TypeError, IndexError) as e:
        print(bad, type(e).__name__, e)
print(repr(bytearray(b'a\'b')), bytearray(b'abc').hex(), bytearray.fromhex('41 42'))
