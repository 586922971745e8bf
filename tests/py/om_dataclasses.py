# dataclasses: generated __init__/__repr__/__eq__, defaults, field(default_factory), order, frozen, asdict, replace.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    total: int = field(init=False, default=0)
    def __post_init__(self):
        self.total = len(self.items)
p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) != Point(2), repr(Point(y=5, x=3)))
print(sorted([Version(1, 2, 'b'), Version(1, 0), Version(0, 9, 'a')]), Version(1, 0, 'x') == Version(1, 0, 'y'))
c = Color(255, 0, 0)
try:
    c.r = 0
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
print(hash(c) == hash(Color(255, 0, 0)), {c: 'red'}[Color(255, 0, 0)])
inv = Inventory(['a', 'b'])
print(inv, Inventory(), Inventory().items is not Inventory().items)
print(asdict(Version(2, 1, 'rc')), astuple(p), replace(p, y=9), [f.name for f in fields(Version)])
try:
    Point()
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print('TypeError:', e)
@dataclass
class Child(Point):
    z: int = 0
print(Child(1, 2, 3), Child.__mro__[1].__name__)
