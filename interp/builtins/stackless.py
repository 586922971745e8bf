# Stackless versions of the built-ins that call Python code.
#
# When sum(), sorted(key=...), list(generator) ... would drive Python code
# (a generator, a Python __next__, a key function) from Go, each call into
# Python is a native re-entry: a nested eval loop that pins the virtual
# thread if the Python code blocks. The eval loop instead calls these
# Python versions (objects.Builtin.Redirect, see docs/stackless.md), so the
# Python code they drive runs as ordinary frames of the same loop. Their
# results, errors and evaluation order are the built-ins' own; the plain
# Go versions keep running whenever no Python code is involved.

_MISSING = object()


def _list(iterable):
    return [x for x in iterable]


def _tuple(iterable):
    return tuple(_list(iterable))


def _set(iterable):
    return set(_list(iterable))


def _frozenset(iterable):
    return frozenset(_list(iterable))


def _dict(iterable):
    return dict(_list(iterable))


def _bool(x, /):
    return True if x else False


def _str(x, /):
    return f"{x!s}"


def _repr(x, /):
    return f"{x!r}"


def _print(*args, **options):
    return print(*[f"{x!s}" for x in args], **options)


def _sum(iterable, /, start=0):
    total = start
    for x in iterable:
        total = total + x
    return total


def _any(iterable):
    for x in iterable:
        if x:
            return True
    return False


def _all(iterable):
    for x in iterable:
        if not x:
            return False
    return True


def _sorted(iterable, /, *, key=None, reverse=False):
    result = list(iterable)
    if key is None:
        result.sort(reverse=reverse)
    else:
        keys = _keys(key, result)
        if _python_ordered(keys):
            return _lt_sort(keys, result, reverse)
        _sort_keyed(result, keys, reverse)
    return result


def _keys(key, items):
    keys = []
    append = keys.append
    for x in items:
        append(key(x))
    return keys


def _list_sort(lst, /, *, key=None, reverse=False):
    keys = _keys(key, lst)
    if _python_ordered(keys):
        lst[:] = _lt_sort(keys, lst[:], reverse)
    else:
        _sort_keyed(lst, keys, reverse)


def _minmax(name, args, key, default, want_max):
    if len(args) == 1:
        items = args[0]
    elif not args:
        raise TypeError(f"{name} expected at least 1 argument, got 0")
    else:
        if default is not _MISSING:
            raise TypeError(f"Cannot specify a default for {name}() with multiple positional arguments")
        items = args
    best = best_key = _MISSING
    for x in items:
        k = x if key is None else key(x)
        if best is _MISSING:
            best, best_key = x, k
        elif want_max:
            if k > best_key:
                best, best_key = x, k
        elif k < best_key:
            best, best_key = x, k
    if best is _MISSING:
        if default is _MISSING:
            raise ValueError(f"{name}() arg is an empty sequence")
        return default
    return best


def _max(*args, key=None, default=_MISSING):
    return _minmax("max", args, key, default, True)


def _min(*args, key=None, default=_MISSING):
    return _minmax("min", args, key, default, False)


# The iterator built-ins return generators. The generator expressions take
# iter() of their argument when they are created, so a non-iterable fails
# at the call, as the built-ins do.

def _map(func, iterable, /, *iterables):
    if not iterables:
        return _builtin_iter("map", (func(x) for x in iterable))
    its = [(x for x in iterable)] + [(x for x in it) for it in iterables]
    return _builtin_iter("map", _map_n(func, its))


def _map_n(func, its):
    while True:
        args = []
        for it in its:
            for x in it:
                args.append(x)
                break
            else:
                return
        yield func(*args)


def _filter(func, iterable, /):
    if func is None:
        return _builtin_iter("filter", (x for x in iterable if x))
    return _builtin_iter("filter", (x for x in iterable if func(x)))


def _enumerate(iterable, start=0):
    return _builtin_iter("enumerate", _enumerate_from((x for x in iterable), start))


def _enumerate_from(it, n):
    for x in it:
        yield n, x
        n += 1


def _zip(*iterables, strict=False):
    return _builtin_iter("zip", _zip_all([(x for x in it) for it in iterables], strict))


def _arguments(n):
    return "argument 1" if n == 1 else f"arguments 1-{n}"


def _zip_all(its, strict):
    if not its:
        return
    while True:
        items = []
        for i, it in enumerate(its):
            for x in it:
                items.append(x)
                break
            else:
                if strict:
                    if i:
                        raise ValueError(f"zip() argument {i + 1} is shorter than {_arguments(i)}")
                    for j in range(1, len(its)):
                        for x in its[j]:
                            raise ValueError(f"zip() argument {j + 1} is longer than {_arguments(j)}")
                return
        yield tuple(items)


def _join(sep, iterable, /):
    # A comprehension, not _list: LIST_APPEND fills its private list with
    # no method call per item, and joins of a few items from a generator
    # expression are a hot pattern.
    return sep.join([x for x in iterable])


# iter(callable, sentinel) and next() of a generator or of an iterator
# with a Python __next__ and a default. (len, hash, abs, format, iter and
# next without default of a Python dunder need no Python version: CALL
# pushes the dunder itself, vm/dundercall.go.)

def _iter_callable(func, sentinel, /):
    return _builtin_iter("callable_iterator", _call_until(func, sentinel))


def _call_until(func, sentinel):
    while True:
        value = func()
        if value is sentinel or value == sentinel:
            return
        yield value


def _next_gen(it, default=_MISSING, /):
    # A generator with a default, or a built-in iterator computed by a
    # generator (whose return value is None): the for loop resumes it as a
    # frame. (next(gen) without a default is resumed by CALL itself.)
    for x in it:
        return x
    if default is not _MISSING:
        return default
    raise StopIteration


def _next_obj(it, default, /):
    try:
        return type(it).__next__(it)
    except StopIteration:
        return default


# Sorting and min/max of instances of Python classes without key=: the
# comparisons are `<` (`>` for max) in Python, so a Python __lt__ runs as a
# frame. _lt_sort is a stable bottom-up merge sort that, like list.sort,
# compares with `<` only; reverse=True reverses, sorts stably and reverses
# back, so equal items keep their order as in CPython.

def _lt_sort(keys, items, reverse):
    # Each pass merges runs of width items; keys and items move together,
    # and the keys being compared stay in locals, so a comparison costs
    # one `<` and a few local operations.
    n = len(items)
    if reverse:
        keys = keys[::-1]
        items = items[::-1]
    width = 1
    while width < n:
        nk = []
        nv = []
        ka = nk.append
        va = nv.append
        for lo in range(0, n, 2 * width):
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i, j = lo, mid
            if j < hi:
                ki = keys[i]
                kj = keys[j]
                while True:
                    if kj < ki:
                        ka(kj)
                        va(items[j])
                        j += 1
                        if j == hi:
                            break
                        kj = keys[j]
                    else:
                        ka(ki)
                        va(items[i])
                        i += 1
                        if i == mid:
                            break
                        ki = keys[i]
            # Appends, not extend(keys[i:mid]): a list slice copies the
            # whole list first (objects.List's GetItem takes a snapshot),
            # which would make the sort quadratic.
            while i < mid:
                ka(keys[i])
                va(items[i])
                i += 1
            while j < hi:
                ka(keys[j])
                va(items[j])
                j += 1
        keys = nk
        items = nv
        width *= 2
    if reverse:
        items.reverse()
    return items


def _sorted_lt(iterable, /, *, key=None, reverse=False):
    result = list(iterable)
    keys = result if key is None else _keys(key, result)
    return _lt_sort(keys, result, reverse)


def _list_sort_lt(lst, /, *, key=None, reverse=False):
    keys = lst if key is None else _keys(key, lst)
    lst[:] = _lt_sort(keys, lst[:], reverse)


# getattr() and hasattr() of an attribute computed by Python code (a
# property, a Python descriptor, __getattr__): _attr_step looks the name
# up as LOAD_ATTR does and returns either (True, value) or (False,
# (function, arguments, fallback)); the function is then called here, as a
# frame, and fallback (a __getattr__ behind a getter) if it raised
# AttributeError.

def _attr_call(obj, name, step):
    func, args, fallback = step
    if fallback is None:
        return func(*args)
    try:
        return func(*args)
    except AttributeError:
        return fallback(obj, name)


def _getattr(obj, name, default=_MISSING, /):
    if default is _MISSING:
        done, r = _attr_step(obj, name)
        return r if done else _attr_call(obj, name, r)
    try:
        done, r = _attr_step(obj, name)
        return r if done else _attr_call(obj, name, r)
    except AttributeError:
        return default


def _hasattr(obj, name, /):
    try:
        done, r = _attr_step(obj, name)
        if not done:
            _attr_call(obj, name, r)
    except AttributeError:
        return False
    return True
