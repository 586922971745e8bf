# %-formatting and formatting-related conversions for bytes.
print(b'%s-%d-%x-%05.1f-%c-%c' % (b'abc', 42, 255, 3.14159, 65, b'Z'))
print(b'%b %r %a' % (b'raw', 'x', 'é'), b'%(k)s' % {b'k': b'v'}, b'%%' % ())
try:
    b'%s' % 'str'
except TypeError as e:
    print('TypeError:', e)
print(str(b'abc'), repr(bytearray(b'\x00\x01')), b'%-6s|' % b'ab', b'%6s|' % b'ab')
