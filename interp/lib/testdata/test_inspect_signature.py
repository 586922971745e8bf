import sys
sys.stderr = sys.stdout
import functools
import inspect
import typing
from inspect import Parameter, Signature


def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, 'raises', type(e).__name__, e)


def f(a, b: int = 2, /, c=3, *args: str, d, e: 'fwd' = 5, **kw) -> typing.List[int]:
    pass


def g(x, *, y, z=None):
    pass


def h(p, /):
    pass


async def co(q: list[int] = [1]) -> None:
    pass


class Meta(type):
    def __call__(cls, m, n=1):
        return super().__call__()


class WithMeta(metaclass=Meta):
    pass


class WithNew:
    def __new__(cls, a, *b):
        return super().__new__(cls)


class Plain:
    pass


class Callable:
    def __call__(self, v, w=0):
        return v


class Shape:
    """A shape.

        Indented line.
    """
    sides = 0

    def __init__(self, name: str, scale: float = 1.0, *, tag=None):
        self.name = name

    def area(self) -> float:
        return 0.0

    @classmethod
    def unit(cls):
        return cls('unit')

    @staticmethod
    def helper(x, /, y=2):
        return x + y

    @property
    def label(self):
        return self.name


class Square(Shape):
    pass


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(k, l=4):
    pass


for label, obj in [('f', f), ('g', g), ('h', h), ('co', co), ('lambda', lambda *a, **k: 0),
                   ('Shape', Shape), ('Square', Square), ('area', Shape.area), ('bound', Shape('s').area),
                   ('unit', Shape.unit), ('helper', Shape.helper), ('WithMeta', WithMeta),
                   ('WithNew', WithNew), ('Plain', Plain), ('Callable()', Callable()),
                   ('partial', functools.partial(f, 1, 2, d=4)), ('partial kw', functools.partial(g, y=1)),
                   ('partial c', functools.partial(f, c=9)), ('wrapped', wrapped)]:
    check('str ' + label, lambda: str(inspect.signature(obj)))
check('not callable', lambda: inspect.signature(3))
check('unwrap', lambda: inspect.unwrap(wrapped) is wrapped.__wrapped__)
check('no follow', lambda: str(inspect.signature(wrapped, follow_wrapped=False)))

sig = inspect.signature(f)
check('repr', lambda: sig)
check('names', lambda: list(sig.parameters))
check('kinds', lambda: [(p.kind.name, str(p.kind), int(p.kind), p.kind.description) for p in sig.parameters.values()])
check('defaults', lambda: [p.default for p in sig.parameters.values()])
check('annotations', lambda: [p.annotation for p in sig.parameters.values()])
check('empty', lambda: (sig.parameters['a'].default is Parameter.empty, Signature.empty is Parameter.empty,
                        inspect.signature(g).return_annotation is Signature.empty))
check('return', lambda: sig.return_annotation)
check('param repr', lambda: [repr(p) for p in sig.parameters.values()])
check('kind repr', lambda: Parameter.KEYWORD_ONLY)
check('kind order', lambda: Parameter.POSITIONAL_ONLY < Parameter.VAR_KEYWORD)

check('build', lambda: str(Signature([Parameter('a', Parameter.POSITIONAL_ONLY),
                                      Parameter('b', Parameter.KEYWORD_ONLY, default=1, annotation=int)],
                                     return_annotation=str)))
check('bad order', lambda: Signature([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_ONLY)]))
check('non-default', lambda: Signature([Parameter('a', Parameter.POSITIONAL_OR_KEYWORD, default=1),
                                        Parameter('b', Parameter.POSITIONAL_OR_KEYWORD)]))
check('duplicate', lambda: Signature([Parameter('a', 1), Parameter('a', 3)]))
check('bad name', lambda: Parameter('1x', Parameter.POSITIONAL_ONLY))
check('keyword name', lambda: Parameter('def', Parameter.POSITIONAL_ONLY))
check('bad kind', lambda: Parameter('x', 7))
check('var default', lambda: Parameter('x', Parameter.VAR_POSITIONAL, default=1))
check('replace', lambda: str(sig.replace(parameters=[], return_annotation=int)))
check('param replace', lambda: str(sig.parameters['b'].replace(name='bb', default=Parameter.empty)))
check('eq', lambda: (inspect.signature(g) == inspect.signature(g), inspect.signature(g) == inspect.signature(h),
                     hash(inspect.signature(g)) == hash(inspect.signature(g))))
check('param eq', lambda: Parameter('a', 1) == Parameter('a', 1))

bsig = inspect.signature(g)
check('bind', lambda: bsig.bind(1, y=2))
check('bind args', lambda: (bsig.bind(1, y=2).args, bsig.bind(1, y=2).kwargs))
check('bind missing', lambda: bsig.bind(1))
check('bind extra', lambda: bsig.bind(1, 2, y=3))
check('bind unknown', lambda: bsig.bind(1, y=2, w=3))
check('bind posonly kw', lambda: inspect.signature(h).bind(p=1))
check('bind partial', lambda: bsig.bind_partial(y=5))
check('bind varargs', lambda: sig.bind(1, 2, 3, 4, 5, d=6, zz=7).arguments)


def apply():
    ba = bsig.bind(1, y=2)
    ba.apply_defaults()
    return ba


check('apply defaults', apply)

check('getmembers', lambda: [n for n, _ in inspect.getmembers(Shape, inspect.isfunction)])
check('getmembers all', lambda: [n for n, _ in inspect.getmembers(Square) if not n.startswith('__')])
check('getmembers inst', lambda: [n for n, v in inspect.getmembers(Shape('x')) if inspect.ismethod(v) and n != '__init_subclass__'])
check('getattr_static', lambda: [type(inspect.getattr_static(Shape, n)).__name__ for n in ('unit', 'helper', 'label', 'area', 'sides')])
check('getattr_static inst', lambda: (type(inspect.getattr_static(Shape('y'), 'label')).__name__,
                                      inspect.getattr_static(Shape('y'), 'name')))
check('getattr_static default', lambda: inspect.getattr_static(Shape, 'nope', 'dflt'))
check('getattr_static missing', lambda: inspect.getattr_static(Shape, 'nope'))
check('getdoc', lambda: (inspect.getdoc(Shape), inspect.getdoc(Square), inspect.getdoc(Plain)))
check('cleandoc', lambda: inspect.cleandoc('  first\n    second\n      third\n\n'))
check('predicates', lambda: (inspect.isdatadescriptor(Shape.__dict__['label']),
                             inspect.ismethoddescriptor(Shape.__dict__['unit']),
                             inspect.isabstract(Shape), inspect.getmro(Square) == (Square, Shape, object)))
check('formatannotation', lambda: (inspect.formatannotation(int), inspect.formatannotation(Shape),
                                   inspect.formatannotation(list[int]), inspect.formatannotation(typing.Optional[int]),
                                   inspect.formatannotation('x')))
