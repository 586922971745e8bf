import sys
sys.stderr = sys.stdout
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING, InitVar, KW_ONLY, FrozenInstanceError
from typing import ClassVar, List


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0


check('init', lambda: Point(1, 2))
check('default', lambda: Point(5))
check('kw', lambda: Point(y=3, x=4))
check('eq', lambda: (Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point(1) == (1, 0)))
check('missing arg', lambda: Point())
check('extra arg', lambda: Point(1, 2, 3))
check('bad kw', lambda: Point(1, z=3))
check('hash none', lambda: Point.__hash__)
check('match_args', lambda: Point.__match_args__)
check('fields', lambda: [(f.name, f.type, f.default is MISSING) for f in fields(Point)])
check('fields inst', lambda: [f.name for f in fields(Point(1))])
check('fields err', lambda: fields(3))
check('asdict', lambda: asdict(Point(1, 2)))
check('astuple', lambda: astuple(Point(1, 2)))
check('replace', lambda: replace(Point(1, 2), y=9))
check('replace bad', lambda: replace(Point(1, 2), z=9))
check('is_dataclass', lambda: (is_dataclass(Point), is_dataclass(Point(1)), is_dataclass(3)))
check('MISSING', lambda: type(MISSING).__name__)
check('class attr', lambda: (Point.y, hasattr(Point, 'x')))
check('params', lambda: Point.__dataclass_params__.frozen)


def nondefault():
    @dataclass
    class Bad:
        x: int = 0
        y: int
check('non-default', nondefault)


def mutable():
    @dataclass
    class Bad:
        x: list = []
check('mutable', mutable)


def mutable_dict():
    @dataclass
    class Bad:
        x: dict = {}
check('mutable dict', mutable_dict)


def both():
    return field(default=1, default_factory=list)
check('both defaults', both)


def no_annotation():
    @dataclass
    class Bad:
        x = field(default=1)
check('no annotation', no_annotation)


@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', compare=False)
    meta: int = field(default=1, metadata={'unit': 'm'})


check('factory', lambda: Inventory())
check('factory distinct', lambda: Inventory().items is not Inventory().items)
check('repr false', lambda: repr(Inventory(['a'], 3)))
check('compare false', lambda: Inventory(secret='a') == Inventory(secret='b'))
check('metadata', lambda: dict(fields(Inventory)[3].metadata))
check('empty metadata', lambda: len(fields(Inventory)[0].metadata))


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = 'x'


fz = Frozen(1)
check('frozen repr', lambda: fz)
check('frozen set', lambda: setattr(fz, 'a', 2))
check('frozen del', lambda: delattr(fz, 'a'))
check('frozen new attr', lambda: setattr(fz, 'c', 2))
check('frozen hash', lambda: hash(fz) == hash((1, 'x')))
check('frozen error type', lambda: issubclass(FrozenInstanceError, AttributeError))


def frozen_mix():
    @dataclass
    class Child(Frozen):
        c: int = 0
check('frozen inherit', frozen_mix)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


check('order', lambda: (Version(1, 2) < Version(1, 3), Version(2) > Version(1, 9), Version(1) <= Version(1)))
check('order sort', lambda: sorted([Version(2), Version(1, 5), Version(1)]))
check('order other', lambda: Version(1) < 3)


def order_no_eq():
    @dataclass(order=True, eq=False)
    class V:
        a: int
check('order without eq', order_no_eq)


def order_conflict():
    @dataclass(order=True)
    class V:
        a: int

        def __lt__(self, other):
            return True
check('order overwrite', order_conflict)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: int = field(default=0, hash=False)


check('unsafe_hash', lambda: hash(Hashy(1, 2)) == hash((1,)))


@dataclass(eq=False)
class NoEq:
    a: int


check('eq false', lambda: (NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__))


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale


check('post_init', lambda: WithPost(3))
check('post_init initvar', lambda: WithPost(3, 10))
check('initvar not field', lambda: [f.name for f in fields(WithPost)])
check('initvar repr', lambda: repr(InitVar[int]))
check('replace initvar', lambda: replace(WithPost(1), scale=5))
check('replace init false', lambda: replace(WithPost(1), b=5, scale=1))


@dataclass
class WithClassVar:
    a: int
    registry: ClassVar[dict] = {}
    label: 'ClassVar[str]' = 'L'


check('classvar', lambda: ([f.name for f in fields(WithClassVar)], WithClassVar.registry))
check('classvar init', lambda: WithClassVar(1))


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


check('inherit', lambda: Derived())
check('inherit fields', lambda: [f.name for f in fields(Derived)])


@dataclass(kw_only=True)
class KwOnly:
    a: int
    b: int = 2


check('kw_only', lambda: KwOnly(a=1))
check('kw_only positional', lambda: KwOnly(1))
check('kw_only match_args', lambda: KwOnly.__match_args__)


@dataclass
class Marker:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3


check('KW_ONLY', lambda: Marker(1, b=2))
check('KW_ONLY err', lambda: Marker(1, 2))


@dataclass
class FieldKw:
    a: int = field(kw_only=True, default=0)
    b: int = 1


check('field kw_only', lambda: (FieldKw(5), FieldKw.__match_args__))


@dataclass
class Nested:
    p: Point
    pts: list
    d: dict


n = Nested(Point(1, 2), [Point(3)], {'k': Point(4, 5)})
check('asdict nested', lambda: asdict(n))
check('astuple nested', lambda: astuple(n))
check('asdict copy', lambda: asdict(n)['pts'] is not n.pts)


@dataclass(repr=False)
class NoRepr:
    a: int


check('repr false cls', lambda: repr(NoRepr(1)).startswith('<'))


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'custom'


check('keep repr', lambda: repr(Custom(1)))


@dataclass
class Recursive:
    a: object = None


r = Recursive()
r.a = r
check('recursive repr', lambda: repr(r))


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 0


check('slots', lambda: (Slotted.__slots__, Slotted(1), hasattr(Slotted(1), '__dict__')))
check('slots set', lambda: setattr(Slotted(1), 'c', 1))

check('field repr', lambda: repr(fields(Point)[1]).startswith("Field(name='y',type=<class 'int'>,default=0,"))
P3 = dataclasses.make_dataclass('P3', ['a', ('b', int), ('c', int, field(default=3))])
check('make_dataclass', lambda: (P3(1, 2), [f.name for f in fields(P3)]))


@dataclass
class NoFields:
    pass


check('no fields', lambda: (NoFields(), NoFields() == NoFields()))


@dataclass
class SelfField:
    self: int


check('self field', lambda: SelfField(self=3))
check('frozen in set', lambda: len({Frozen(1), Frozen(1), Frozen(2)}))
check('frozen replace', lambda: replace(fz, b='y'))


@dataclass
class WithDefaultsInherit(Inventory):
    extra: int = 5


check('inherit factory', lambda: (WithDefaultsInherit(), WithDefaultsInherit().items is not WithDefaultsInherit().items))


@dataclass(frozen=True)
class FrozenChild(Frozen):
    c: int = 9


check('frozen child', lambda: (FrozenChild(1), setattr(FrozenChild(1), 'c', 2)))


@dataclass
class NoInit:
    a: int = field(init=False, default=4)
    b: list = field(init=False, default_factory=list)


check('init false defaults', lambda: (NoInit(), NoInit().b is not NoInit().b))
check('init false arg', lambda: NoInit(1))


@dataclass(init=False)
class ManualInit:
    a: int

    def __init__(self):
        self.a = 42


check('init=False class', lambda: ManualInit())


@dataclass
class EqOverride:
    a: int

    def __eq__(self, other):
        return True


check('eq override hash', lambda: (EqOverride(1) == EqOverride(2), EqOverride.__hash__))


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 7


check('explicit hash kept', lambda: hash(ExplicitHash(1)))


def unsafe_conflict():
    @dataclass(unsafe_hash=True)
    class U:
        a: int

        def __hash__(self):
            return 1
check('unsafe_hash conflict', unsafe_conflict)
check('asdict non-dataclass', lambda: asdict(3))
check('astuple non-dataclass', lambda: astuple([1]))
check('replace non-dataclass', lambda: replace(3))
check('fields class', lambda: [f.name for f in fields(Frozen)])
check('default_factory classvar', lambda: dataclass(type('CV', (), {'__annotations__': {'x': ClassVar[list]}, 'x': field(default_factory=list)})))
