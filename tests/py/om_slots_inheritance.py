# __slots__ across inheritance: slot descriptors, __dict__ and __weakref__ slots, empty slots, mangled names, errors.
class Base:
    __slots__ = ('a',)
class Child(Base):
    __slots__ = ('b',)
c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, '__dict__'), sorted(k for k in Child.__dict__ if not k.startswith('__')), type(Base.a).__name__)
try:
    c.z = 3
except AttributeError as e:
    print('AttributeError:', e)
class Open(Base):
    pass
o = Open()
o.a, o.extra = 5, 6
print(o.a, o.__dict__, '__dict__' in Open.__dict__, '__weakref__' in Open.__dict__)
class NoAttrs:
    __slots__ = ()
try:
    NoAttrs().x = 1
except AttributeError as e:
    print('AttributeError:', e)
class WithWeak:
    __slots__ = ('v', '__weakref__')
w = WithWeak()
print(w.__weakref__, '__weakref__' in WithWeak.__dict__, hasattr(w, '__dict__'))
for bad in [(1,), ('a', '__dict__', '__dict__')]:
    try:
        type('Bad', (), {'__slots__': bad})
    except TypeError as e:
        print('TypeError:', e)
class Str:
    __slots__ = 'only'
s = Str()
s.only = 'one'
print(s.only, Str.__slots__)
del s.only
try:
    del s.only
except AttributeError as e:
    print('AttributeError:', e)
