"""The event loop: asyncio's scheduling order, kept on virtual threads.

Why a loop at all, when every task is a virtual thread that could simply
run in parallel: asyncio programs are written against a single-threaded
loop. They rely on a task running undisturbed between two awaits (no locks
around shared state), and their output depends on the order in which the
loop runs ready callbacks: first in, first out, one loop iteration at a
time, timers moved to the ready queue in deadline order. weft keeps that
contract exactly, so a program prints what it prints under CPython.

The model
---------

Each Task runs its coroutine on a virtual thread of its own (started the
first time the loop schedules it). A loop has one *turn*: only the thread
holding it runs code of that loop, as only the loop's OS thread does in
CPython. Other loops, plain threads and ``to_thread`` workers run in
parallel meanwhile.

The holder of the turn is also the loop's dispatcher. When it must wait
(its task awaits a future that is not done, or it finishes), it calls
``_switch``, which plays CPython's ``_run_once`` on the caller's thread:

* at the start of an iteration it waits for the first timer (or for a
  callback added from another thread), moves the expired timers to the
  ready queue and notes how many handles this iteration runs (``_ntodo``);
* it pops ready handles in order. A plain callback is called right there.
  A task step (a ``_Step``: what CPython schedules as ``Task.__step`` or
  ``__wakeup``) is a hand-off: the turn passes to that task's thread (a
  binary lock, its *baton*, is released) and the caller parks on its own
  baton until some later holder hands the turn back to it.

So exactly one thread of a loop is ever runnable, and a switch between two
tasks is one lock release plus one park: the scheduler moves the virtual
thread, no OS thread is involved. ``loop.stop()`` ends the loop after the
current iteration; the turn then goes back to the thread that called
``run_forever`` (the *runner*), which returns.

``asyncio.run`` and ``run_until_complete`` of a coroutine run that
coroutine's task on the runner's own thread (it is *bound* to the runner's
baton), so the main coroutine runs on the thread that called ``run``,
sees its thread-locals, and costs no extra thread.

Invariants
----------

* ``_ready``, ``_scheduled`` and ``_idle`` are guarded by ``_mutex``; any
  thread may append (``call_soon_threadsafe``, a future completed from a
  worker), only the holder of the turn pops.
* ``_ntodo``, ``_stopping``, ``_reason`` and every Task's run state are
  touched only by the holder of the turn. The baton hand-off (a lock
  release observed by an acquire) orders those writes before the next
  holder's reads.
* A thread parks only on its own baton, so a hand-off can never wake the
  wrong thread, and a baton released before its owner parks just makes the
  park return at once.
"""

import _thread
import contextvars
import heapq
import sys
import threading
import time
from collections import deque

__all__ = ('AbstractEventLoop', 'AbstractEventLoopPolicy',
           'BaseEventLoop', 'SelectorEventLoop', 'DefaultEventLoopPolicy',
           'Handle', 'TimerHandle', 'get_event_loop_policy',
           'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop',
           '_set_running_loop')

# _STEP and _STOP are the two reasons a parked thread is given the turn:
# its task's next step, or (for the runner only) the end of the loop.
_STEP = 'step'
_STOP = 'stop'

# _park_for_turn(baton) waits for the turn without letting a vthreads
# cancel scope of the thread end the wait: the turn is not the thread's
# until the baton is handed to it, so an interrupted wait must not return
# as if it were. weft's lock._acquire_restore is that uncancellable acquire
# (the one Condition.wait re-acquires its lock with); a cancellation that
# arrives meanwhile is raised by the thread's next cancellable wait. CPython,
# which imports this module in weft's library tests, has no cancel scopes:
# a plain acquire does.
_park_for_turn = getattr(_thread.LockType, '_acquire_restore',
                         _thread.LockType.acquire)

# _threads maps a thread ident to [running loop, task running on it or
# None]. Each thread writes only its own entry; the entry is removed when
# the thread leaves the loop, so finished task threads leave nothing behind.
_threads = {}


def _get_running_loop():
    """Return the loop running on this thread, or None."""
    entry = _threads.get(_thread.get_ident())
    if entry is None:
        return None
    return entry[0]


def _set_running_loop(loop):
    """Make loop the running loop of this thread (None clears it)."""
    ident = _thread.get_ident()
    if loop is None:
        _threads.pop(ident, None)
    else:
        _threads[ident] = [loop, None]


def _current_task_of_thread():
    """Return (loop, task) of this thread; (None, None) outside a loop."""
    entry = _threads.get(_thread.get_ident())
    if entry is None:
        return None, None
    return entry[0], entry[1]


def get_running_loop():
    """Return the running event loop; RuntimeError when there is none."""
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _format_callback(cb, args):
    if type(cb) is _Step:
        return 'Task.task_wakeup()'
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None)
    if name is None:
        name = repr(cb)
    inner = ', '.join(repr(a) for a in args)
    return f'{name}({inner})'


class Handle:
    """A callback scheduled by call_soon; cancel() drops it unrun."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context',
                 '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop
        self._context = context

    def __repr__(self):
        state = ' cancelled' if self._cancelled else ''
        return (f'<{type(self).__name__}{state} '
                f'{_format_callback(self._callback, self._args)}>')

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            if self._context is None:
                self._callback(*self._args)
            else:
                self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt) as exc:
            self._loop._fatal(exc)
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {self._describe()}',
                'exception': exc,
                'handle': self,
            })

    def _describe(self):
        return _format_callback(self._callback, self._args)


class TimerHandle(Handle):
    """A callback scheduled for a loop time by call_later / call_at.

    Timers with the same deadline run in the order they were scheduled
    (the heap orders by deadline, then by a sequence number). A cancelled
    timer stays in the heap; the dispatcher drops it when it reaches the
    top, as CPython does.
    """

    __slots__ = ('_when', '_seq', '_scheduled')

    def __init__(self, when, seq, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._seq = seq
        self._scheduled = False

    def __lt__(self, other):
        if self._when != other._when:
            return self._when < other._when
        return self._seq < other._seq

    def __repr__(self):
        state = ' cancelled' if self._cancelled else ''
        cb = _format_callback(self._callback, self._args) if self._callback else ''
        return f'<TimerHandle{state} when={self._when!r} {cb}>'

    def when(self):
        return self._when


class _Step:
    """What a task's thread is waiting for: its next turn on the loop.

    A _Step is scheduled like any callback (call_soon when a task is
    created or yields, a done callback of the future it awaits); the
    dispatcher recognises it and hands the turn to the task's thread
    instead of calling it.
    """

    __slots__ = ('task',)

    def __init__(self, task):
        self.task = task

    def __call__(self, *args):
        raise RuntimeError('a task step can only be run by its event loop')

    def __repr__(self):
        return f'<TaskStepMethWrapper of {self.task!r}>'


class BaseEventLoop:
    """An asyncio event loop whose tasks are virtual threads (see module doc)."""

    def __init__(self):
        self._mutex = _thread.allocate_lock()
        self._wakeup = threading.Condition(self._mutex)
        self._idle = False
        self._ready = deque()
        # Bound once: looking a method up on a deque costs more in weft
        # than calling it, and these two run for every handle.
        self._ready_append = self._ready.append
        self._ready_popleft = self._ready.popleft
        self._scheduled = []
        self._timer_seq = 0
        self._ntodo = 0
        self._fresh = False
        self._stopping = False
        self._closed = False
        self._thread_id = None
        self._runner_baton = None
        self._bound_task = None
        self._stop_deferred = False
        self._reason = None
        self._fatal_exc = None
        self._exception_handler = None
        self._debug = False
        self._tasks = {}
        self._default_executor = None
        self._clock_resolution = time.get_clock_info('monotonic').resolution \
            if hasattr(time, 'get_clock_info') else 1e-09
        self._task_factory = None

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # --- scheduling callbacks -------------------------------------------

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) in a later step of the loop, in FIFO order.

        Safe from any thread in weft (the ready queue has a lock), so
        call_soon_threadsafe is the same operation.
        """
        self._check_closed()
        self._check_callback(callback, 'call_soon')
        if context is None and type(callback) is not _Step:
            context = contextvars.copy_context()
        handle = Handle(callback, args, self, context)
        self._append_ready(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        self._check_callback(callback, 'call_soon_threadsafe')
        if context is None:
            context = contextvars.copy_context()
        handle = Handle(callback, args, self, context)
        self._append_ready(handle)
        return handle

    def _append_ready(self, handle):
        with self._mutex:
            self._ready_append(handle)
            if self._idle:
                self._wakeup.notify()

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args,
                            context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        self._check_callback(callback, 'call_at')
        if context is None:
            context = contextvars.copy_context()
        with self._mutex:
            self._timer_seq += 1
            timer = TimerHandle(when, self._timer_seq, callback, args, self,
                                context)
            heapq.heappush(self._scheduled, timer)
            timer._scheduled = True
            if self._idle:
                self._wakeup.notify()
        return timer

    def _check_callback(self, callback, method):
        if not callable(callback):
            raise TypeError(
                f'a callable object was expected by {method}(), got {callback!r}')

    # --- futures and tasks -----------------------------------------------

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is not None:
            task = self._task_factory(self, coro)
            if name is not None:
                task.set_name(name)
            return task
        from .tasks import Task
        return Task(coro, loop=self, name=name, context=context)

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # --- running -----------------------------------------------------------

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def stop(self):
        """Stop after the handles of the current iteration have run."""
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        with self._mutex:
            self._ready.clear()
            self._scheduled.clear()
        self._default_executor = None

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        baton = _thread.allocate_lock()
        baton.acquire()
        self._runner_baton = baton
        self._thread_id = _thread.get_ident()
        self._fresh = True
        self._stop_deferred = False
        _set_running_loop(self)
        try:
            self._run_as_runner(baton)
        finally:
            self._stopping = False
            self._thread_id = None
            self._runner_baton = None
            _set_running_loop(None)
        fatal = self._fatal_exc
        if fatal is not None:
            self._fatal_exc = None
            raise fatal

    def _run_as_runner(self, baton):
        while True:
            if self._switch(baton) is _STOP:
                return
            # A step for this thread: the task bound to it by
            # run_until_complete is due for its first (and only) run here.
            task = self._bound_task
            if task is None or task._body_started:
                raise RuntimeError('event loop runner was given a step '
                                   'for no task')
            task._run_on_this_thread()
            if self._stop_deferred:
                self._stop_deferred = False
                return

    def run_until_complete(self, future):
        """Run until future (a Future, Task or coroutine) is done."""
        self._check_closed()
        self._check_running()
        from . import coroutines, futures, tasks
        new_task = not futures.isfuture(future)
        if coroutines.iscoroutine(future):
            future = tasks.Task(future, loop=self, _bind=True)
        else:
            future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
            if self._bound_task is future:
                self._bound_task = None
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _fatal(self, exc):
        # SystemExit and KeyboardInterrupt leave the loop: they are raised
        # by run_forever in the runner's thread, as CPython lets them
        # propagate out of the loop.
        if self._fatal_exc is None:
            self._fatal_exc = exc
        self._stopping = True

    # --- the dispatcher ----------------------------------------------------

    def _switch(self, baton):
        """Give up the turn and wait until it comes back to this thread.

        Called only by the holder of the turn. baton is the caller's own
        parked-on lock, or None when the calling thread is about to end (a
        finished task): then _switch returns as soon as it has handed the
        turn on. Returns _STEP or _STOP: why the turn came back.
        """
        while True:
            handle = self._next_handle()
            if handle is None:
                target = self._runner_baton
                reason = _STOP
            else:
                callback = handle._callback
                if type(callback) is not _Step:
                    handle._run()
                    continue
                task = callback.task
                if task._state != 'PENDING':
                    continue
                if not task._started:
                    task._started = True
                    if task._bound:
                        task._baton = self._runner_baton
                    else:
                        task._baton = _thread.allocate_lock()
                        task._baton.acquire()
                        _thread.start_new_thread(task._thread_main, ())
                        break
                target = task._baton
                reason = _STEP
            if target is baton:
                return reason
            self._reason = reason
            target.release()
            break
        if baton is None:
            return None
        _park_for_turn(baton)
        return self._reason

    def _next_handle(self):
        """Return the next handle to run, or None when the loop stops.

        Mirrors one CPython iteration: the handles ready at its start run,
        those added meanwhile wait for the next iteration.
        """
        while True:
            if self._ntodo > 0:
                # Only the holder of the turn pops; the deque itself is
                # safe against a concurrent append from another thread.
                handle = self._ready_popleft()
                self._ntodo -= 1
                if handle._cancelled:
                    continue
                return handle
            if self._stopping and not self._fresh:
                self._stopping = False
                return None
            self._fresh = False
            self._begin_iteration()

    def _begin_iteration(self):
        if self._ready and not self._scheduled:
            # The common case of a busy loop: nothing to wait for and no
            # timer to move. A timer another thread adds meanwhile is seen
            # by the next iteration.
            self._ntodo = len(self._ready)
            return
        with self._mutex:
            scheduled = self._scheduled
            while scheduled and scheduled[0]._cancelled:
                heapq.heappop(scheduled)._scheduled = False
            if self._ready or self._stopping:
                timeout = 0
            elif scheduled:
                timeout = scheduled[0]._when - self.time()
            else:
                timeout = None
            if timeout is None or timeout > 0:
                self._idle = True
                try:
                    self._wakeup.wait(timeout)
                finally:
                    self._idle = False
            end = self.time() + self._clock_resolution
            while scheduled:
                timer = scheduled[0]
                if timer._cancelled:
                    heapq.heappop(scheduled)._scheduled = False
                    continue
                if timer._when >= end:
                    break
                heapq.heappop(scheduled)
                timer._scheduled = False
                self._ready_append(timer)
            self._ntodo = len(self._ready)

    # --- errors ----------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Print the error to stderr, as CPython's asyncio logger does."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        exc = context.get('exception')
        out = '\n'.join(lines)
        if exc is not None:
            out += '\n' + _format_exception(exc).rstrip('\n')
        print(out, file=sys.stderr)

    def call_exception_handler(self, context):
        handler = self._exception_handler
        if handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
            return
        try:
            handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    # --- executors -------------------------------------------------------

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) outside the loop; return an awaitable Future.

        With executor None the call gets a virtual thread of its own (they
        are cheap, so no pool is needed); otherwise executor.submit is used.
        """
        self._check_closed()
        from . import futures
        if executor is None:
            executor = self._default_executor
        if executor is not None:
            return futures.wrap_future(executor.submit(func, *args), loop=self)
        fut = self.create_future()

        def work():
            try:
                result = func(*args)
            except BaseException as exc:
                self.call_soon_threadsafe(_settle_exception, fut, exc)
            else:
                self.call_soon_threadsafe(_settle_result, fut, result)
        _thread.start_new_thread(work, ())
        return fut

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_default_executor(self):
        executor = self._default_executor
        self._default_executor = None
        if executor is not None and hasattr(executor, 'shutdown'):
            await self.run_in_executor(None, executor.shutdown)

    async def shutdown_asyncgens(self):
        return None

    # --- what weft does not provide ---------------------------------------

    def add_signal_handler(self, sig, callback, *args):
        raise NotImplementedError('weft asyncio: add_signal_handler')

    def remove_signal_handler(self, sig):
        raise NotImplementedError('weft asyncio: remove_signal_handler')


def _format_exception(exc):
    """The traceback text of exc, as the interpreter prints it."""
    native = getattr(_thread, '_format_exception', None)
    if native is not None:
        return native(exc)
    import traceback  # CPython (weft's library tests import this module)
    return ''.join(traceback.format_exception(exc))


def _settle_result(fut, result):
    if not fut.done():
        fut.set_result(result)


def _settle_exception(fut, exc):
    if not fut.done():
        fut.set_exception(exc)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            fut.get_loop()._fatal(exc)
            return
    fut.get_loop().stop()


AbstractEventLoop = BaseEventLoop
SelectorEventLoop = BaseEventLoop
EventLoop = BaseEventLoop


class AbstractEventLoopPolicy:
    """The policy interface: which loop get_event_loop returns."""


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop per thread; the main thread gets one on demand."""

    def __init__(self):
        self._loops = {}

    def get_event_loop(self):
        ident = _thread.get_ident()
        loop = self._loops.get(ident)
        if loop is None:
            if threading.current_thread() is not threading.main_thread():
                raise RuntimeError('There is no current event loop in thread '
                                   f'{threading.current_thread().name!r}.')
            loop = self.new_event_loop()
            self._loops[ident] = loop
        return loop

    def set_event_loop(self, loop):
        ident = _thread.get_ident()
        if loop is None:
            self._loops.pop(ident, None)
        else:
            self._loops[ident] = loop

    def new_event_loop(self):
        return BaseEventLoop()


_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    _policy = policy


def get_event_loop():
    """The running loop, else this thread's current loop (made on demand)."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()
