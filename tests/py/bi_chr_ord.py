# chr/ord round trips over ASCII, Latin-1, BMP and astral code points; errors.
for cp in [0, 9, 32, 65, 97, 127, 128, 255, 256, 0x3b1, 0x20ac, 0xffff, 0x10000, 0x1f40d, 0x10ffff]:
    c = chr(cp)
    print(cp, repr(c), ord(c) == cp, len(c), c.isprintable())
print(''.join(chr(ord('a') + i) for i in range(26)), [ord(c) for c in 'Aé€'])
for bad in ['chr(-1)', 'chr(0x110000)', 'chr("a")', 'ord("")', 'ord("ab")', 'ord(5)', "ord(b'xy')"]:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(bad, '->', type(e).__name__, e)
print(ord(b'A'), ord(bytearray(b'z')))
