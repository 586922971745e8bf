# Special attributes: __class__, __dict__, __module__, __doc__, __bases__, __mro__, __subclasses__, __name__.
class Base:
    """Base docstring."""
    x = 1
class Left(Base):
    pass
class Right(Base):
    pass
class Both(Left, Right):
    pass
b = Both()
print(b.__class__.__name__, Both.__bases__, [c.__name__ for c in Both.__mro__], Base.__doc__, Both.__doc__)
print(sorted(c.__name__ for c in Base.__subclasses__()), Both.__module__, Base.__name__, type(Both.__dict__).__name__)
b.__class__ = Left
print(type(b).__name__, isinstance(b, Both), isinstance(b, Left))
print(int.__mro__, bool.__mro__, object.__mro__, type.__mro__)
print(Base.__dict__['x'], 'x' in Both.__dict__, getattr(Both, 'x'), vars(Base)['__doc__'])
try:
    b.__class__ = int
except TypeError as e:
    print('TypeError:', e)
