# concurrent.futures: ThreadPoolExecutor (submit, map, shutdown, context
# manager, max_workers, thread_name_prefix, initializer), Future, wait,
# as_completed, TimeoutError and CancelledError. Output is deterministic:
# results are sorted or taken in submission order, and the only timing is
# a worker blocked on an Event the test controls.
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, Future, wait, as_completed,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                CancelledError, TimeoutError, InvalidStateError)
import concurrent.futures as cf

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in fs])
    print(list(ex.map(square, range(6))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    print(sorted(f.result() for f in as_completed(fs)))

# Exceptions travel through the future.
def boom(x):
    raise ValueError('bad %d' % x)

with ThreadPoolExecutor(2) as ex:
    f = ex.submit(boom, 7)
    e = f.exception()
    print(type(e).__name__, e, f.done(), f.cancelled(), f.running())
    try:
        f.result()
    except ValueError as e:
        print('raised', e)
    try:
        list(ex.map(boom, [1, 2]))
    except ValueError as e:
        print('map raised', e)

# result(timeout=) and cancellation of a queued item.
gate = threading.Event()
with ThreadPoolExecutor(max_workers=1, thread_name_prefix='pool') as ex:
    running = ex.submit(gate.wait)
    queued = ex.submit(square, 3)
    try:
        running.result(timeout=0.05)
    except TimeoutError:
        print('TimeoutError', TimeoutError is cf.TimeoutError)
    print('cancel queued:', queued.cancel(), queued.cancelled(), queued.done())
    print('cancel running:', running.cancel())
    try:
        queued.result()
    except CancelledError:
        print('CancelledError')
    gate.set()
    print(running.result())
    names = ex.submit(lambda: threading.current_thread().name).result()
    print(names.startswith('pool_'))

# wait() with each return_when.
gate2 = threading.Event()
with ThreadPoolExecutor(4) as ex:
    slow = ex.submit(gate2.wait)
    quick = ex.submit(square, 5)
    bad = ex.submit(boom, 1)
    done, not_done = wait([slow, quick], return_when=FIRST_COMPLETED)
    print(quick in done, slow in not_done)
    done, not_done = wait([slow, bad, quick], return_when=FIRST_EXCEPTION)
    print(bad in done, slow in not_done)
    done, not_done = wait([slow, quick], timeout=0.02)
    print(len(done), len(not_done))
    try:
        for f in as_completed([slow, quick], timeout=0.02):
            print('completed', f.result())
    except TimeoutError as e:
        print('TimeoutError', e)
    gate2.set()
    r = wait([slow, quick, bad], return_when=ALL_COMPLETED)
    print(len(r.done), len(r.not_done), type(r).__name__)

# Done callbacks run once the future finishes (at once when it already has).
got = []
f = Future()
f.add_done_callback(lambda fut: got.append(('cb1', fut.result())))
print(f.done(), f.running(), got)
print(f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
f.add_done_callback(lambda fut: got.append(('cb2', fut.result())))
print(got)
try:
    f.set_result(1)
except InvalidStateError:
    print('InvalidStateError')

# shutdown: no more submits; cancel_futures drops queued work.
ex = ThreadPoolExecutor(max_workers=1)
gate3 = threading.Event()
first = ex.submit(gate3.wait)
rest = [ex.submit(square, i) for i in range(3)]
gate3.set()
ex.shutdown(wait=True, cancel_futures=False)
print(first.result(), [f.result() for f in rest])
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print('RuntimeError', e)

ex = ThreadPoolExecutor(max_workers=1)
gate4 = threading.Event()
first = ex.submit(gate4.wait)
rest = [ex.submit(square, i) for i in range(3)]
while not first.running():
    time.sleep(0.001)
ex.shutdown(wait=False, cancel_futures=True)
gate4.set()
ex.shutdown(wait=True)
print(first.result(), [f.cancelled() for f in rest])

# The initializer runs once in each worker.
inits = []
with ThreadPoolExecutor(max_workers=2, initializer=inits.append, initargs=('init',)) as ex:
    list(ex.map(square, range(20)))
print(1 <= len(inits) <= 2, set(inits))

try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print('ValueError', e)

# Many workers blocked at once: each parks a virtual thread.
barrier = threading.Barrier(50)
with ThreadPoolExecutor(max_workers=50) as ex:
    fs = [ex.submit(barrier.wait) for _ in range(50)]
    print(sorted(f.result() for f in fs) == list(range(50)))

# An executor that is never shut down does not keep the program alive.
ex = ThreadPoolExecutor(max_workers=2)
print(ex.submit(square, 9).result())
