# Enum functional API, _missing_, _generate_next_value_, members with same value as aliases, iteration and len.
from enum import Enum, auto
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3), Animal['ANT'])
Color = Enum('Color', [('RED', 'r'), ('GREEN', 'g')])
print(Color('g'), Color.RED.value, len(Color))
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Status('ACTIVE'), Status('Inactive'))
try:
    Status('unknown')
except ValueError as e:
    print('ValueError:', e)
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()
print(Lower.NORTH.value, [m.value for m in Lower])
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(list(Shape), Shape.ALIAS_FOR_SQUARE, list(Shape.__members__))
