import sys
sys.stderr = sys.stdout
import abc
from abc import ABC, ABCMeta, abstractmethod


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return 'shape'


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 1


check('abstract methods', lambda: sorted(Shape.__abstractmethods__))
check('instantiate abstract', lambda: Shape())
check('instantiate half', lambda: Half())
check('half abstracts', lambda: Half.__abstractmethods__)
check('concrete', lambda: (Square(2).area(), Square(2).describe(), Square.__abstractmethods__))
check('type', lambda: (type(Shape) is ABCMeta, isinstance(Square(1), Shape)))


class Prop(ABC):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def util():
        ...


check('abstract property', lambda: sorted(Prop.__abstractmethods__))
check('abstract property inst', lambda: Prop())


class Duck:
    def quack(self):
        return 'quack'


class Quacker(ABC):
    pass


Quacker.register(Duck)
check('register', lambda: (isinstance(Duck(), Quacker), issubclass(Duck, Quacker), Quacker in Duck.__mro__))
check('register return', lambda: Quacker.register(int) is int)
check('register bad', lambda: Quacker.register(3))
check('register cycle', lambda: Duck.register(Quacker) if isinstance(Duck, ABCMeta) else Quacker.register(Quacker))


class Sub(Duck):
    pass


check('register subclass', lambda: issubclass(Sub, Quacker))
check('not registered', lambda: (isinstance('x', Quacker), issubclass(str, Quacker)))


class Parent(ABC):
    pass


class Child(Parent):
    pass


check('real subclass', lambda: (issubclass(Child, Parent), isinstance(Child(), Parent)))
check('issubclass non class', lambda: issubclass(3, Parent))


class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            return hasattr(C, 'special')
        return NotImplemented


class HasSpecial:
    special = 1


check('subclasshook', lambda: (issubclass(HasSpecial, Hooked), issubclass(int, Hooked), isinstance(HasSpecial(), Hooked)))


class Meta(metaclass=ABCMeta):
    @abstractmethod
    def f(self):
        pass


check('metaclass direct', lambda: Meta())
check('cache token', lambda: isinstance(abc.get_cache_token(), int))
t0 = abc.get_cache_token()
Quacker.register(float)
check('cache token bump', lambda: abc.get_cache_token() != t0)


class Later(ABC):
    @abstractmethod
    def f(self):
        pass


class Impl(Later):
    pass


Impl.f = lambda self: 1
abc.update_abstractmethods(Impl)
check('update_abstractmethods', lambda: (Impl.__abstractmethods__, Impl().f()))
check('update plain', lambda: abc.update_abstractmethods(int) is int)
check('isabstract attr', lambda: (Shape.area.__isabstractmethod__, getattr(Square.area, '__isabstractmethod__', False)))


class Multi(ABC):
    @abstractmethod
    def b(self):
        pass

    @abstractmethod
    def a(self):
        pass

    @abstractmethod
    def c(self):
        pass


check('multi message', lambda: Multi())
check('ABC slots', lambda: ABC.__slots__)


class Over(Shape):
    area = None
    perimeter = 3


check('override with value', lambda: (Over.__abstractmethods__, type(Over()).__name__))
