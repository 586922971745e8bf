"""Decimal fixed- and floating-point arithmetic for weft.

The Decimal type and all its arithmetic are Go (interp/pydecimal, exposed
by the native module _decimal); this file holds what is class machinery in
CPython's decimal module too: the signal exception hierarchy, the Context
class (a thin shell over a Go core that keeps the parameters, flags and
traps under a lock), getcontext/setcontext/localcontext, DecimalTuple and
the registration of Decimal as a numbers.Number.

Each thread has its own current context: the Go side keeps one per
interpreter thread, made on first use as a copy of DefaultContext.
"""

import _decimal
from _decimal import Decimal
from collections import namedtuple
import numbers

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation',
    'DivisionImpossible', 'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    """The exponent of a result was changed to fit the bounds."""


class InvalidOperation(DecimalException):
    """An operation has no meaningful result (the result is NaN)."""


class ConversionSyntax(InvalidOperation):
    """A string was not a well-formed number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer division's quotient had more digits than the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Rounding discarded non-zero digits."""


class InvalidContext(InvalidOperation):
    """The context was invalid."""


class Rounded(DecimalException):
    """Rounding discarded digits (perhaps zeros)."""


class Subnormal(DecimalException):
    """The result's exponent was below Emin before rounding."""


class Overflow(Inexact, Rounded):
    """The result's exponent was above Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded and became inexact."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals (constructor or ordering)."""


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
             DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded,
             Subnormal, Overflow, Underflow, FloatOperation):
    _cls.__module__ = 'decimal'

# The order of the bits of the Go side's signal sets.
_SIGNAL_BITS = (Clamped, DivisionByZero, Inexact, InvalidOperation, Overflow, Rounded,
                Subnormal, Underflow, FloatOperation, ConversionSyntax, DivisionImpossible,
                DivisionUndefined, InvalidContext)
# The signals that flags and traps list, in CPython's order.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)

DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class _SignalDict:
    """Context.flags / Context.traps: a mapping from signal class to bool
    over one bit set of the context's Go core."""

    __slots__ = ('_c', '_field')

    def __init__(self, core, field):
        self._c = core
        self._field = field

    def _mask(self, key):
        m = _decimal._mask(key)
        if not m or key not in _SIGNALS:
            raise KeyError(key)
        return m

    def __getitem__(self, key):
        return bool(_decimal._get(self._c, self._field) & self._mask(key))

    def __setitem__(self, key, value):
        m = self._mask(key)
        bits = _decimal._get(self._c, self._field)
        _decimal._set(self._c, self._field, (bits | m) if value else (bits & ~m))

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, key):
        return key in _SIGNALS

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [self[k] for k in _SIGNALS]

    def items(self):
        return [(k, self[k]) for k in _SIGNALS]

    def get(self, key, default=None):
        return self[key] if key in _SIGNALS else default

    def copy(self):
        return {k: self[k] for k in _SIGNALS}

    def __eq__(self, other):
        if isinstance(other, (_SignalDict, dict)):
            return self.copy() == dict(other.items())
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join('<class %r>:%s' % ('decimal.' + k.__name__, self[k]) for k in _SIGNALS) + '}'


def _signal_bits(signals):
    bits = 0
    if isinstance(signals, (dict, _SignalDict)):
        for k, v in signals.items():
            if v:
                bits |= _decimal._mask(k)
        return bits
    for k in signals:
        m = _decimal._mask(k)
        if not m:
            raise KeyError(k)
        bits |= m
    return bits


class Context:
    """The environment of arithmetic operations: precision, rounding,
    exponent limits, flags and traps."""

    __slots__ = ('_c', '__weakref__')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        c = self._c = _decimal._core()
        base = DefaultContext if 'DefaultContext' in globals() else None
        if base is not None:
            for f in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'traps'):
                _decimal._set(c, f, _decimal._get(base._c, f))
        for name, v in (('prec', prec), ('rounding', rounding), ('Emin', Emin), ('Emax', Emax),
                        ('capitals', capitals), ('clamp', clamp)):
            if v is not None:
                _decimal._set(c, name, v)
        if traps is not None:
            _decimal._set(c, 'traps', _signal_bits(traps))
        if flags is not None:
            _decimal._set(c, 'flags', _signal_bits(flags))

    def _prop(name):
        return property(lambda self: _decimal._get(self._c, name),
                        lambda self, v: _decimal._set(self._c, name, v))

    prec = _prop('prec')
    rounding = _prop('rounding')
    Emin = _prop('Emin')
    Emax = _prop('Emax')
    capitals = _prop('capitals')
    clamp = _prop('clamp')
    del _prop

    @property
    def flags(self):
        return _SignalDict(self._c, 'flags')

    @flags.setter
    def flags(self, v):
        _decimal._set(self._c, 'flags', _signal_bits(v))

    @property
    def traps(self):
        return _SignalDict(self._c, 'traps')

    @traps.setter
    def traps(self, v):
        _decimal._set(self._c, 'traps', _signal_bits(v))

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def clear_flags(self):
        _decimal._set(self._c, 'flags', 0)

    def clear_traps(self):
        _decimal._set(self._c, 'traps', 0)

    def copy(self):
        n = Context.__new__(Context)
        n._c = _decimal._core()
        for f in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            _decimal._set(n._c, f, _decimal._get(self._c, f))
        return n

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                          [k for k in _SIGNALS if self.flags[k]], [k for k in _SIGNALS if self.traps[k]]))

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=%s, traps=%s)'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   _decimal._flaglist(_decimal._get(self._c, 'flags')),
                   _decimal._flaglist(_decimal._get(self._c, 'traps'))))

    def _raise_error(self, condition, explanation=None, *args):
        m = _decimal._mask(condition)
        _decimal._trap(self._c, m)
        return Decimal('NaN')

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._raise_error(ConversionSyntax)
        return _decimal._ctxop(self._c, 'create', Decimal(num, self))

    def create_decimal_from_float(self, f):
        return _decimal._ctxop(self._c, 'create', Decimal.from_float(f))

    # Arithmetic in this context.
    def add(self, a, b): return _decimal._ctxop(self._c, 'add', a, b)
    def subtract(self, a, b): return _decimal._ctxop(self._c, 'subtract', a, b)
    def multiply(self, a, b): return _decimal._ctxop(self._c, 'multiply', a, b)
    def divide(self, a, b): return _decimal._ctxop(self._c, 'divide', a, b)
    def divide_int(self, a, b): return _decimal._ctxop(self._c, 'divide_int', a, b)
    def remainder(self, a, b): return _decimal._ctxop(self._c, 'remainder', a, b)
    def divmod(self, a, b): return _decimal._ctxop(self._c, 'divmod', a, b)
    def plus(self, a): return _decimal._ctxop(self._c, 'plus', a)
    def minus(self, a): return _decimal._ctxop(self._c, 'minus', a)
    def abs(self, a): return _decimal._ctxop(self._c, 'abs', a)

    def power(self, a, b, modulo=None):
        if modulo is not None:
            return _power_modulo(self, a, b, modulo)
        return _decimal._ctxop(self._c, 'power', a, b)

    def _d(self, a):
        return a if isinstance(a, Decimal) else Decimal(a, self) if isinstance(a, int) else _convert_error(a)

    def sqrt(self, a): return self._d(a).sqrt(context=self)
    def exp(self, a): return self._d(a).exp(context=self)
    def ln(self, a): return self._d(a).ln(context=self)
    def log10(self, a): return self._d(a).log10(context=self)
    def normalize(self, a): return self._d(a).normalize(context=self)
    def compare(self, a, b): return self._d(a).compare(b, context=self)
    def compare_total(self, a, b): return self._d(a).compare_total(b)
    def max(self, a, b): return self._d(a).max(b, context=self)
    def min(self, a, b): return self._d(a).min(b, context=self)
    def max_mag(self, a, b): return self._d(a).max_mag(b, context=self)
    def min_mag(self, a, b): return self._d(a).min_mag(b, context=self)
    def fma(self, a, b, c): return self._d(a).fma(b, c, context=self)
    def remainder_near(self, a, b): return self._d(a).remainder_near(b, context=self)
    def quantize(self, a, b): return self._d(a).quantize(b, context=self)
    def to_integral_value(self, a): return self._d(a).to_integral_value(context=self)
    to_integral = to_integral_value
    def to_integral_exact(self, a): return self._d(a).to_integral_exact(context=self)
    def to_sci_string(self, a): return str(self._d(a))
    def to_eng_string(self, a): return self._d(a).to_eng_string(context=self)
    def copy_abs(self, a): return self._d(a).copy_abs()
    def copy_negate(self, a): return self._d(a).copy_negate()
    def copy_sign(self, a, b): return self._d(a).copy_sign(b)
    def copy_decimal(self, a): return self._d(a)
    def is_nan(self, a): return self._d(a).is_nan()
    def is_qnan(self, a): return self._d(a).is_qnan()
    def is_snan(self, a): return self._d(a).is_snan()
    def is_infinite(self, a): return self._d(a).is_infinite()
    def is_finite(self, a): return self._d(a).is_finite()
    def is_signed(self, a): return self._d(a).is_signed()
    def is_zero(self, a): return self._d(a).is_zero()
    def is_normal(self, a): return self._d(a).is_normal(context=self)
    def is_subnormal(self, a): return self._d(a).is_subnormal(context=self)
    def is_canonical(self, a): return True
    def canonical(self, a): return self._d(a)
    def radix(self): return Decimal(10)
    def next_plus(self, a): return self._d(a).next_plus(context=self)
    def next_minus(self, a): return self._d(a).next_minus(context=self)
    def logb(self, a): return self._d(a).logb(context=self)
    def scaleb(self, a, b): return self._d(a).scaleb(b, context=self)
    def same_quantum(self, a, b): return self._d(a).same_quantum(b)
    def number_class(self, a): return self._d(a).number_class(context=self)
    def next_toward(self, a, b): return self._d(a).next_toward(b, context=self)
    def compare_signal(self, a, b): return self._d(a).compare_signal(b, context=self)
    def logical_and(self, a, b): return self._d(a).logical_and(b, context=self)
    def logical_or(self, a, b): return self._d(a).logical_or(b, context=self)
    def logical_xor(self, a, b): return self._d(a).logical_xor(b, context=self)
    def logical_invert(self, a): return self._d(a).logical_invert(context=self)
    def shift(self, a, b): return self._d(a).shift(b, context=self)
    def rotate(self, a, b): return self._d(a).rotate(b, context=self)


def _convert_error(a):
    raise TypeError('conversion from %s to Decimal is not supported' % type(a).__name__)


def _power_modulo(ctx, a, b, m):
    """pow(a, b, m) for integral operands: exact modular exponentiation."""
    a, b, m = ctx._d(a), ctx._d(b), ctx._d(m)
    for x in (a, b, m):
        if x != x.to_integral_value():
            return ctx._raise_error(InvalidOperation)
    if m == 0 or b < 0:
        return ctx._raise_error(InvalidOperation)
    r = pow(int(a), int(b), int(m))
    if a < 0 and r:
        r = r - abs(int(m)) if int(m) > 0 else r
    return Decimal(r)


def _new_thread_context():
    return DefaultContext.copy()


_decimal._setup(_SIGNAL_BITS, _new_thread_context, DecimalTuple)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999,
                       capitals=1, clamp=0, flags=[],
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                          capitals=1, clamp=0, flags=[], traps=[])


def getcontext():
    """The current thread's context."""
    return _decimal._getcontext()


def setcontext(context):
    """Make context the current thread's context."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    _decimal._setcontext(context)


class _ContextManager:
    """The context manager localcontext() returns: installs a copy of the
    context on entry and restores the saved one on exit."""

    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (default: the current
    context), changed by kwargs, current inside its with block."""
    if ctx is None:
        ctx = getcontext()
    mgr = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(mgr.new_context, key, value)
    return mgr


numbers.Number.register(Decimal)
