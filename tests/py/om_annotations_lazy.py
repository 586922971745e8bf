# Annotations: function __annotations__ computed on first access, class and module __annotations__ dicts, defaults and assignment.
def f(a: int, b: 'str' = 'x', *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b]
print(f.__annotations__)
print(f.__annotations__ is f.__annotations__)
def g(x, y=1):
    pass
print(g.__annotations__, callable(getattr(f, '__annotate__', None)) or True)
g.__annotations__ = {'x': int}
print(g.__annotations__)
class Point:
    x: int
    y: int = 0
    label: str = 'p'
    def move(self, dx: int, dy: int) -> 'Point':
        return self
print(Point.__annotations__, Point.move.__annotations__, Point.y, hasattr(Point, 'x'))
count: int = 3
name: str
print(__annotations__, count)
def outer():
    T = float
    def inner(v: T) -> T:
        return v
    return inner
print(outer().__annotations__)
class Empty:
    pass
print(Empty.__annotations__ if '__annotations__' in Empty.__dict__ else 'no own annotations')
