"""Shallow and deep copy (copy), for weft.

Without pickle's __reduce_ex__ protocol, an object is copied by its own
__copy__/__deepcopy__ if it has one; otherwise immutable atoms are returned
as they are, the built-in containers are rebuilt, and any other instance is
recreated with cls.__new__(cls) and given a copy of its __dict__ and
__slots__ values (objects with __getstate__/__setstate__ are honoured).
deepcopy's memo maps id(original) to its copy, so shared and cyclic
references are preserved."""

__all__ = ["Error", "copy", "deepcopy"]

from _collections import deque as _deque


class Error(Exception):
    """Raised when an object cannot be copied."""


error = Error

_atomic = frozenset({type(None), type(Ellipsis), type(NotImplemented), int,
                     float, bool, complex, bytes, str, type, range, slice,
                     property, type(len), type(lambda: None), frozenset,
                     type(int.__add__), type(object.__init__)})


def _state_of(x):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        try:
            return getstate(), True
        except TypeError:
            pass
    state = {}
    if hasattr(x, '__dict__'):
        state.update(x.__dict__)
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f'_{klass.__name__.lstrip("_")}{name}'
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    return (state, slots), False


def _restore(y, state, custom, copier):
    if custom:
        if state is None:
            return
        state = copier(state)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None and type(y).__setstate__ is not getattr(object, '__setstate__', None):
            setstate(state)
            return
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        else:
            slots = None
        if state:
            y.__dict__.update(state)
        if slots:
            for k, v in slots.items():
                setattr(y, k, v)
        return
    d, slots = state
    if d:
        d = copier(d)
        y.__dict__.update(d)
    for k, v in slots.items():
        object.__setattr__(y, k, copier(v))


def _new_like(x):
    cls = type(x)
    getnewargs = getattr(x, '__getnewargs_ex__', None)
    if getnewargs is not None:
        args, kwargs = getnewargs()
        return cls.__new__(cls, *args, **kwargs)
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        return cls.__new__(cls, *getnewargs())
    return cls.__new__(cls)


def _plain_instance(x):
    # Instances of classes defined in Python can be rebuilt from their
    # state; other built-in objects (iterators, frames...) cannot.
    cls = type(x)
    return not issubclass(cls, type) and cls.__module__ != 'builtins'


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if cls is tuple:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if not _plain_instance(x):
        raise Error(f"un(shallow)copyable object of type {cls}")
    y = _new_like(x)
    state, custom = _state_of(x)
    _restore(y, state, custom, lambda v: v)
    _copy_container_items(x, y, lambda v: v)
    return y


def _copy_container_items(x, y, copier):
    # Instances of user subclasses of list/dict/set keep their items.
    if isinstance(x, list):
        y.extend(copier(v) for v in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[copier(k)] = copier(v)
    elif isinstance(x, set):
        y.update(copier(v) for v in x)
    elif isinstance(x, _deque):
        y.extend(copier(v) for v in x)


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x; memo (a dict) maps ids of objects already
    copied to their copies."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _deque:
        y = _deque(maxlen=x.maxlen)
        memo[d] = y
        y.extend(deepcopy(item, memo) for item in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            if not _plain_instance(x):
                raise Error(f"un(deep)copyable object of type {cls}")
            y = _new_like(x)
            memo[d] = y
            state, custom = _state_of(x)
            _restore(y, state, custom, lambda v: deepcopy(v, memo))
            _copy_container_items(x, y, lambda v: deepcopy(v, memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive for as long as memo lives, so that its id cannot be
    reused by a new object while the memo still maps it."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
