"""Context variables (PEP 567), for weft's virtual threads.

Every thread has a current Context; a new threading.Thread starts with an
empty one (as in CPython 3.11; so do concurrent.futures workers), while a
vthreads.ThreadGroup child runs in a copy of its spawner's context.

A Context's mapping is never changed in place: ContextVar.set replaces it
with a new dict that shares nothing the old one can see change, so
copy_context() is O(1) (it shares the dict) and a copy never observes later
sets of the original. Sets cost O(size of the context), which is small in
practice; CPython's HAMT would make them O(log n) at the price of much
more code.

Context.run is Python code that calls the callable from its own frame, so
running code in a context never recurses in Go: a blocking call inside it
parks the virtual thread instead of pinning it.
"""

# weft's _contextvars holds the thread's current context (_get/_set); its
# functions are looked up at call time, so that this module also imports
# under CPython (whose _contextvars has other names) for the library's
# shadow test.
import _contextvars as _native

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()


def _current():
    ctx = _native._get()
    if ctx is None:
        ctx = Context()
        _native._set(ctx)
    return ctx


class Context:
    """A mapping of ContextVars to values, made current by run()."""

    __slots__ = ('_data', '_entered', '__weakref__')

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(
                f'cannot enter context: {self!r} is already entered')
        prev = _native._get()
        self._entered = True
        _native._set(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _native._set(prev)
            self._entered = False

    def copy(self):
        ctx = Context()
        ctx._data = self._data
        return ctx

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


def copy_context():
    """A copy of the calling thread's current context."""
    return _current().copy()


class ContextVar:
    """A variable whose value depends on the current Context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError(
            "type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(
                f"get expected at most 1 argument, got {len(args)}")
        ctx = _native._get()
        if ctx is not None:
            try:
                return ctx._data[self]
            except KeyError:
                pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        data = ctx._data
        old = data.get(self, Token.MISSING)
        new = dict(data)
        new[self] = value
        ctx._data = new
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(
                f"expected an instance of Token, got {type(token).__name__!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(
                f"{token!r} was created by a different ContextVar")
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(
                f"{token!r} was created in a different Context")
        new = dict(ctx._data)
        if token._old is Token.MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old
        ctx._data = new
        token._used = True

    def __repr__(self):
        r = f'<ContextVar name={self._name!r}'
        if self._default is not _MISSING:
            r += f' default={self._default!r}'
        return r + f' at 0x{id(self):x}>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Token:
    """What ContextVar.set returns: reset(token) restores the old value."""

    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = type('Token.MISSING', (), {
        '__repr__': lambda self: '<Token.MISSING>',
        '__slots__': ()})()

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
