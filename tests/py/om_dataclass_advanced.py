# dataclasses: kw_only, slots, field(repr=False, compare=False), InitVar, ClassVar, match_args, unsafe_hash.
from dataclasses import dataclass, field, InitVar, fields, KW_ONLY
from typing import ClassVar
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
@dataclass(slots=True)
class Pt:
    x: int
    y: int
@dataclass
class User:
    name: str
    password: str = field(repr=False, compare=False, default='')
    count: ClassVar[int] = 0
    salt: InitVar[str] = 'x'
    def __post_init__(self, salt):
        User.count += 1
        self.password = salt + self.password
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
@dataclass(unsafe_hash=True)
class Key:
    k: str
print(Opts(level=3), Pt(1, 2), hasattr(Pt(1, 2), '__dict__'), Pt.__slots__)
try:
    Opts(True)
except TypeError as e:
    print('TypeError:', e)
u = User('ann', 'pw', 'salt-')
print(u, u.password, User('ann', 'other') == User('ann', 'x'), User.count, [f.name for f in fields(User)])
print(Mixed(1, b=5), Pt.__match_args__, Mixed.__match_args__, hash(Key('a')) == hash(Key('a')))
match Pt(0, 7):
    case Pt(0, y):
        print('on the y axis at', y)
