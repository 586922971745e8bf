"""gevent.queue: Queue, LifoQueue, PriorityQueue, JoinableQueue.

Empty and Full are the standard queue module's exceptions, as in gevent.
"""

import heapq
from collections import deque
from queue import Empty, Full

from .hub import block, get_hub

__all__ = ('Queue', 'LifoQueue', 'PriorityQueue', 'JoinableQueue',
           'Empty', 'Full')


class Queue:
    """A FIFO queue for greenlets; maxsize None (or <= 0) is unbounded."""

    def __init__(self, maxsize=None, items=()):
        if maxsize is not None and maxsize <= 0:
            maxsize = None
        self._maxsize = maxsize
        self._getters = deque()
        self._putters = deque()
        self._init()
        for item in items:
            self._put(item)

    def _init(self):
        self.queue = deque()

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def _peek(self):
        return self.queue[0]

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self.queue)

    __len__ = qsize

    def __bool__(self):
        return True

    def empty(self):
        return not self.queue

    def full(self):
        return self._maxsize is not None and self.qsize() >= self._maxsize

    def _wake(self, waiters):
        while waiters:
            fut = waiters.popleft()
            if not fut.done():
                fut.set_result(None)
                return

    def _wait_in(self, waiters, timeout):
        fut = get_hub().create_future()
        waiters.append(fut)
        try:
            done = block(fut, timeout)
        except BaseException:
            if fut in waiters:
                waiters.remove(fut)
            elif fut.done() and not fut.cancelled():
                self._wake(waiters)
            raise
        if not done and fut in waiters:
            waiters.remove(fut)
        return done

    def put(self, item, block=True, timeout=None):
        """Add item, waiting for room when bounded; Full when it cannot."""
        while self.full():
            if not block or not self._wait_in(self._putters, timeout):
                raise Full
        self._put(item)
        self._item_added()
        self._wake(self._getters)

    def _item_added(self):
        pass

    def put_nowait(self, item):
        self.put(item, False)

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting when empty; Empty when it cannot."""
        while self.empty():
            if not block or not self._wait_in(self._getters, timeout):
                raise Empty
        item = self._get()
        self._wake(self._putters)
        return item

    def get_nowait(self):
        return self.get(False)

    def peek(self, block=True, timeout=None):
        while self.empty():
            if not block or not self._wait_in(self._getters, timeout):
                raise Empty
        return self._peek()

    def __iter__(self):
        return self

    def __next__(self):
        item = self.get()
        if item is StopIteration:
            raise StopIteration
        return item


class LifoQueue(Queue):
    """Last in, first out."""

    def _init(self):
        self.queue = []

    def _get(self):
        return self.queue.pop()

    def _peek(self):
        return self.queue[-1]


class PriorityQueue(Queue):
    """Smallest item first (heapq order)."""

    def _init(self):
        self.queue = []

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class JoinableQueue(Queue):
    """A Queue with task_done() and join()."""

    def __init__(self, maxsize=None, items=(), unfinished_tasks=None):
        from .event import Event
        self._cond = Event()
        self._cond.set()
        self.unfinished_tasks = 0
        super().__init__(maxsize, items)
        if unfinished_tasks:
            self.unfinished_tasks = unfinished_tasks
            self._cond.clear()

    def _item_added(self):
        self.unfinished_tasks += 1
        self._cond.clear()

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1
        if self.unfinished_tasks == 0:
            self._cond.set()

    def join(self, timeout=None):
        return self._cond.wait(timeout)
