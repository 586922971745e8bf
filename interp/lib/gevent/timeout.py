"""gevent.Timeout: an exception raised in a greenlet at a deadline."""

from asyncio import events

from .hub import get_hub

__all__ = ('Timeout',)


class Timeout(BaseException):
    """Raise this (or exception) in the current greenlet after seconds.

    ``with Timeout(2):`` bounds the blocking calls of the block. Only a
    greenlet can be interrupted: in a thread's main code start() raises
    RuntimeError.
    """

    def __init__(self, seconds=None, exception=None, ref=True, priority=-1):
        super().__init__()
        self.seconds = seconds
        self.exception = exception
        self._timer = None
        self._greenlet = None

    def start(self):
        if self.seconds is None:
            return
        _, task = events._current_task_of_thread()
        if task is None or not hasattr(task, '_kill_exc'):
            raise RuntimeError('weft gevent: Timeout can only interrupt a greenlet')
        self._greenlet = task
        self._timer = get_hub().call_later(self.seconds, self._expire)

    def _expire(self):
        self._timer = None
        g = self._greenlet
        if g is None or g.done():
            return
        exc = self.exception
        if exc is None:
            exc = self
        elif isinstance(exc, type):
            exc = exc()
        g._kill_exc = exc
        g.cancel()

    @property
    def pending(self):
        return self._timer is not None

    def cancel(self):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def close(self):
        self.cancel()

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.cancel()
        if exc is self and self.exception is False:
            return True
        return None

    def __str__(self):
        if self.seconds is None:
            return ''
        suffix = '' if self.seconds == 1 else 's'
        return f'{self.seconds} second{suffix}'

    def __repr__(self):
        return f'<Timeout seconds={self.seconds}>'
