"""Run calls asynchronously: ThreadPoolExecutor and Future, with wait()
and as_completed(), on weft's virtual threads.

A pool's workers are virtual threads, so a blocked call (a sleep, a lock,
a queue, socket I/O) parks its worker without holding an OS thread, and
max_workers can be far larger than with OS threads. There is no
ProcessPoolExecutor: weft has no GIL, so threads already run Python in
parallel on every carrier.
"""

from concurrent.futures._base import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
    CancelledError, TimeoutError, InvalidStateError, BrokenExecutor,
    Future, Executor, wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'CancelledError', 'TimeoutError', 'InvalidStateError', 'BrokenExecutor',
    'Future', 'Executor', 'wait', 'as_completed', 'ThreadPoolExecutor')
