# abc: abstract methods prevent instantiation, abstract properties, register(), isinstance with ABCs.
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sized, Mapping, Sequence, Callable, Hashable
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area():.2f}'
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
# The message names the missing methods; its wording changed in 3.12, so only that is checked.
try:
    Shape()
except TypeError as e:
    print('TypeError:', 'Shape' in str(e), 'area' in str(e))
class Incomplete(Shape):
    pass
try:
    Incomplete()
except TypeError as e:
    print('TypeError:', 'Incomplete' in str(e), 'area' in str(e))
print(Square(3).describe(), isinstance(Square(1), Shape))
class Duck:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter([])
print(isinstance(Duck(), Sized), isinstance(Duck(), Iterable), isinstance(Duck(), Sequence), isinstance({}, Mapping))
print(isinstance([], Sequence), isinstance('s', Sequence), isinstance(len, Callable), isinstance([], Hashable), isinstance(1, Hashable))
class Anything:
    pass
Shape.register(Anything)
print(isinstance(Anything(), Shape), issubclass(Anything, Shape))
