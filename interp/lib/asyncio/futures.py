"""asyncio.Future, and the one place where a coroutine waits.

A Future holds a result or an exception that arrives later, and the
callbacks to run (on its loop, in registration order) when it does.

Awaiting a Future that is not done is where weft differs from CPython's
machinery, not from its behaviour: CPython's Future.__await__ yields the
future up through every coroutine frame to the Task, which parks the
coroutine. Here the coroutine is already running on its task's own
virtual thread, so ``__await__`` simply blocks that thread (``_block_on``):
it registers the task's step as a done callback and gives the loop's turn
away. Nothing is yielded, so the frames never unwind, and a plain function
(no ``async``) can await a future just as well. When the future completes,
its callbacks schedule the task's step; when the loop reaches that step the
turn comes back, and ``__await__`` returns the result or raises.
"""

import _thread

from . import events
from .exceptions import CancelledError, InvalidStateError

__all__ = ('Future', 'wrap_future', 'isfuture')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for asyncio-compatible futures (duck-typed, as CPython's)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


class Future:
    """A result that becomes available later; awaitable."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False
    _exception_tb = None

    def __init__(self, *, loop=None):
        if loop is None:
            loop = events.get_event_loop()
        self._loop = loop
        self._callbacks = []

    def __repr__(self):
        return f'<{type(self).__name__} {self._repr_info()}>'

    def _repr_info(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                state += f' exception={self._exception!r}'
            else:
                state += f' result={self._result!r}'
        if self._callbacks:
            names = [events._format_callback(cb, ())
                     for cb, _ in self._callbacks]
            state += ' cb=[' + ', '.join(names) + ']'
        return state

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel the future and schedule its callbacks; False if done."""
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            _block_on(self)
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()
        yield  # never reached: it makes __await__ a generator, as required

    __iter__ = __await__


def _block_on(fut):
    """Block the calling thread until fut is done (see the module doc).

    In a task: park the task until the loop runs the step that fut's
    completion schedules; a cancellation requested meanwhile is raised
    here, at the await, as CPython throws it into the coroutine. Outside
    any loop (a plain thread awaiting a future of a loop that runs
    elsewhere) the thread parks on a lock that a done callback releases.
    """
    loop, task = events._current_task_of_thread()
    if task is None:
        if loop is not None:
            raise RuntimeError(
                'cannot wait for a future in the event loop\'s own thread '
                'outside a task: it would stop the loop')
        done = _thread.allocate_lock()
        done.acquire()
        fut.add_done_callback(lambda _: done.release())
        done.acquire()
        return
    if fut._loop is not task._loop:
        raise RuntimeError(f'Task {task!r} got Future {fut!r} attached to '
                           'a different loop')
    if fut is task:
        raise RuntimeError(f'Task cannot await on itself: {task!r}')
    fut.add_done_callback(task._wakeup)
    task._fut_waiter = fut
    try:
        task._suspend()
    finally:
        task._fut_waiter = None
        if not fut.done():
            fut.remove_done_callback(task._wakeup)


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _get_loop(fut):
    return fut.get_loop()


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures-style future in an asyncio Future.

    The source future's completion (on any thread) is carried to the new
    one by call_soon_threadsafe; cancelling the new one cancels the source.
    """
    if isfuture(future):
        return future
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()

    def copy_state(src):
        if new_future.done():
            return
        if src.cancelled():
            new_future.cancel()
            return
        exc = src.exception()
        if exc is not None:
            new_future.set_exception(exc)
        else:
            new_future.set_result(src.result())

    def on_source_done(src):
        if not loop.is_closed():
            loop.call_soon_threadsafe(copy_state, src)

    def on_new_done(dest):
        if dest.cancelled():
            future.cancel()

    new_future.add_done_callback(on_new_done)
    future.add_done_callback(on_source_done)
    return new_future
