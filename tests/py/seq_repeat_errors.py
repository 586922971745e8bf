# Sequence repetition with __index__ counts and the "can't multiply sequence" errors.
class N:
    def __index__(self):
        return 3
class R:
    def __rmul__(self, other):
        return 'R.__rmul__ got ' + repr(other)
print('ab' * N(), [0] * N(), N() * (1, 2), b'x' * N(), bytearray(b'y') * N(), 'a' * True, 'ab' * R())
for bad in ["'a' * 'b'", "[1] * 2.0", "(1,) * [2]", "b'a' * 1.5", "'a' * None", "None * 'a'", "[1] * (2,)", "'x' * 1j"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, '->', e)
s = 'ab'
try:
    s *= 2.5
except TypeError as e:
    print('s *= 2.5 ->', e)
l = [1]
l *= N()
print(l)
