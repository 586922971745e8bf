# dataclasses read the class __annotations__: field order, defaults, ClassVar, inheritance and fields().
from dataclasses import dataclass, field, fields, asdict
from typing import ClassVar, List
@dataclass
class Base:
    x: int
    y: int = 0
    registry: ClassVar[List[str]] = []
@dataclass
class Child(Base):
    z: str = 'z'
    tags: list = field(default_factory=list)
c = Child(1, 2, 'q')
print(c, [f.name for f in fields(c)], asdict(c), Child.registry)
print(Base.__annotations__, Child.__annotations__)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 2), Version(0, 9), Version(1)]), hash(Version(1)) == hash(Version(1, 0)))
try:
    Version(1).major = 3
except Exception as e:
    print(type(e).__name__, e)
def make(n: int) -> 'Child':
    return Child(n)
print(make.__annotations__, make(4))
