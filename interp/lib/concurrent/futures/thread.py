"""ThreadPoolExecutor on virtual threads.

Workers are started on demand, one per submit while fewer than max_workers
exist and none is idle, and take work items from one SimpleQueue. A worker
that finds None on the queue exits; shutdown() puts one per worker, and so
does interpreter exit (threading._register_atexit) for an executor that
was never shut down, so that its idle workers do not keep the program
alive.
"""

import itertools
import queue
import threading

from concurrent.futures import _base


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool takes no more work."""


class _WorkItem:
    __slots__ = ('future', 'fn', 'args', 'kwargs')

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


class ThreadPoolExecutor(_base.Executor):
    """Runs submitted calls on up to max_workers virtual threads."""

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            import _vthreads
            max_workers = min(32, _vthreads.cpu_count() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs
        self._atexit_registered = False

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f


    def _adjust_thread_count(self):
        # An idle worker takes the new item: start none.
        if self._idle.acquire(timeout=0):
            return
        n = len(self._threads)
        if n < self._max_workers:
            if not self._atexit_registered:
                self._atexit_registered = True
                threading._register_atexit(self._exit_workers)
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, n),
                                 target=self._worker)
            t.start()
            self._threads.add(t)

    def _exit_workers(self):
        # At interpreter exit: let idle workers finish (queued work first).
        with self._shutdown_lock:
            if self._shutdown:
                return
            self._shutdown = True
            for _ in self._threads:
                self._work_queue.put(None)

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException as e:
                threading.excepthook(threading.ExceptHookArgs(
                    (type(e), e, e.__traceback__, threading.current_thread())))
                self._initializer_failed()
                return
        while True:
            item = self._work_queue.get()
            if item is None:
                # Pass the exit on for the other workers of a shutdown.
                return
            item.run()
            del item
            self._idle.release()

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            first = not self._shutdown
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            if first:
                for _ in self._threads:
                    self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()

