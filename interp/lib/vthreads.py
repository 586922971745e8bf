"""Structured concurrency on weft's virtual threads.

    with vthreads.ThreadGroup(max_concurrency=8) as g:
        fut = g.spawn(fetch, url)
    # every child has finished here

A ThreadGroup joins all its children at the end of its block. The first
child that fails cancels its siblings (and the block itself), further
spawns are refused, and the block raises an ExceptionGroup of the failures
(the cancellations of the siblings are not failures). Children run in a
copy of the spawner's contextvars context.

Cancellation is level-triggered, as in Trio: a cancelled scope makes the
blocking call in progress raise Cancelled (a sleep, a lock, a queue, an
event, a join — anything that parks the virtual thread), and every later
blocking call inside the scope raises it again, until the scope's block
exits and catches it. Scopes: CancelScope (cancel()), move_on_after(s)
(swallows the timeout; see cancelled_caught), fail_after(s) and timeout(s)
(raise TimeoutError), shield=True (outer scopes cannot cancel the block).
Code that computes without blocking is not interrupted.

The scope stack and the interruption of a blocked thread are Go
(interp/vthread: scope.go, cancel.go); this module is the Python surface.
"""

import _thread
import _vthreads
import contextvars
import sys
import threading
from collections import deque
from concurrent.futures import _base as _futures

__all__ = ['Cancelled', 'CancelScope', 'move_on_after', 'fail_after', 'timeout',
           'ThreadGroup', 'Future', 'Mutex', 'dump']


class Cancelled(BaseException):
    """Raised at a blocking call inside a cancelled scope. It derives from
    BaseException so that `except Exception` does not swallow it: the
    scope that was cancelled catches it when its block exits."""


_vthreads._init(Cancelled)


def _cancelled_by(exc, native):
    return isinstance(exc, Cancelled) and getattr(exc, '_scope', None) is native


class CancelScope:
    """A block that can be cancelled: `with CancelScope() as s:`, and
    s.cancel() from anywhere (another thread included). A cancelled block
    exits at its next blocking call, and the exit swallows the
    cancellation (cancelled_caught is then True)."""

    def __init__(self, *, shield=False):
        self._native = _vthreads.scope(shield)
        self._shield = shield
        self._delay = None
        self._entered = False
        self.cancelled_caught = False

    @property
    def shield(self):
        """Whether the block is protected from outer scopes' cancellation."""
        return self._shield

    @property
    def cancel_called(self):
        """Whether the scope was cancelled (by cancel() or its deadline)."""
        return self._native.cancelled()

    def cancel(self):
        """Cancel the scope; safe from any thread, idempotent."""
        self._native.cancel()

    def __enter__(self):
        if self._entered:
            raise RuntimeError("a cancel scope can be entered only once")
        self._entered = True
        _vthreads.push(self._native)
        if self._delay is not None:
            self._native.set_deadline(self._delay)
        return self

    def __exit__(self, exc_type, exc, tb):
        if not _vthreads.pop(self._native):
            raise RuntimeError("cancel scope exited out of order")
        if _cancelled_by(exc, self._native):
            self.cancelled_caught = True
            return self._caught()
        return self._completed(exc)

    def _caught(self):
        return True

    def _completed(self, exc):
        return False

    def __repr__(self):
        state = 'cancelled' if self.cancel_called else 'active'
        return '<%s %s%s>' % (type(self).__name__, state,
                               ' shielded' if self._shield else '')


class _FailAfter(CancelScope):
    """fail_after: TimeoutError when the deadline cancelled the block."""

    def _caught(self):
        raise TimeoutError() from None


class _Timeout(CancelScope):
    """timeout: TimeoutError at the end of the block if the deadline
    fired, even if the block did not block after it."""

    def _caught(self):
        raise TimeoutError() from None

    def _completed(self, exc):
        if exc is None and self._native.fired():
            raise TimeoutError()
        return False


def _after(cls, seconds, shield):
    if seconds < 0:
        raise ValueError("the timeout must be non-negative")
    scope = cls(shield=shield)
    scope._delay = seconds
    return scope


def move_on_after(seconds, *, shield=False):
    """A CancelScope cancelled after seconds; the block just ends early
    (scope.cancelled_caught tells whether it did)."""
    return _after(CancelScope, seconds, shield)


def fail_after(seconds, *, shield=False):
    """A CancelScope cancelled after seconds, whose cancellation raises
    TimeoutError out of the block."""
    return _after(_FailAfter, seconds, shield)


def timeout(seconds, *, shield=False):
    """A CancelScope cancelled after seconds; the block raises
    TimeoutError at its end if the deadline fired."""
    return _after(_Timeout, seconds, shield)


class Future(_futures.Future):
    """The result of a ThreadGroup child. cancel() also cancels a child
    that is running (at its next blocking call); the future is then
    cancelled, unless the child finished first."""

    def __init__(self, child):
        super().__init__()
        self._child = child

    def cancel(self):
        child = self._child
        if child.group._unqueue(child):
            return super().cancel()
        with self._condition:
            if self._state != _futures.RUNNING:
                return self._state in _futures._CANCELLED_STATES
        child.scope.cancel()
        return True

    def _set_cancelled(self):
        with self._condition:
            self._state = _futures.CANCELLED_AND_NOTIFIED
            self._condition.notify_all()
        self._finish()


class _Child:
    """One spawned call of a ThreadGroup: its future, its cancel scope and,
    once started, its thread."""

    __slots__ = ('group', 'fn', 'args', 'kwargs', 'ctx', 'name', 'ident',
                 'scope', 'future')

    def __init__(self, group, fn, args, kwargs, ctx, name):
        self.group = group
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.ctx = ctx
        self.name = name
        self.ident = None
        self.scope = _vthreads.scope(False)
        self.future = Future(self)

    def start(self):
        _thread._start(self._run, (), None, self.name, True)

    def _run(self):
        self.ident = _thread.get_ident()
        _vthreads.push(self.scope)
        failure = None
        try:
            if self.future.set_running_or_notify_cancel():
                try:
                    result = self.ctx.run(self.fn, *self.args, **self.kwargs)
                except Cancelled as e:
                    if _cancelled_by(e, self.scope):
                        self.future._set_cancelled()
                    else:
                        failure = e
                        self.future.set_exception(e)
                except BaseException as e:
                    failure = e
                    self.future.set_exception(e)
                else:
                    self.future.set_result(result)
        finally:
            _vthreads.pop(self.scope)
            self.fn = self.args = self.kwargs = self.ctx = None
            self.group._child_done(self, failure)


class _Held:
    """`with _Held(lock):` takes a bookkeeping lock that cancel scopes
    cannot interrupt. Such a lock is held for a few statements, and a
    cancelled caller (a spawn into a group that has failed, a child
    reporting its end) must get through them rather than raise Cancelled
    at a contended acquire."""
    __slots__ = ('lock',)

    def __init__(self, lock):
        self.lock = lock

    def __enter__(self):
        self.lock._acquire_restore(None)

    def __exit__(self, *exc):
        self.lock.release()


_current_group = contextvars.ContextVar('vthreads.current_group', default=None)
_live_groups = []
_live_lock = threading.Lock()


class ThreadGroup:
    """A block that owns the threads spawned in it; see the module
    docstring. max_concurrency bounds how many children run at once (the
    others wait, in spawn order, without a thread)."""

    def __init__(self, max_concurrency=None, *, name=None):
        if max_concurrency is not None and max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        self._max = max_concurrency
        self._lock = threading.Lock()
        self._all_done = threading.Condition(self._lock)
        self._pending = deque()
        self._live = set()
        self._failures = []
        self._failed = False
        self._entered = False
        self._closed = False
        self._spawned = 0
        self._body = None
        self._token = None
        self.name = name or 'ThreadGroup'
        self.parent = None

    @staticmethod
    def current():
        """The innermost group whose block the caller is in, or that
        spawned the caller; None outside any group."""
        return _current_group.get()

    def __enter__(self):
        if self._entered:
            raise RuntimeError("a ThreadGroup can be entered only once")
        self._entered = True
        self.parent = _current_group.get()
        self._token = _current_group.set(self)
        self._body = CancelScope()
        self._body.__enter__()
        with _Held(_live_lock):
            _live_groups.append(self)
        return self

    def spawn(self, fn, /, *args, **kwargs):
        """Run fn(*args, **kwargs) on a new virtual thread of the group and
        return its Future."""
        ctx = contextvars.copy_context()
        with _Held(self._lock):
            if self._failed:
                raise RuntimeError("ThreadGroup has failed: no new threads")
            if not self._entered or self._closed:
                raise RuntimeError("ThreadGroup is not active")
            self._spawned += 1
            child = _Child(self, fn, args, kwargs, ctx,
                           '%s-%d' % (self.name, self._spawned))
            start = self._max is None or len(self._live) < self._max
            if start:
                self._live.add(child)
            else:
                self._pending.append(child)
        if start:
            child.start()
        return child.future

    def cancel(self):
        """Cancel every child and the group's block."""
        with _Held(self._lock):
            pending = list(self._pending)
            self._pending.clear()
            live = list(self._live)
            if not self._pending and not self._live:
                self._all_done.notify_all()
        for child in pending:
            _futures.Future.cancel(child.future)
        for child in live:
            child.scope.cancel()
        if self._body is not None:
            self._body.cancel()

    def _unqueue(self, child):
        """Take a child that has not started out of the queue."""
        with _Held(self._lock):
            try:
                self._pending.remove(child)
            except ValueError:
                return False
            if not self._pending and not self._live:
                self._all_done.notify_all()
            return True

    def _fail(self, exc):
        with _Held(self._lock):
            self._failures.append(exc)
            first = not self._failed
            self._failed = True
        if first:
            self.cancel()

    def _child_done(self, child, failure):
        nxt = None
        with _Held(self._lock):
            self._live.discard(child)
            if failure is not None:
                self._failures.append(failure)
            first = failure is not None and not self._failed
            if first:
                self._failed = True
            elif not self._failed and self._pending:
                nxt = self._pending.popleft()
                self._live.add(nxt)
            if not self._pending and not self._live:
                self._all_done.notify_all()
        if first:
            self.cancel()
        if nxt is not None:
            nxt.start()

    def _join(self):
        with _Held(self._lock):
            while self._pending or self._live:
                self._all_done.wait()

    def __exit__(self, exc_type, exc, tb):
        body_caught = self._body.__exit__(exc_type, exc, tb)
        outer = None
        if body_caught:
            exc = None
        elif isinstance(exc, Cancelled):
            outer = exc
            self.cancel()
        elif exc is not None:
            self._fail(exc)
        try:
            self._join()
        except Cancelled as e:
            # Cancelled from outside while joining: cancel the children and
            # wait for them, shielded, before leaving.
            outer = e
            self.cancel()
            with CancelScope(shield=True):
                self._join()
        finally:
            with _Held(self._lock):
                self._closed = True
            _current_group.reset(self._token)
            with _Held(_live_lock):
                _live_groups.remove(self)
        failures = self._failures
        if failures:
            raise BaseExceptionGroup('unhandled errors in a ThreadGroup', failures) from None
        if outer is not None and outer is not exc:
            raise outer
        return False

    def _describe(self, indent, out, children_of):
        with _Held(self._lock):
            live = sorted(self._live, key=lambda c: c.name)
            pending = len(self._pending)
        state = 'failed' if self._failed else 'active'
        out.append('%s%s (%s): %d running, %d waiting to start' % (
            indent, self.name, state, len(live), pending))
        for child in live:
            out.append('%s  %s (ident %s)' % (indent, child.name, child.ident))
        for g in children_of.get(id(self), ()):
            g._describe(indent + '  ', out, children_of)

    def __repr__(self):
        return '<ThreadGroup %r>' % (self.name,)


class _Guard:
    """What Mutex.lock() returns: the held lock, for one `with` block."""

    __slots__ = ('_mutex',)

    def __init__(self, mutex):
        self._mutex = mutex

    @property
    def value(self):
        return self._mutex._value

    @value.setter
    def value(self, v):
        self._mutex._value = v

    def __enter__(self):
        return self._mutex._value

    def __exit__(self, *exc):
        self._mutex._lock.release()
        return False


class Mutex:
    """A value that can only be reached with its lock held:

        m = Mutex([])
        with m.lock() as items:
            items.append(1)

    m.lock() takes the lock (parking while another thread holds it) and
    returns a guard whose `with` block receives the value and releases the
    lock at its end; guard.value = v replaces the value."""

    def __init__(self, value):
        self._value = value
        self._lock = _thread.allocate_lock()

    def lock(self, timeout=None):
        if timeout is None:
            self._lock.acquire()
        elif not self._lock.acquire(True, timeout):
            raise TimeoutError("Mutex.lock() timed out")
        return _Guard(self)

    def locked(self):
        return self._lock.locked()


def dump(file=None):
    """Print every virtual thread (its state and, when it is blocked, its
    Python stack) and the tree of live thread groups, to file (default
    sys.stderr)."""
    if file is None:
        file = sys.stderr
    lines = []
    for ident, name, state, stack in _vthreads.stacks():
        lines.append('Thread %r (ident %d) %s:' % (name, ident, state))
        if stack:
            lines.append(stack)
    with _Held(_live_lock):
        groups = list(_live_groups)
    live = {id(g) for g in groups}
    children_of = {}
    roots = []
    for g in groups:
        if g.parent is not None and id(g.parent) in live:
            children_of.setdefault(id(g.parent), []).append(g)
        else:
            roots.append(g)
    if roots:
        lines.append('')
        lines.append('Thread groups:')
        for g in roots:
            g._describe('  ', lines, children_of)
    file.write('\n'.join(lines) + '\n')
