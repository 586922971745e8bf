# Enums in match statements (value patterns with dotted names), in dict keys and in sorted order by value.
from enum import Enum, IntEnum
class Light(Enum):
    RED = 'red'
    AMBER = 'amber'
    GREEN = 'green'
def next_light(l):
    match l:
        case Light.RED:
            return Light.GREEN
        case Light.GREEN:
            return Light.AMBER
        case Light.AMBER:
            return Light.RED
l = Light.RED
seq = []
for _ in range(5):
    seq.append(l.name)
    l = next_light(l)
print(seq)
class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    ERROR = 40
counts = {lvl: 0 for lvl in Level}
for v in [20, 40, 10, 20, 20]:
    counts[Level(v)] += 1
print({k.name: v for k, v in counts.items()}, sorted(Level, reverse=True), max(Level).name)
match 20:
    case Level.INFO:
        print('int 20 matches Level.INFO')
