# enum: methods and properties on members, unique, StrEnum-like str mixin, iteration with aliases, member comparisons.
from enum import Enum, unique, IntFlag
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    SAT = 6
    SUN = 7
    @property
    def is_weekend(self):
        return self.value >= 6
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print([d.name for d in Weekday if d.is_weekend], Weekday.WED.next(), Weekday.SUN.next())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)
class Mode(str, Enum):
    READ = 'r'
    WRITE = 'w'
print(Mode.READ == 'r', Mode('w').name, Mode.READ.upper(), sorted(m.value for m in Mode), isinstance(Mode.READ, str))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.X, int(Perm.R | Perm.W), Perm(6), Perm.R | 8 == 12, list(Perm))
try:
    Weekday.MON < Weekday.TUE
except TypeError as e:
    print('TypeError:', e)
print(Weekday.MON == Weekday.MON, Weekday.MON is Weekday(1), hash(Weekday.MON) == hash(Weekday.MON), Weekday['SAT'].value)
