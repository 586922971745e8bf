"""Iterator building blocks, for weft.

Every tool is a class whose instances are their own iterators, so that
type(x).__name__ and the reprs of count and repeat match CPython. Most
classes keep their state in a private generator: the generator is the
simplest correct encoding of the algorithm, and a virtual-thread VM resumes a
generator as cheaply as it calls a method."""

__all__ = ['accumulate', 'batched', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


class _GeneratorBacked:
    """Base for tools whose algorithm lives in the generator self._gen."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class count:
    """count(start=0, step=1) yields start, start+step, ... forever."""
    __slots__ = ('_value', '_step')

    def __init__(self, start=0, step=1):
        for value in (start, step):
            kind = type(value)
            if not (isinstance(value, (int, float, complex)) or hasattr(kind, '__index__')
                    or hasattr(kind, '__float__') or hasattr(kind, '__int__')):
                raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return f'{type(self).__name__}({self._value!r})'
        return f'{type(self).__name__}({self._value!r}, {self._step!r})'


class cycle(_GeneratorBacked):
    """cycle(iterable) yields the items of iterable, then repeats them
    forever from a saved copy."""
    __slots__ = ()

    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for item in it:
            yield item
            saved.append(item)
        while saved:
            yield from saved


class repeat:
    """repeat(obj[, times]) yields obj times times, or forever."""
    __slots__ = ('_obj', '_left')

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._left = None
        else:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f'{type(self).__name__}({self._obj!r})'
        return f'{type(self).__name__}({self._obj!r}, {self._left})'


class accumulate(_GeneratorBacked):
    """accumulate(iterable, func=operator.add, *, initial=None) yields running
    totals (or running results of func)."""
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for item in it:
            total = total + item if func is None else func(total, item)
            yield total


class chain(_GeneratorBacked):
    """chain(*iterables) yields the items of each iterable in turn."""
    __slots__ = ()

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for source in sources:
            yield from source

    @classmethod
    def from_iterable(cls, iterables):
        """Like chain(*iterables) but reads iterables lazily."""
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterables))
        return self


class compress(_GeneratorBacked):
    """compress(data, selectors) yields the items of data whose selector is
    true."""
    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = (d for d, s in zip(data, selectors) if s)


class dropwhile(_GeneratorBacked):
    """dropwhile(predicate, iterable) skips items while predicate holds, then
    yields everything else."""
    __slots__ = ()

    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for item in it:
            if not predicate(item):
                yield item
                break
        yield from it


class takewhile(_GeneratorBacked):
    """takewhile(predicate, iterable) yields items while predicate holds."""
    __slots__ = ()

    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for item in it:
            if not predicate(item):
                return
            yield item


class filterfalse(_GeneratorBacked):
    """filterfalse(predicate, iterable) yields items for which predicate is
    false (or which are false, if predicate is None)."""
    __slots__ = ()

    def __init__(self, function, iterable):
        if function is None:
            function = bool
        self._gen = (x for x in iterable if not function(x))


class starmap(_GeneratorBacked):
    """starmap(function, iterable) yields function(*args) for each args."""
    __slots__ = ()

    def __init__(self, function, iterable):
        self._gen = (function(*args) for args in iterable)


class groupby:
    """groupby(iterable, key=None) yields (key, group) for runs of items with
    equal keys. Advancing groupby abandons the previous group: its iterator
    then yields nothing more.

    State: _value is the item read from the source but not yet handed out
    (_UNREAD once a group iterator has returned it), _key its key, _target
    the key of the group most recently returned, _token identifies that
    group so that stale group iterators stop."""
    __slots__ = ('_it', '_keyfunc', '_key', '_value', '_target', '_token')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._key = self._value = self._target = _UNREAD
        self._token = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value

    def __next__(self):
        self._token = object()
        if self._key is _UNREAD:
            self._step()
        else:
            while self._key == self._target:
                self._step()
        self._target = self._key
        return self._key, _grouper(self, self._target, self._token)


_UNREAD = object()


class _grouper:
    __slots__ = ('_parent', '_key', '_token')

    def __init__(self, parent, key, token):
        self._parent = parent
        self._key = key
        self._token = token

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._token is not self._token:
            raise StopIteration
        if parent._value is _UNREAD:
            parent._step()
        if not (parent._key == self._key):
            raise StopIteration
        value = parent._value
        parent._value = _UNREAD
        return value


_maxsize = (1 << 63) - 1


def _islice_index(value, what):
    if value is None:
        return None
    try:
        index = value.__index__()
    except AttributeError:
        index = -1
    if not isinstance(index, int) or index < 0 or index > _maxsize:
        raise ValueError(f"{what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    return index


class islice(_GeneratorBacked):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]) yields
    the selected items, like slicing, without negative indices."""
    __slots__ = ()

    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
        elif len(args) in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
        else:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
        stop = _islice_index(stop, "Stop")
        start = _islice_index(start, "Indices") or 0
        if step is None:
            step = 1
        else:
            try:
                step = step.__index__()
            except AttributeError:
                step = 0
            if step < 1 or step > _maxsize:
                raise ValueError("Step for islice() must be a positive integer or None.")
        self._gen = self._run(iter(iterable), start, stop, step)

    @staticmethod
    def _run(it, start, stop, step):
        wanted = start
        for position, item in enumerate(it):
            if stop is not None and position >= stop:
                return
            if position == wanted:
                yield item
                wanted += step
            if stop is not None and position + 1 >= stop:
                return
        # Like CPython, consume up to start even if nothing is yielded.


class pairwise(_GeneratorBacked):
    """pairwise('ABC') yields ('A', 'B'), ('B', 'C')."""
    __slots__ = ()

    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            previous = next(it)
        except StopIteration:
            return
        for item in it:
            yield previous, item
            previous = item


class zip_longest(_GeneratorBacked):
    """zip_longest(*iterables, fillvalue=None) zips to the longest input,
    padding the shorter ones with fillvalue."""
    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(i) for i in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        live = len(iterators)
        if not live:
            return
        while True:
            row = []
            for i, it in enumerate(iterators):
                if it is None:
                    row.append(fillvalue)
                    continue
                try:
                    row.append(next(it))
                except StopIteration:
                    live -= 1
                    if not live:
                        return
                    iterators[i] = None
                    row.append(fillvalue)
            yield tuple(row)


class product(_GeneratorBacked):
    """product(*iterables, repeat=1) yields the cartesian product as tuples,
    in lexicographic order of the input positions."""
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        result = [()]
        for pool in pools:
            result = [prefix + (item,) for prefix in result for item in pool]
        for combo in result:
            yield combo


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")


class permutations(_GeneratorBacked):
    """permutations(iterable, r=None) yields r-length orderings of distinct
    positions, in lexicographic order of positions."""
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_GeneratorBacked):
    """combinations(iterable, r) yields r-length subsequences of positions in
    increasing order."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_GeneratorBacked):
    """combinations_with_replacement(iterable, r) yields r-length
    non-decreasing selections of positions."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


class batched(_GeneratorBacked):
    """batched(iterable, n) yields tuples of n items (the last may be
    shorter). New in Python 3.12."""
    __slots__ = ()

    def __init__(self, iterable, n):
        if not isinstance(n, int):
            raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
        if n < 1:
            raise ValueError('n must be at least one')
        self._gen = self._run(iter(iterable), n)

    @staticmethod
    def _run(it, n):
        while True:
            batch = tuple(islice(it, n))
            if not batch:
                return
            yield batch


class _TeeLink:
    """One cell of the singly linked buffer that tee iterators share: an
    item and the next cell, filled in by whichever iterator gets there
    first. Cells no iterator points to any more are garbage."""
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee:
    __slots__ = ('_source', '_link')

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2):
    """Return n independent iterators over iterable; items are buffered
    until every iterator has read them."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        first = iterable.__copy__()
    else:
        first = _tee(iter(iterable), _TeeLink())
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])
