"""Weak references (weakref), for weft: a minimal, strong implementation.

weft's objects are managed by Go's garbage collector, and the runtime does
not yet offer weak references (collection-time callbacks and clearing need
support from the collector; that is a later issue). Until then these types
keep their referents STRONGLY and behave exactly as weak references do while
the referent is alive: ref() returns the object, WeakValueDictionary and
WeakKeyDictionary are ordinary mappings, finalize runs its callback when
called or at interpreter exit (atexit), never at collection. Code that only
uses weak references as caches or back-pointers works unchanged; code that
waits for a referent to die will wait forever."""

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]

class ReferenceType:
    """ref(obj[, callback]): calling the reference returns obj. The
    callback is accepted and never called (see the module docstring)."""
    __slots__ = ('_referent', '__callback__', '_hash')

    def __init__(self, ob, callback=None):
        self._referent = ob
        self.__callback__ = callback
        self._hash = None

    def __call__(self):
        return self._referent

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._referent)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent == other._referent

    def __repr__(self):
        obj = self._referent
        return (f'<weakref at {id(self):#x}; to {type(obj).__name__!r} '
                f'at {id(obj):#x}>')

    __class_getitem__ = classmethod(lambda cls, item: type(list[int])(cls, item))


ref = ReferenceType


def proxy(obj, callback=None):
    """Return obj itself: a strong 'proxy' is the object."""
    return obj


def getweakrefcount(obj):
    """Always 0: this implementation does not track references."""
    return 0


def getweakrefs(obj):
    """Always []: this implementation does not track references."""
    return []


class WeakMethod(ReferenceType):
    """A reference to a bound method that, as a weak one would, rebuilds
    the method from its function and instance on call."""
    __slots__ = ('_func',)

    def __init__(self, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        super().__init__(obj, callback)
        self._func = func

    def __call__(self):
        return self._func.__get__(self._referent, type(self._referent))


class WeakValueDictionary(dict):
    """A dict whose values would be weakly held; here held strongly."""

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def itervaluerefs(self):
        return iter(self.valuerefs())

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"


class WeakKeyDictionary(dict):
    """A dict whose keys would be weakly held; here held strongly."""

    def keyrefs(self):
        return [ref(k) for k in self.keys()]

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"


class WeakSet(set):
    """A set whose members would be weakly held; here held strongly."""


class finalize:
    """finalize(obj, func, *args, **kwargs): func(*args, **kwargs) runs at
    most once, when the finalizer is called, detached never, or at exit
    if atexit is true (it never runs at collection, see the module
    docstring)."""

    _registry = []
    _atexit_installed = False

    def __init__(self, obj, func, /, *args, **kwargs):
        self._info = (obj, func, args, kwargs)
        self.atexit = True
        finalize._registry.append(self)
        if not finalize._atexit_installed:
            try:
                import atexit
                atexit.register(finalize._exitfunc)
            except ImportError:
                pass
            finalize._atexit_installed = True

    def __call__(self, _=None):
        """Run the callback if still alive, returning its result."""
        info = self._info
        if info is not None:
            self._info = None
            _, func, args, kwargs = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        """Disable the finalizer; return (obj, func, args, kwargs)."""
        info, self._info = self._info, None
        return info

    def peek(self):
        """Return (obj, func, args, kwargs) without disabling it."""
        return self._info

    @property
    def alive(self):
        """Whether the finalizer will still run."""
        return self._info is not None

    def __repr__(self):
        if self._info is None:
            return f'<{type(self).__name__} object at {id(self):#x}; dead>'
        obj = self._info[0]
        return (f'<{type(self).__name__} object at {id(self):#x}; for '
                f'{type(obj).__name__!r} at {id(obj):#x}>')

    @classmethod
    def _exitfunc(cls):
        for f in reversed(cls._registry):
            if f.atexit and f.alive:
                f()
        cls._registry.clear()

