"""gevent.event: Event and AsyncResult for greenlets."""

from .hub import block, get_hub

__all__ = ('Event', 'AsyncResult')


class Event:
    """A flag greenlets wait for; set() wakes them all."""

    def __init__(self):
        self._flag = False
        self._waiters = []

    def is_set(self):
        return self._flag

    isSet = is_set
    ready = is_set

    def set(self):
        self._flag = True
        waiters, self._waiters = self._waiters, []
        for fut in waiters:
            if not fut.done():
                fut.set_result(None)

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        """Block until set (or timeout); return the flag."""
        if self._flag:
            return True
        fut = get_hub().create_future()
        self._waiters.append(fut)
        try:
            block(fut, timeout)
        finally:
            if fut in self._waiters:
                self._waiters.remove(fut)
        return self._flag


class AsyncResult:
    """A value (or exception) that one greenlet sets and others get."""

    _NONE = object()

    def __init__(self):
        self._event = Event()
        self._value = self._NONE
        self._exception = None

    def ready(self):
        return self._event.is_set()

    def successful(self):
        return self.ready() and self._exception is None

    @property
    def value(self):
        return None if self._value is self._NONE else self._value

    @property
    def exception(self):
        return self._exception

    def set(self, value=None):
        self._value = value
        self._event.set()

    def set_exception(self, exception, exc_info=None):
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._event.set()

    def wait(self, timeout=None):
        self._event.wait(timeout)
        return self.value

    def get(self, block=True, timeout=None):
        """Return the value, raise the exception, or wait for one of them."""
        if not self.ready():
            from .timeout import Timeout
            if not block:
                raise Timeout()
            self._event.wait(timeout)
            if not self.ready():
                raise Timeout(timeout)
        if self._exception is not None:
            raise self._exception
        return self.value

    def get_nowait(self):
        return self.get(block=False)

    __call__ = set
