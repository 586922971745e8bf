"""Futures, wait() and as_completed(), on weft's virtual threads.

A Future's state is guarded by a threading.Condition; result() and
exception() park the calling virtual thread on it. wait() and
as_completed() do not poll: each registers a _Collector with the futures
it watches, and a future that finishes hands itself to every collector
registered on it, which wakes the waiting thread.
"""

import sys
import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Base class for the exceptions of this module."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the Future's current state."""


class BrokenExecutor(RuntimeError):
    """An executor can no longer run work (its initializer failed)."""


class _Collector:
    """Gathers the futures that finish among those wait() or
    as_completed() watches, and wakes the thread waiting for them."""

    def __init__(self):
        self.cond = threading.Condition(threading.Lock())
        self.finished = []

    def add(self, future):
        with self.cond:
            self.finished.append(future)
            self.cond.notify_all()


class Future:
    """The result of a call that runs elsewhere (a pool worker, a thread
    group child)."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._collectors = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception is not None:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), state,
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), state,
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), state)

    def _finish(self):
        """Wake the collectors and run the callbacks; the state is final.
        Runs outside the condition's lock: a callback may use the future."""
        for c in self._collectors:
            c.add(self)
        for callback in self._done_callbacks:
            self._call(callback)

    def _call(self, callback):
        try:
            callback(self)
        except Exception as e:
            sys.stderr.write('exception calling callback for %r\n%s' % (
                self, _format_exception(e)))

    def cancel(self):
        """Cancel a future that has not started; True if it is cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._finish()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in _DONE_STATES

    def _outcome(self):
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def _wait_done(self, timeout):
        """With the condition held: wait until the future is done, or
        raise TimeoutError."""
        if self._state in _DONE_STATES:
            return
        if timeout is None:
            while self._state not in _DONE_STATES:
                self._condition.wait()
            return
        end = time.monotonic() + timeout
        while self._state not in _DONE_STATES:
            left = end - time.monotonic()
            if left <= 0:
                raise TimeoutError()
            self._condition.wait(left)

    def result(self, timeout=None):
        """The call's result, waiting up to timeout seconds for it; raises
        the call's exception, CancelledError or TimeoutError."""
        with self._condition:
            self._wait_done(timeout)
            return self._outcome()

    def exception(self, timeout=None):
        """The call's exception (None if it returned), waiting as result()."""
        with self._condition:
            self._wait_done(timeout)
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (at once if it is)."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        self._call(fn)

    def set_running_or_notify_cancel(self):
        """For executors: mark the future running, or report False if it
        was cancelled (then the call must not run)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            self._condition.notify_all()
        self._finish()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            self._condition.notify_all()
        self._finish()

    def _watch(self, collector):
        """Register collector; True if the future is already done (then
        it is not registered)."""
        with self._condition:
            if self._state in _DONE_STATES:
                return True
            self._collectors.append(collector)
            return False

    def _unwatch(self, collector):
        with self._condition:
            try:
                self._collectors.remove(collector)
            except ValueError:
                pass

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _format_exception(e):
    import _thread
    return _thread._format_exception(e)


class Executor:
    """The interface of executors: submit, map, shutdown and use as a
    context manager."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls run by the executor;
        the results come in order, each waited for up to the time left of
        timeout (counted from the map call)."""
        end = None if timeout is None else time.monotonic() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                fs.reverse()
                while fs:
                    if end is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end - time.monotonic())
            finally:
                for f in fs:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class DoneAndNotDoneFutures(tuple):
    """wait()'s result: the sets done and not_done."""

    __slots__ = ()

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    done = property(lambda self: self[0])
    not_done = property(lambda self: self[1])

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self[0], self[1])


def _is_failure(f):
    return f._state == FINISHED and f._exception is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until the futures fs are done as return_when says
    (FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED), or timeout seconds
    pass; returns (done, not_done) as sets."""
    fs = set(fs)
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return condition: %r' % (return_when,))
    collector = _Collector()
    done = set()
    for f in fs:
        if f._watch(collector):
            done.add(f)

    def satisfied():
        if return_when == FIRST_COMPLETED:
            return bool(done)
        if return_when == FIRST_EXCEPTION and any(map(_is_failure, done)):
            return True
        return len(done) == len(fs)

    end = None if timeout is None else time.monotonic() + timeout
    try:
        with collector.cond:
            while True:
                done.update(collector.finished)
                collector.finished.clear()
                if satisfied():
                    break
                if end is None:
                    collector.cond.wait()
                else:
                    left = end - time.monotonic()
                    if left <= 0:
                        break
                    collector.cond.wait(left)
    finally:
        for f in fs:
            f._unwatch(collector)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yield the futures fs as they finish (those already done first);
    raises TimeoutError if timeout seconds pass (counted from the call)
    before all are done."""
    end = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    collector = _Collector()
    pending = set()
    ready = []
    for f in fs:
        if f._watch(collector):
            ready.append(f)
        else:
            pending.add(f)
    try:
        yield from ready
        while pending:
            with collector.cond:
                while not collector.finished:
                    if end is None:
                        collector.cond.wait()
                        continue
                    left = end - time.monotonic()
                    if left <= 0:
                        raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
                    collector.cond.wait(left)
                finished = collector.finished
                collector.finished = []
            for f in finished:
                if f in pending:
                    pending.discard(f)
                    yield f
    finally:
        for f in fs:
            f._unwatch(collector)
