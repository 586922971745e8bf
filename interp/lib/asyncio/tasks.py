"""Tasks, and the functions that combine awaitables (gather, wait, ...).

A Task is a Future plus a virtual thread that runs its coroutine (see
events.py for how tasks of one loop take turns). The thread is started the
first time the loop reaches the task's first step, so creation order is
start order, as in CPython. It runs the coroutine with a plain ``await``
(weft accepts ``await`` in any function), so the coroutine's frames stay
on the thread's own stack and blocking inside it (a future, a lock, a
queue) parks the thread without unwinding anything.

Cancellation follows CPython's protocol: ``cancel()`` cancels the future
the task is waiting for (which wakes it, and the await raises
CancelledError), or, when it waits for nothing, marks it so that the
CancelledError is raised when its next step begins.
"""

import _contextvars
import _thread
import contextvars
import functools
import itertools
import time

from . import coroutines, events, futures
from .exceptions import CancelledError

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
           'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep',
           'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
           'current_task', 'all_tasks')

_task_name_counter = itertools.count(1).__next__


# _await(awaitable) runs awaitable to completion on this thread and
# returns its result. Under weft it is a plain function with ``await``: the
# awaitable's frames run in this thread's own eval loop (AWAIT_SYNC), so a
# blocking call inside parks the thread without pinning it. CPython, which
# imports this module in weft's library tests, rejects that syntax; there
# the coroutine is driven with send(), which works too because awaiting a
# Future blocks instead of yielding (futures.py).
try:
    exec(compile('def _await(awaitable):\n    return await awaitable\n',
                 __file__, 'exec'))
except SyntaxError:
    def _await(awaitable):
        iterator = awaitable.__await__()
        while True:
            try:
                yielded = iterator.send(None)
            except StopIteration as stop:
                return stop.value
            if yielded is not None:
                raise RuntimeError(f'awaitable yielded {yielded!r}, not a '
                                   'weft asyncio future')


class Task(futures.Future):
    """A coroutine running on a virtual thread of its own, as a Future."""

    def __init__(self, coro, *, loop=None, name=None, context=None,
                 _bind=False):
        super().__init__(loop=loop)
        self._init_task(coro, name, context, _bind)

    def _init_task(self, coro, name, context, bind):
        """Make this Future a task running coro and schedule its first step.

        Separate from __init__ so that gevent's Greenlet, a Future from its
        creation, becomes a task only when it is started.
        """
        if not coroutines.iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._coro = coro
        self._name = f'Task-{_task_name_counter()}' if name is None else str(name)
        # Each task runs in its own copy of its creator's context (or the
        # one given), as in CPython; its thread makes it current.
        self._context = contextvars.copy_context() if context is None else context
        self._must_cancel = False
        self._fut_waiter = None
        self._num_cancels_requested = 0
        self._wakeup = events._Step(self)
        self._started = False
        self._body_started = False
        self._baton = None
        # A bound task (run_until_complete's) runs on the runner's thread
        # and parks on the runner's baton; the others get a thread each.
        self._bound = bind
        loop = self._loop
        if bind:
            loop._bound_task = self
        loop._tasks[self] = None
        loop.call_soon(self._wakeup)

    def __repr__(self):
        info = self._state.lower()
        if self._must_cancel:
            info = 'cancelling'
        code = getattr(self._coro, '__qualname__', None) or repr(self._coro)
        extra = ''
        if self._state == futures._FINISHED:
            if self._exception is not None:
                extra = f' exception={self._exception!r}'
            else:
                extra = f' result={self._result!r}'
        return f'<Task {info} name={self._name!r} coro=<{code}()>{extra}>'

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        return []

    def print_stack(self, *, limit=None, file=None):
        return None

    def cancel(self, msg=None):
        """Request cancellation: CancelledError is raised at the task's await."""
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    # --- running ----------------------------------------------------------

    def _suspend(self):
        """Give the loop's turn away until this task's next step.

        Called on the task's own thread while it holds the turn; raises
        the pending cancellation, if any, when the step begins.
        """
        self._loop._switch(self._baton)
        if self._must_cancel:
            self._must_cancel = False
            raise self._make_cancelled_error()

    def _yield_step(self):
        """sleep(0): let every task that is ready run first.

        The caller holds the turn, so nobody waits on the loop's condition
        and the step can be appended without the loop's mutex.
        """
        loop = self._loop
        loop._ready_append(events.Handle(self._wakeup, (), loop))
        self._suspend()

    def _thread_main(self):
        """The body of the task's own virtual thread."""
        loop = self._loop
        ident = _thread.get_ident()
        events._threads[ident] = [loop, self]
        _contextvars._set(self._context)
        try:
            self._run_body()
        finally:
            del events._threads[ident]
            loop._switch(None)

    def _run_on_this_thread(self):
        """Run a task bound to the runner's thread (run_until_complete)."""
        entry = events._threads[_thread.get_ident()]
        entry[1] = self
        outer_context = _contextvars._get()
        _contextvars._set(self._context)
        try:
            self._run_body()
        finally:
            _contextvars._set(outer_context)
            entry[1] = None

    def _run_body(self):
        self._body_started = True
        coro = self._coro
        try:
            if self._must_cancel:
                self._must_cancel = False
                coro.throw(self._make_cancelled_error())
                raise RuntimeError(f'coroutine {coro!r} ignored a cancellation '
                                   'before it started')
            result = _await(coro)
        except CancelledError as exc:
            self._cancelled_exc = exc
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as exc:
            super().set_exception(exc)
            self._loop._fatal(exc)
        except BaseException as exc:
            super().set_exception(exc)
        else:
            if self._must_cancel:
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(result)
        finally:
            self._loop._tasks.pop(self, None)


def create_task(coro, *, name=None, context=None):
    """Schedule coro as a Task of the running loop."""
    loop = events.get_running_loop()
    return loop.create_task(coro, name=name, context=context)


def current_task(loop=None):
    """The task running on this thread (of loop, when given), or None."""
    if loop is None:
        loop = events.get_running_loop()
    running_loop, task = events._current_task_of_thread()
    if running_loop is loop:
        return task
    return None


def all_tasks(loop=None):
    """The tasks of loop (default: the running one) that are not done."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(loop._tasks) if not t.done()}


def ensure_future(coro_or_future, *, loop=None):
    """Return a Future for a Future, a coroutine or any awaitable."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if not coroutines.iscoroutine(coro_or_future):
        if hasattr(coro_or_future, '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


async def sleep(delay, result=None):
    """Suspend the task for delay seconds; sleep(0) lets ready tasks run.

    Outside any running loop (a plain thread awaiting in a plain function)
    it simply parks the thread with time.sleep.
    """
    entry = events._threads.get(_thread.get_ident())
    if entry is None:
        if delay > 0:
            time.sleep(delay)
        return result
    loop, task = entry
    if delay <= 0:
        if task is not None:
            task._yield_step()
        return result
    fut = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled,
                             fut, result)
    try:
        return await fut
    finally:
        handle.cancel()


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in fs; return (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in fs}
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def on_completion(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and
                 f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    release = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Await fut; after timeout seconds cancel it and raise TimeoutError.

    The 3.11 algorithm: a waiter future is released by fut's completion
    or by a timer, whichever comes first; on timeout fut is cancelled and
    waited for, so its clean-up has run when TimeoutError is raised.
    """
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    release = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def as_completed(fs, *, timeout=None):
    """Iterate over awaitables that give the results in completion order."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    done = Queue()
    loop = events.get_event_loop()
    todo = {}
    for f in fs:
        todo[ensure_future(f, loop=loop)] = None
    timeout_handle = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            done.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        del todo[f]
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


class _GatheringFuture(futures.Future):
    """gather's result: cancelling it cancels every child."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; results in argument order.

    Without return_exceptions the first exception (or cancellation) of a
    child becomes the result of the gather at once; the other children
    keep running.
    """
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    children = []
    arg_to_fut = {}
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None

    def on_child_done(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    res = CancelledError('' if child._cancel_message is None
                                         else child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(on_child_done)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Protect an awaitable from being cancelled by its awaiter."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def on_inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def on_outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(on_inner_done)

    inner.add_done_callback(on_inner_done)
    outer.add_done_callback(on_outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Submit coro to loop (running in another thread).

    Returns a concurrent.futures.Future that the calling thread can wait
    on; cancelling it cancels the task.
    """
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    result = concurrent.futures.Future()

    def copy_outcome(task):
        if task.cancelled():
            result.cancel()
        if not result.set_running_or_notify_cancel():
            return
        exc = task.exception()
        if exc is not None:
            result.set_exception(exc)
        else:
            result.set_result(task.result())

    def start():
        try:
            task = ensure_future(coro, loop=loop)
        except BaseException as exc:
            if result.set_running_or_notify_cancel():
                result.set_exception(exc)
            raise
        task.add_done_callback(copy_outcome)

        def on_result_done(f):
            if f.cancelled():
                loop.call_soon_threadsafe(task.cancel)
        result.add_done_callback(on_result_done)
    loop.call_soon_threadsafe(start)
    return result
