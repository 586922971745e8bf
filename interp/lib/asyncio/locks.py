"""Lock, Event, Condition, Semaphore and BoundedSemaphore for tasks.

They are not thread-safe, by design, as CPython's: they are meant for the
tasks of one loop, which take turns (events.py), so plain attributes are
enough. Waiters are futures kept in FIFO order, so a released lock goes to
the task that has waited longest.
"""

from collections import deque

from . import events
from .exceptions import CancelledError

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore',
           'Barrier')


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = events.get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop

    def _enqueue(self):
        """A new future of the running loop, queued last in self._waiters."""
        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        return fut

    async def _wait_queued(self, fut):
        """Wait for fut (from _enqueue); it leaves the queue however the
        wait ends, cancellation included."""
        try:
            await fut
        finally:
            self._waiters.remove(fut)


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """A mutual-exclusion lock for tasks; FIFO among waiters."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{type(self).__module__}.{type(self).__qualname__} [{extra}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if (not self._locked and (self._waiters is None or
                                  all(w.cancelled() for w in self._waiters))):
            self._locked = True
            return True
        fut = self._enqueue()
        try:
            await self._wait_queued(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    """A flag tasks can wait for; set() wakes every waiter."""

    def __init__(self):
        self._waiters = deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{type(self).__module__}.{type(self).__qualname__} [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        await self._wait_queued(self._enqueue())
        return True


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """A condition variable for tasks, over a Lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{type(self).__module__}.{type(self).__qualname__} [{extra}]>'

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await self._wait_queued(self._enqueue())
            return True
        finally:
            # Re-acquire the lock even if cancelled meanwhile, then
            # re-raise the cancellation.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """A counter of free slots for tasks; FIFO among waiters.

    A release hands its slot straight to the oldest waiter (the value is
    decremented for it), so a task arriving later cannot overtake one that
    is already waiting.
    """

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{type(self).__module__}.{type(self).__qualname__} [{extra}]>'

    def locked(self):
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = self._enqueue()
        try:
            await self._wait_queued(fut)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                # The slot was handed to us just before the cancellation:
                # pass it on.
                self._value += 1
                self._wake_up_next()
            raise
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Barrier(_LoopBoundMixin):
    """parties tasks wait until all have arrived (3.11)."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        from .exceptions import BrokenBarrierError
        async with self._cond:
            while self._state in ('draining', 'resetting'):
                await self._cond.wait()
            if self._state == 'broken':
                raise BrokenBarrierError('Barrier aborted')
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._state = 'draining'
                    self._cond.notify_all()
                else:
                    while self._state == 'filling':
                        await self._cond.wait()
                    if self._state == 'broken':
                        raise BrokenBarrierError('Barrier aborted')
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state == 'draining':
                    self._state = 'filling'
                    self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 'filling' else 0

    @property
    def broken(self):
        return self._state == 'broken'
