# printf-style % formatting.
print('%s %r %d %i %f %e %g %x %X %o %c %%' % ('str', 'repr', 42, -7, 3.5, 1234.5, 0.0001, 255, 255, 8, 65))
print('%5d|%-5d|%05d|%+d|% d|%.3d' % (42, 42, 42, 42, 42, 7))
print('%10.3f|%-10.2f|%.0f|%#.0f|%+.2e' % (3.14159, 2.5, 2.5, 2.5, 12345.678))
print('%#x %#o %#X %x' % (255, 8, 255, -255))
print('%s' % [1, 2], '%s' % (1,), '%s %s' % ('a', 'b'), '%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%*d|%-*d|%.*f' % (6, 1, 6, 2, 2, 3.14159))
print('%c%c' % ('x', 0x263A), '%s' % None, '%r' % 'it\'s', '%a' % 'é', '%5s|%-5s|' % ('ab', 'cd'), '%.2s' % 'abcdef')
for fmt, args in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(a)s', 5), ('%c', 'ab'), ('%d', 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print(b'%s and %d' % (b'bytes', 5), '%d%%' % 50)
