# Introspecting classes: inspect.getmembers with predicates, signatures, isclass/isfunction/ismethod, getattr_static.
import inspect
class Shape:
    sides = 0
    def __init__(self, name: str, scale: float = 1.0, *, tag=None):
        self.name = name
    def area(self) -> float:
        return 0.0
    @classmethod
    def unit(cls):
        return cls('unit')
    @staticmethod
    def helper(x, /, y=2):
        return x + y
    @property
    def label(self):
        return self.name.title()
print([n for n, _ in inspect.getmembers(Shape, inspect.isfunction)])
print(inspect.signature(Shape), inspect.signature(Shape.area), inspect.signature(Shape.helper), inspect.signature(Shape.unit))
s = Shape('sq')
print(inspect.ismethod(s.area), inspect.isfunction(Shape.area), inspect.isclass(Shape), inspect.ismethod(Shape.unit))
print(type(inspect.getattr_static(Shape, 'unit')).__name__, type(inspect.getattr_static(s, 'label')).__name__, Shape.__init__.__annotations__)
print([p.kind.name for p in inspect.signature(Shape.helper).parameters.values()], inspect.getdoc(Shape) is None or 'doc')
