# Annotations at run time: __annotations__ of functions and classes, typing constructs used as values, TypeVar generics.
from typing import Optional, Union, List, Dict, Generic, TypeVar, get_type_hints
T = TypeVar('T')
def f(a: int, b: 'str' = 'x', *args: float, c: Optional[int] = None, **kw: bool) -> List[int]:
    return [a]
print(f.__annotations__)
class Box(Generic[T]):
    item: T
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
b = Box[int](5)
print(b.get(), Box.__annotations__, Box[int], get_type_hints(f)['c'])
print(Optional[int], Union[int, str], Dict[str, List[int]], list[int], dict[str, int] == dict[str, int])
class Point:
    x: int
    y: int = 0
print(Point.__annotations__, hasattr(Point, 'x'), Point.y)
def g(x: 1 + 1):
    pass
print(g.__annotations__)
