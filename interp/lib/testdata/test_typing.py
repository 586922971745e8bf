import sys
sys.stderr = sys.stdout
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, Protocol,
                    NamedTuple, TypedDict, Literal, Final, ClassVar, cast, overload, TYPE_CHECKING,
                    get_type_hints, Iterator, Iterable, Sequence, Mapping, Set, FrozenSet, Type,
                    get_origin, get_args, runtime_checkable, NewType, Annotated, AnyStr, Text)


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


check('List', lambda: (repr(List), repr(List[int])))
check('Dict', lambda: repr(Dict[str, List[int]]))
check('Tuple', lambda: (repr(Tuple[int, str]), repr(Tuple[int, ...]), repr(Tuple[()])))
check('Optional', lambda: repr(Optional[int]))
check('Union', lambda: (repr(Union[int, str]), repr(Union[int, None]), repr(Union[int, str, None])))
check('Union flatten', lambda: (Union[int, Union[str, float]] == Union[int, str, float], repr(Union[int, int])))
check('Union order eq', lambda: Union[int, str] == Union[str, int])
check('Union empty', lambda: Union[()])
check('Callable', lambda: (repr(Callable[[int, str], bool]), repr(Callable[..., int]), repr(Callable)))
check('Callable bad', lambda: Callable[int, str])
check('Any', lambda: (repr(Any), Any is typing.Any))
check('Any isinstance', lambda: isinstance(1, Any))
check('Any instantiate', lambda: Any())
check('Literal', lambda: repr(Literal[1, 'a', None]))
check('Final ClassVar', lambda: (repr(Final[int]), repr(ClassVar[List[int]])))
check('abc aliases', lambda: [repr(x) for x in (Iterator[int], Iterable[str], Sequence[int], Mapping[str, int], Set[int], FrozenSet[int], Type[int])])
check('isinstance alias', lambda: (isinstance([], List), isinstance({}, Dict), isinstance([], Sequence), isinstance(iter([]), Iterator)))
check('isinstance subscripted', lambda: isinstance([], List[int]))
check('List call', lambda: List())
check('List wrong count', lambda: Dict[int])
check('get_origin', lambda: [get_origin(x) for x in (List[int], Dict[str, int], Union[int, str], int, Callable[[int], str], Literal[1])])
check('get_args', lambda: [get_args(x) for x in (List[int], Dict[str, int], Union[int, str], int, Callable[[int], str], Callable[..., int])])
check('get_origin annotated', lambda: (get_origin(Annotated[int, 'x']) is Annotated, get_args(Annotated[int, 'x', 2])))
check('Annotated repr', lambda: repr(Annotated[int, 'meta']))
T = TypeVar('T')
K = TypeVar('K', bound=int)
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)
S = TypeVar('S', str, bytes)
check('TypeVar repr', lambda: (repr(T), repr(Co), repr(Contra), T.__name__, K.__bound__, S.__constraints__))
check('TypeVar bad', lambda: TypeVar('X', int))
check('TypeVar bivariant', lambda: TypeVar('X', covariant=True, contravariant=True))
check('List[T]', lambda: (repr(List[T]), List[T].__parameters__, repr(List[T][int])))
check('Dict[T] partial', lambda: repr(Dict[str, T][int]))


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item

    def get(self):
        return self.item


check('generic', lambda: (Box(1).get(), Box.__parameters__, repr(Box[int])))
check('generic call', lambda: Box[int](5).get())
check('generic mro', lambda: Box.__mro__[-2:] if len(Box.__mro__) > 2 else Box.__mro__)
check('generic bad', lambda: Box[int, str])
check('generic nontv', lambda: Generic[int])
check('generic origin', lambda: (get_origin(Box[int]) is Box, get_args(Box[int])))


class Pair(Generic[K, T]):
    pass


check('generic two', lambda: (Pair.__parameters__, repr(Pair[int, str])))


@runtime_checkable
class Closable(Protocol):
    def close(self):
        ...


class File:
    def close(self):
        pass


class NotClosable:
    pass


check('protocol', lambda: (isinstance(File(), Closable), isinstance(NotClosable(), Closable)))


class Proto(Protocol):
    def meth(self):
        ...


check('protocol not runtime', lambda: isinstance(File(), Proto))
check('protocol instantiate', lambda: Proto())


class Impl(Proto):
    def meth(self):
        return 'impl'


check('protocol subclass', lambda: Impl().meth())
check('SupportsInt', lambda: (isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsInt)))


class Employee(NamedTuple):
    name: str
    id: int = 3

    def greet(self):
        return 'hi ' + self.name


e = Employee('guido')
check('NamedTuple class', lambda: (e, e.id, e.greet(), Employee._fields, Employee.__annotations__, Employee._field_defaults))
check('NamedTuple tuple', lambda: (isinstance(e, tuple), tuple(e), Employee.__module__))
check('NamedTuple missing', lambda: Employee())
Emp2 = NamedTuple('Emp2', [('name', str), ('id', int)])
check('NamedTuple functional', lambda: (Emp2('a', 1), Emp2._fields, Emp2.__annotations__))


class Movie(TypedDict):
    name: str
    year: int


class PartMovie(TypedDict, total=False):
    rating: float


m = Movie(name='Blade Runner', year=1982)
check('TypedDict', lambda: (m, type(m) is dict, Movie.__annotations__, sorted(Movie.__required_keys__)))
check('TypedDict total', lambda: (PartMovie.__total__, sorted(PartMovie.__optional_keys__), sorted(PartMovie.__required_keys__)))
check('TypedDict isinstance', lambda: isinstance(m, Movie))
TD = TypedDict('TD', {'a': int, 'b': str})
check('TypedDict functional', lambda: (TD(a=1, b='x'), TD.__annotations__))
check('cast', lambda: cast(int, 'x'))
check('TYPE_CHECKING', lambda: TYPE_CHECKING)


@overload
def ov(x: int) -> int:
    ...


def ov(x):
    return x


check('overload', lambda: ov(3))


@overload
def only(x: int) -> int:
    ...


check('overload call', lambda: only(1))


class Hinted:
    a: int
    b: 'List[int]'
    c: Optional[str] = None


def hf(x: 'int', y: List[str] = None) -> None:
    pass


check('get_type_hints class', lambda: get_type_hints(Hinted))
check('get_type_hints func', lambda: get_type_hints(hf))


class HintedSub(Hinted):
    d: 'Dict[str, int]'


check('get_type_hints inherit', lambda: list(get_type_hints(HintedSub)))
UserId = NewType('UserId', int)
check('NewType', lambda: (UserId(5), UserId.__name__, UserId.__supertype__, repr(UserId)))
check('AnyStr Text', lambda: (repr(AnyStr), Text is str))
check('union pipe', lambda: repr(List[int] | None))
check('ClassVar plain', lambda: List[ClassVar])
check('Optional bad', lambda: Optional[int, str])
check('hash eq', lambda: (List[int] == List[int], hash(List[int]) == hash(List[int]), List[int] != List[str]))
check('no_type_check', lambda: typing.no_type_check(hf) is hf)
check('final', lambda: typing.final(hf).__final__)
check('assert_never', lambda: typing.assert_never(5))
check('special repr', lambda: [repr(x) for x in (typing.NoReturn, typing.ClassVar, typing.Final, typing.Union, typing.Optional, typing.Literal)])
