# __slots__ on int, str and float subclasses: no instance __dict__, slot attributes only; IntEnum still works.
import enum

def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__, e)

class I(int):
    __slots__ = ()
i = I(5)
attempt('int set', lambda: setattr(i, 'x', 1))
print(hasattr(i, '__dict__'), i + 1, type(i).__name__, repr(i))
attempt('int nonempty', lambda: type('J', (int,), {'__slots__': ('a',)}))

class S(str):
    __slots__ = ('tag', '__weakref__')
s = S('hi')
s.tag = 3
print(s.tag, s, hasattr(s, '__dict__'), s.upper(), s + '!', len(s))
attempt('str set', lambda: setattr(s, 'other', 1))
del s.tag
attempt('str get deleted', lambda: s.tag)
attempt('str del again', lambda: delattr(s, 'tag'))

class S2(S):
    __slots__ = ('more',)
s2 = S2('x')
s2.tag, s2.more = 1, 2
print(s2.tag, s2.more, hasattr(s2, '__dict__'), sorted(S2.__slots__), isinstance(S2.__dict__['more'], type(S.tag)))

class S3(S):
    pass
s3 = S3('y')
s3.tag = 't'
s3.free = 'f'
print(s3.tag, s3.free, s3.__dict__)

class Fl(float):
    __slots__ = ('unit',)
f = Fl(2.5)
f.unit = 'm'
print(f, f.unit, f * 2, hasattr(f, '__dict__'))
attempt('float set', lambda: setattr(f, 'x', 1))

class Plain(int):
    pass
p = Plain(7)
p.x = 1
print(p.x, p.__dict__)
class Deeper(Plain):
    __slots__ = ()
d = Deeper(8)
d.y = 2
print(d.y, d.__dict__)

class Color(enum.IntEnum):
    RED = 1
    GREEN = 2
print(Color.RED, repr(Color.GREEN), Color.RED + 1, Color(2).name, Color.GREEN.value, list(Color))
class Perm(enum.IntFlag):
    R = 4
    W = 2
print(Perm.R | Perm.W, (Perm.R | Perm.W).value, Perm.R in (Perm.R | Perm.W))
class Mode(str, enum.Enum):
    A = 'a'
print(Mode.A.value, Mode('a').name, Mode.A == 'a')
