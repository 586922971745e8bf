"""Thread objects and synchronisation primitives, on weft's virtual threads.

Every Thread is a virtual thread of the scheduler unless created with
virtual=False (then it is bound to its own OS thread). Blocking calls here
(Lock.acquire, Condition.wait, Event.wait, Thread.join, ...) park the
virtual thread and free its carrier. The only primitive written in Go is
_thread's lock (and RLock); everything else is built on it, so every wait
is a lock acquire with a timeout.
"""

import _thread
from time import monotonic as _time
import sys as _sys

__all__ = ['get_ident', 'get_native_id', 'active_count', 'activeCount', 'Condition',
           'current_thread', 'currentThread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'excepthook', 'setprofile', 'settrace', 'local', 'stack_size']

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
RLock = _thread.RLock
_allocate_lock = _thread.allocate_lock


def setprofile(func):
    pass


def settrace(func):
    pass


def stack_size(size=0):
    # Virtual threads have growable frame stacks: there is nothing to size.
    return 0


class _LockMethod:
    """A class attribute that reads as the method of the same name of the
    instance's _lock. `with cond:` then calls the Go lock's __enter__
    directly, which parks the thread when the lock is taken; a Python
    __enter__ would run as a callback from the interpreter's Go code and pin
    the thread for the wait."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj._lock, self.name)


class Condition:
    """A condition variable: wait() releases the lock and parks until
    notify(); each waiter parks on a lock of its own, which notify releases."""

    __enter__ = _LockMethod('__enter__')
    __exit__ = _LockMethod('__exit__')

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []
        # Decided once: hasattr on every wait and notify would raise and
        # catch an AttributeError each time for a plain lock.
        self._reentrant = getattr(lock, '_release_save', None) is not None

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        if self._reentrant:
            return self._lock._is_owned()
        # A plain lock has no owner: it is "owned" if it is held.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        if self._reentrant:
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if state is None:
            # The lock's _acquire_restore cannot be cancelled (a cancelled
            # wait must still leave the lock held for the `with` around it);
            # a lock from elsewhere gets a plain acquire.
            restore = getattr(self._lock, '_acquire_restore', None)
            if restore is not None:
                restore(None)
            else:
                self._lock.acquire()
        else:
            self._lock._acquire_restore(state)
            self._lock._set_count(state)

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            self._acquire_restore(saved)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    # notify() chose this waiter but its wait had already
                    # ended (a timeout or a cancellation won the race):
                    # hand the notification on so that it is not lost.
                    self.notify(1)

    def wait_for(self, predicate, timeout=None):
        end = None
        wait = timeout
        result = predicate()
        while not result:
            if wait is not None:
                if end is None:
                    end = _time() + wait
                else:
                    wait = end - _time()
                    if wait <= 0:
                        break
            self.wait(wait)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                # It timed out and released nothing: not counted.
                continue
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter of permits; acquire parks while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        # Methods enter _lock, the condition's lock, directly (see
        # queue.Queue for why).
        self._lock = Lock()
        self._cond = Condition(self._lock)
        self._value = value

    def __repr__(self):
        return "<%s.%s at 0x%x: value=%d>" % (self.__class__.__module__, self.__class__.__qualname__,
                                               id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        end = None
        with self._lock:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if end is None:
                        end = _time() + timeout
                    else:
                        timeout = end - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._lock:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at 0x%x: value=%d/%d>" % (self.__class__.__module__, self.__class__.__qualname__,
                                                  id(self), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._lock:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads wait to become true."""

    def __init__(self):
        self._lock = Lock()
        self._cond = Condition(self._lock)
        self._flag = False

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return "<%s.%s at 0x%x: %s>" % (self.__class__.__module__, self.__class__.__qualname__,
                                         id(self), status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._lock:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._lock:
            self._flag = False

    def wait(self, timeout=None):
        with self._lock:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """parties threads wait() until all have arrived, then all go on."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._lock = Lock()
        self._cond = Condition(self._lock)
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        if self.broken:
            return "<%s.%s at 0x%x: broken>" % (self.__class__.__module__, self.__class__.__qualname__, id(self))
        return "<%s.%s at 0x%x: waiters=%d/%d>" % (self.__class__.__module__, self.__class__.__qualname__,
                                                    id(self), self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._lock:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._lock:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._lock:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


# Threads by ident, for current_thread() and enumerate(): _limbo holds
# those started but not yet running, _active the running ones;
# _active_lock guards both.
_active_lock = Lock()
_active = {}
_limbo = {}
_counter = 0


def _newname(name_template="Thread-%d"):
    global _counter
    with _active_lock:
        _counter += 1
        return name_template % _counter


class Thread:
    """A thread of control: a virtual thread by default, a platform thread
    bound to an OS thread with virtual=False."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None,
                 virtual=True):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._virtual = virtual
        self._ident = None
        self._handle = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped or (self._handle is not None and self._handle.is_done()):
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set() or self._handle is not None:
            raise RuntimeError("threads can only be started once")
        # The handle says whether the thread has ended, so the thread is
        # alive from here on: start() need not wait for it to run (CPython
        # waits for the new OS thread to signal _started).
        self._started.set()
        try:
            self._handle = _thread._start(self._bootstrap, (), None, self._name, self._virtual)
        except BaseException:
            self._started.clear()
            raise
        self._ident = self._handle.ident()
        with _active_lock:
            if not self._is_stopped:
                _limbo[self._ident] = self

    def _bootstrap(self):
        self._ident = get_ident()
        with _active_lock:
            _limbo.pop(self._ident, None)
            _active[self._ident] = self
        _thread._set_name(self._name)
        try:
            self.run()
        except BaseException as exc:
            # SystemExit too: the default excepthook ignores it, a custom
            # one sees it (as in CPython).
            self._invoke_excepthook(exc)
        finally:
            with _active_lock:
                self._is_stopped = True
                _active.pop(self._ident, None)
                _limbo.pop(self._ident, None)

    def _invoke_excepthook(self, exc):
        hook = excepthook
        try:
            hook(ExceptHookArgs(type(exc), exc, exc.__traceback__, self))
        except BaseException as e:
            import sys
            sys.stderr.write("Exception in threading.excepthook:\n")
            sys.stderr.write(_thread._format_exception(e))
            sys.stderr.flush()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = 0
        self._handle.join(timeout)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    @property
    def virtual(self):
        return self._virtual

    def is_alive(self):
        if self._is_stopped or not self._started.is_set():
            return False
        return not self._handle.is_done()

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class ExceptHookArgs:
    """The argument of threading.excepthook."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def excepthook(args):
    """Print an exception that ended a thread, as CPython does."""
    if args.exc_type == SystemExit:
        return
    import sys
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    sys.stderr.write("Exception in thread %s:\n" % name)
    sys.stderr.write(_thread._format_exception(args.exc_value))
    sys.stderr.flush()


__excepthook__ = excepthook


class Timer(Thread):
    """Call a function after a number of seconds, unless cancel()led."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        with _active_lock:
            _active[self._ident] = self

    def is_alive(self):
        return not self._is_stopped

    def join(self, timeout=None):
        raise RuntimeError("cannot join current thread")


class _DummyThread(Thread):
    """Stands for a thread started with _thread.start_new_thread."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        with _active_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    with _active_lock:
        return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    with _active_lock:
        return list(_active.values()) + list(_limbo.values())


_atexit_calls = []


def _register_atexit(func, *args, **kwargs):
    """Call func(*args, **kwargs) at interpreter shutdown, before the
    non-daemon threads are joined (concurrent.futures uses it to tell its
    idle workers to exit), as CPython's threading does."""
    _atexit_calls.append((func, args, kwargs))


def _shutdown():
    """Join every non-daemon thread: run by the interpreter on the main
    thread when the main module has finished."""
    _main_thread._is_stopped = True
    while _atexit_calls:
        func, args, kwargs = _atexit_calls.pop()
        func(*args, **kwargs)
    with _active_lock:
        _active.pop(_main_thread._ident, None)
    while True:
        with _active_lock:
            pending = [t for t in list(_active.values()) + list(_limbo.values())
                       if not t._daemonic and t.is_alive()
                       and not isinstance(t, _DummyThread)]
        if not pending:
            break
        for t in pending:
            t.join()
    # atexit callbacks run after the non-daemon threads are joined, as in
    # CPython's finalisation (atexit imports threading so this runs).
    atexit = _sys.modules.get('atexit')
    if atexit is not None:
        atexit._run_exitfuncs()


class local:
    """Thread-local attributes: each thread sees its own __dict__."""

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__impl', ({}, args, kw, Lock()))
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        d = _local_dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]


def _local_dict(obj):
    dicts, args, kw, lock = object.__getattribute__(obj, '_local__impl')
    ident = get_ident()
    with lock:
        d = dicts.get(ident)
        if d is not None:
            return d
        d = dicts[ident] = {}
    cls = type(obj)
    if cls.__init__ is not object.__init__:
        cls.__init__(obj, *args, **kw)
    return d


_main_thread = _MainThread()
