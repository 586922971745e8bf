"""Greenlet, spawn, joinall and killall on weft's virtual threads."""

from asyncio import futures, tasks

from .hub import GreenletExit, block, get_hub

__all__ = ('Greenlet', 'spawn', 'spawn_later', 'joinall', 'killall', 'kill')


async def _call(greenlet):
    return greenlet._run(*greenlet.args, **greenlet.kwargs)


class Greenlet(tasks.Task):
    """A function running in its own greenlet (an asyncio Task of the hub).

    Created unstarted, as gevent's; start() schedules it. value and
    exception describe how it ended; a GreenletExit (from kill) counts as
    success, with the exception instance as value.
    """

    def __init__(self, run=None, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs
        if run is not None:
            self._run = run
        self._kill_exc = None
        self._hub = get_hub()
        futures.Future.__init__(self, loop=self._hub)
        self._pending_start = True
        self._timer = None

    def _run(self):
        return None

    def start(self):
        """Schedule the greenlet to run (once)."""
        if self._pending_start:
            self._pending_start = False
            self._init_task(_call(self), None, None, False)

    def start_later(self, seconds):
        if self._pending_start and self._timer is None:
            self._timer = self._hub.call_later(seconds, self.start)

    @classmethod
    def spawn(cls, *args, **kwargs):
        g = cls(*args, **kwargs)
        g.start()
        return g

    @classmethod
    def spawn_later(cls, seconds, *args, **kwargs):
        g = cls(*args, **kwargs)
        g.start_later(seconds)
        return g

    def __repr__(self):
        name = getattr(self._run, '__name__', 'run')
        return f'<Greenlet "{name}">'

    @property
    def started(self):
        return not self._pending_start

    @property
    def dead(self):
        return not self._pending_start and self.done()

    def ready(self):
        return self.dead

    def __bool__(self):
        return self.started and not self.dead

    def successful(self):
        return self.dead and self._outcome_exception() is None

    @property
    def value(self):
        if not self.dead:
            return None
        exc = self._exception_or_none()
        if isinstance(exc, GreenletExit):
            return exc
        return None if exc is not None else self.result()

    @property
    def exception(self):
        if not self.dead:
            return None
        return self._outcome_exception()

    def _exception_or_none(self):
        if self.cancelled():
            return GreenletExit()
        return tasks.Task.exception(self)

    def _outcome_exception(self):
        exc = self._exception_or_none()
        if isinstance(exc, GreenletExit):
            return None
        return exc

    def _make_cancelled_error(self):
        if self._kill_exc is not None:
            exc = self._kill_exc
            self._kill_exc = None
            return exc
        return tasks.Task._make_cancelled_error(self)

    def join(self, timeout=None):
        """Wait until the greenlet is dead (or timeout); never raises its error."""
        if self._pending_start and self._timer is None:
            return
        block(self, timeout)

    def get(self, block=True, timeout=None):
        """Return the value, raise the exception, or wait for one of them."""
        if not self.dead:
            if not block:
                from .timeout import Timeout
                raise Timeout()
            self.join(timeout)
            if not self.dead:
                from .timeout import Timeout
                raise Timeout(timeout)
        exc = self._outcome_exception()
        if exc is not None:
            raise exc
        return self.value

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        """Raise exception in the greenlet at its blocking call."""
        if self._pending_start:
            self._pending_start = False
            if self._timer is not None:
                self._timer.cancel()
            self._init_task(_call(self), None, None, False)
        if self.done():
            return
        if isinstance(exception, type):
            exception = exception()
        self._kill_exc = exception
        tasks.Task.cancel(self)
        if block:
            self.join(timeout)

    def link(self, callback):
        """Call callback(self) when the greenlet dies."""
        self.add_done_callback(_Link(callback))

    def rawlink(self, callback):
        self.link(callback)

    def unlink(self, callback):
        self.remove_done_callback(_Link(callback))


class _Link:
    """A link callback, comparable so that unlink can find it."""

    __slots__ = ('callback',)

    def __init__(self, callback):
        self.callback = callback

    def __call__(self, greenlet):
        self.callback(greenlet)

    def __eq__(self, other):
        if isinstance(other, _Link):
            return self.callback == other.callback
        return self.callback == other

    def __hash__(self):
        return hash(self.callback)


def spawn(function, *args, **kwargs):
    """Start function(*args, **kwargs) in a new greenlet."""
    return Greenlet.spawn(function, *args, **kwargs)


def spawn_later(seconds, function, *args, **kwargs):
    """Start function(*args, **kwargs) in a new greenlet after seconds."""
    return Greenlet.spawn_later(seconds, function, *args, **kwargs)


def joinall(greenlets, timeout=None, raise_error=False, count=None):
    """Wait for the greenlets; return those that finished, in finishing order."""
    greenlets = list(greenlets)
    hub = get_hub()
    done = []
    waiter = hub.create_future()
    wanted = len(greenlets) if count is None else min(count, len(greenlets))

    def finished(g):
        done.append(g)
        if raise_error and g.exception is not None and not waiter.done():
            waiter.set_result(None)
        if len(done) >= wanted and not waiter.done():
            waiter.set_result(None)

    for g in greenlets:
        if g.dead:
            finished(g)
        else:
            g.link(finished)
    if not waiter.done():
        block(waiter, timeout)
    for g in greenlets:
        if g not in done:
            g.unlink(finished)
    if raise_error:
        for g in done:
            if g.exception is not None:
                raise g.exception
    return done


def killall(greenlets, exception=GreenletExit, block=True, timeout=None):
    """Kill every greenlet; with block, wait until they are all dead."""
    greenlets = list(greenlets)
    for g in greenlets:
        g.kill(exception, block=False)
    if block:
        joinall(greenlets, timeout=timeout)


def kill(greenlet, exception=GreenletExit, block=True, timeout=None):
    greenlet.kill(exception, block=block, timeout=timeout)
