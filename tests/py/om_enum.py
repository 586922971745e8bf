# enum: Enum, IntEnum, Flag, auto, iteration order, lookup by value and name, aliases, errors.
from enum import Enum, IntEnum, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], Color.CRIMSON is Color.RED, list(Color))
print(Color.RED.name, Color.RED.value, len(Color), Color.RED in Color, isinstance(Color.RED, Color))
print([m.name for m in Color], list(Color.__members__), Color.RED == 1, Color.RED != Color.BLUE)
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError:', e)
class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Prio.MID, Prio.HIGH > Prio.LOW, Prio.LOW + 10, sorted([Prio.HIGH, Prio.LOW]), int(Prio.MID), Prio(3).name)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, rw & Perm.W, bool(Perm.R & Perm.X), Perm(7))
class Planet(Enum):
    EARTH = (5.97e24, 6.371e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def density_rank(self):
        return self.mass / self.radius ** 3
print(Planet.MARS.mass, Planet.EARTH.density_rank > Planet.MARS.density_rank, Planet.EARTH.value)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
