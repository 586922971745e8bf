"""gevent.lock: Semaphore, BoundedSemaphore and a lock for greenlets."""

from .hub import block, get_hub

__all__ = ('Semaphore', 'BoundedSemaphore', 'DummySemaphore', 'RLock')


class Semaphore:
    """A counter of free slots; waiters are served in FIFO order."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self.counter = value
        self._waiters = []

    def locked(self):
        return self.counter <= 0

    def release(self):
        self.counter += 1
        for fut in self._waiters:
            if not fut.done():
                self.counter -= 1
                fut.set_result(True)
                break
        return self.counter

    def acquire(self, blocking=True, timeout=None):
        """Take a slot; False when not blocking (or timed out) and none is free."""
        if self.counter > 0 and not any(not f.done() for f in self._waiters):
            self.counter -= 1
            return True
        if not blocking:
            return False
        fut = get_hub().create_future()
        self._waiters.append(fut)
        try:
            block(fut, timeout)
        finally:
            self._waiters.remove(fut)
            if not fut.done():
                fut.cancel()
        return fut.done() and not fut.cancelled()

    def wait(self, timeout=None):
        if self.counter > 0:
            return self.counter
        fut = get_hub().create_future()
        self._waiters.append(fut)
        try:
            block(fut, timeout)
        finally:
            self._waiters.remove(fut)
        if fut.done() and not fut.cancelled():
            # wait() does not take the slot it was handed.
            self.counter += 1
        return self.counter

    def __enter__(self):
        self.acquire()

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def release(self):
        if self.counter >= self._initial_value:
            raise ValueError('Semaphore released too many times')
        return super().release()


class DummySemaphore:
    """A semaphore that never blocks."""

    def __init__(self, value=None):
        self.counter = value

    def locked(self):
        return False

    def acquire(self, blocking=True, timeout=None):
        return True

    def release(self):
        return None

    def wait(self, timeout=None):
        return 1

    def __enter__(self):
        pass

    def __exit__(self, *args):
        pass


class RLock:
    """A reentrant lock for greenlets."""

    def __init__(self):
        self._block = Semaphore(1)
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=None):
        from .hub import getcurrent
        me = getcurrent()
        if self._owner is me and self._count:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        from .hub import getcurrent
        if self._owner is not getcurrent() or not self._count:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def locked(self):
        return self._block.locked()

    def __enter__(self):
        self.acquire()

    def __exit__(self, *args):
        self.release()
