import sys
sys.stderr = sys.stdout
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name}={self.value}'


check('list', lambda: list(Color))
check('len', lambda: len(Color))
check('repr', lambda: repr(Color.RED))
check('str', lambda: str(Color.RED))
check('format', lambda: f'{Color.RED}|{Color.RED:>12}|')
check('alias', lambda: Color.CRIMSON is Color.RED)
check('by value', lambda: Color(2))
check('by name', lambda: Color['BLUE'])
check('bad value', lambda: Color(9))
check('bad name', lambda: Color['PINK'])
check('members', lambda: list(Color.__members__.items()))
check('name value', lambda: (Color.GREEN.name, Color.GREEN.value))
check('method', lambda: Color.BLUE.describe())
check('isinstance', lambda: (isinstance(Color.RED, Color), type(Color.RED) is Color))
check('type repr', lambda: (repr(Color), type(Color) is EnumType, EnumMeta is EnumType))
check('contains', lambda: (Color.RED in Color,))
check('reassign', lambda: setattr(Color, 'RED', 5))
check('delete', lambda: delattr(Color, 'RED'))
check('hash', lambda: hash(Color.RED) == hash('RED'))
check('eq', lambda: (Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE))
check('lt', lambda: Color.RED < Color.BLUE)
check('reversed', lambda: list(reversed(Color)))
check('dict key', lambda: {Color.RED: 'r'}[Color.CRIMSON])
check('self lookup', lambda: Color(Color.RED))


def subclass():
    class More(Color):
        PINK = 4
check('extend', subclass)


def dup():
    class D(Enum):
        A = 1
        A = 2
check('dup key', dup)


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


check('auto', lambda: [(m.name, m.value) for m in Auto])


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()


check('custom gnv', lambda: [m.value for m in Lower])


def not_unique():
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
check('unique', not_unique)


@unique
class Fine(Enum):
    A = 1
    B = 2


check('unique ok', lambda: list(Fine))


class Num(IntEnum):
    ONE = 1
    TWO = 2


check('intenum', lambda: (repr(Num.ONE), str(Num.ONE), f'{Num.TWO}', Num.ONE + 1, Num.TWO * 3, Num.ONE == 1))
check('intenum sort', lambda: sorted([Num.TWO, Num.ONE]))
check('intenum lookup', lambda: Num(2))
check('intenum isinstance', lambda: isinstance(Num.ONE, int))


class Sx(StrEnum):
    A = auto()
    B = 'bee'


check('strenum', lambda: (repr(Sx.A), str(Sx.A), f'{Sx.B}', Sx.A == 'a', Sx.B.upper()))


class Perm(Flag):
    R = 4
    W = 2
    X = 1


check('flag or', lambda: (repr(Perm.R | Perm.W), str(Perm.R | Perm.W)))
check('flag and', lambda: repr((Perm.R | Perm.W) & Perm.W))
check('flag zero', lambda: (repr(Perm(0)), str(Perm(0)), bool(Perm(0))))
check('flag iter', lambda: list(Perm.R | Perm.X))
check('flag len', lambda: len(Perm.R | Perm.W | Perm.X))
check('flag contains', lambda: (Perm.R in (Perm.R | Perm.W), Perm.X in (Perm.R | Perm.W)))
check('flag invert', lambda: repr(~Perm.R))
check('flag xor', lambda: repr(Perm.R ^ (Perm.R | Perm.X)))
check('flag bad', lambda: Perm(8))
check('flag by value', lambda: repr(Perm(7)))
check('flag list', lambda: list(Perm))
check('flag type repr', lambda: repr(Perm))
check('flag cached', lambda: (Perm.R | Perm.W) is (Perm.W | Perm.R))


class FAuto(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B


check('flag auto', lambda: [(m.name, m.value) for m in FAuto])
check('flag alias', lambda: (repr(FAuto.AB), FAuto.__members__['AB'] is FAuto.AB))


class IP(IntFlag):
    A = 1
    B = 2


check('intflag', lambda: (repr(IP.A | IP.B), str(IP.A | IP.B), format(IP.A)))
check('intflag extra', lambda: (repr(IP(5)), str(IP(5))))
check('intflag int', lambda: (IP.A | 4, IP.A + 1, isinstance(IP.A | IP.B, IP)))
check('intflag invert', lambda: repr(~IP.A))

Animal = Enum('Animal', 'ANT BEE CAT')
check('functional', lambda: (list(Animal), Animal.BEE.value, repr(Animal)))
Pairs = Enum('Pairs', [('P', 5), ('Q', 6)])
check('functional pairs', lambda: list(Pairs))
Mapped = Enum('Mapped', {'M': 'm', 'N': 'n'})
check('functional dict', lambda: list(Mapped))
check('functional module', lambda: Animal.__module__)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


check('tuple init', lambda: (Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6))))


class Missing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return cls.A if value == 'a' else None


check('missing', lambda: (Missing('a'), Missing(1)))
check('missing none', lambda: Missing('b'))


class Ordered(Enum):
    B = 2
    A = 1
    _ignore_ = 'tmp'
    tmp = 5

    @property
    def doubled(self):
        return self.value * 2


check('ignore', lambda: (list(Ordered), hasattr(Ordered, 'tmp')))
check('property', lambda: Ordered.A.doubled)
check('class attr', lambda: Ordered.B._name_)


class Pretty(Enum):
    A = 1

    def __str__(self):
        return 'pretty ' + self.name


check('str override', lambda: (str(Pretty.A), f'{Pretty.A}', repr(Pretty.A)))
check('intenum format spec', lambda: (format(Num.ONE, '>3'), f'{Num.TWO:02d}', '%d' % Num.TWO))
check('strenum methods', lambda: (Sx.B + '!', Sx('bee'), Sx.A in ['a'], len(Sx.B)))
check('strenum bad value', lambda: StrEnum('Bad', {'X': 1}))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


check('alias members', lambda: (list(Shape), list(Shape.__members__), Shape(2).name))
check('value lookup unhashable', lambda: Color([1]))


class Ctr(IntEnum):
    LOW = auto()
    HIGH = auto()


check('intenum auto', lambda: (list(Ctr), Ctr.HIGH > Ctr.LOW, int(Ctr.HIGH)))
check('enum bool', lambda: (bool(Color.RED), bool(Color)))
check('enum iter members', lambda: [m.value for m in Color.__members__.values()])
check('flag from int', lambda: [repr(Perm(v)) for v in range(8)])
check('flag names', lambda: [m.name for m in Perm])


class Weekday(Flag):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()
    WEEKDAYS = MONDAY | TUESDAY | WEDNESDAY


check('flag combo member', lambda: (repr(Weekday.WEEKDAYS), list(Weekday.WEEKDAYS), len(Weekday.WEEKDAYS), Weekday.MONDAY in Weekday.WEEKDAYS))
check('flag contains bad', lambda: 1 in Weekday.WEEKDAYS)
check('flag or bad', lambda: Weekday.MONDAY | 1)
check('intflag and int', lambda: (repr(IP.A & 1), repr(IP(0)), bool(IP(0))))
check('enum members order', lambda: list(Perm.__members__))
check('enum dir members', lambda: [n for n in dir(Color.RED) if not n.startswith('_')])
