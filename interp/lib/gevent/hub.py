"""The hub: where gevent's greenlets take turns, and how code blocks.

weft's gevent is a thin layer over its asyncio loop (asyncio/events.py):
the hub of a thread is an asyncio event loop, a Greenlet is an asyncio Task
whose coroutine calls a plain function, and the loop's turn gives the same
one-at-a-time, FIFO scheduling that gevent's libev loop gives. Greenlets are
virtual threads, so gevent code needs no monkey-patching: a blocking call
parks only its own greenlet.

Blocking (``block``) is the one primitive everything here is built on: in
a greenlet it parks the greenlet until a future is done (a kill is raised
there); in a thread that is not a greenlet (the main program) it runs the
hub until the future is done, as gevent's main greenlet switches into the
hub.
"""

import _thread

from asyncio import events, futures

__all__ = ('get_hub', 'sleep', 'getcurrent', 'GreenletExit')


class GreenletExit(BaseException):
    """Raised in a greenlet by kill(); a greenlet ended by it is successful."""


_hubs = {}


def get_hub():
    """The hub of the calling greenlet, or of the calling thread."""
    loop, _ = events._current_task_of_thread()
    if loop is not None:
        return loop
    ident = _thread.get_ident()
    hub = _hubs.get(ident)
    if hub is None or hub.is_closed():
        hub = events.BaseEventLoop()
        _hubs[ident] = hub
    return hub


def getcurrent():
    """The running Greenlet, or None in a thread's main (non-greenlet) code."""
    _, task = events._current_task_of_thread()
    return task


def block(fut, timeout=None):
    """Wait until fut is done or timeout seconds pass; True if it is done."""
    hub = fut.get_loop()
    waiter = fut
    timer = None
    if timeout is not None:
        waiter = hub.create_future()

        def release(_=None):
            if not waiter.done():
                waiter.set_result(None)
        fut.add_done_callback(release)
        timer = hub.call_later(timeout, release)
    loop, task = events._current_task_of_thread()
    try:
        if task is None:
            if loop is not None:
                raise RuntimeError('gevent: cannot block the hub itself')
            if not waiter.done():
                hub.run_until_complete(_Done(waiter))
        else:
            futures._block_on(waiter)
            kill = getattr(task, '_kill_exc', None)
            if kill is not None and waiter.cancelled():
                task._kill_exc = None
                raise kill
    finally:
        if timer is not None:
            timer.cancel()
    return fut.done()


class _Done(futures.Future):
    """A future done when another one is, whatever its outcome."""

    def __init__(self, other):
        super().__init__(loop=other.get_loop())
        other.add_done_callback(self._copy)

    def _copy(self, _):
        if not self.done():
            self.set_result(None)


def sleep(seconds=0, ref=True):
    """Park the greenlet for seconds; sleep(0) lets the ready ones run."""
    hub = get_hub()
    _, task = events._current_task_of_thread()
    if seconds <= 0 and task is not None:
        task._yield_step()
        return
    fut = hub.create_future()
    hub.call_later(max(seconds, 0), futures._set_result_unless_cancelled,
                   fut, None)
    block(fut)
