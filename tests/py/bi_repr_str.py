# repr() vs str() for builtin types and user classes; nested containers use repr.
vals = [1, 1.5, 'text', "q'uote", b'b', None, True, [1, 'a'], (1,), {'k': 'v'}, {1}, frozenset({2}), range(3),
        slice(1, 2), 1 + 2j, bytearray(b'x'), Ellipsis, NotImplemented, object, int, len, [[]], ((),)]
for v in vals:
    print(repr(v), '|', str(v))
class Both:
    def __repr__(self):
        return 'Both()'
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr<>'
class OnlyStr:
    def __str__(self):
        return 'only-str'
print(repr(Both()), str(Both()), str(OnlyRepr()), [OnlyRepr()], str(OnlyStr()), str([OnlyStr()])[:10])
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
