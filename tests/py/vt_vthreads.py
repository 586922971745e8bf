# golden: hand-written — vthreads is weft's own module (no CPython counterpart); every line of the .out is asserted behaviour
# Structured concurrency: ThreadGroup joins its children, the first failure
# cancels the siblings and the group raises an ExceptionGroup of the
# failures only; children inherit a copy of the context; futures;
# max_concurrency; Mutex; level-triggered cancel scopes with deadlines.
import contextvars
import threading
import time
import vthreads
from vthreads import ThreadGroup, CancelScope, Cancelled, Mutex

request = contextvars.ContextVar('request', default='none')

def handle(i):
    time.sleep(0.001 * (5 - i))
    return (i, request.get(), ThreadGroup.current().name)

request.set('r1')
with ThreadGroup(name='handlers') as g:
    print('current in block:', ThreadGroup.current().name)
    futs = [g.spawn(handle, i) for i in range(5)]
print('current after:', ThreadGroup.current())
print([f.result() for f in futs])

# A child's context is a copy: its sets do not leak to the parent.
def setter():
    request.set('child')
    return request.get()
with ThreadGroup() as g:
    f = g.spawn(setter)
print(f.result(), request.get())

# max_concurrency bounds the children running at once.
lock = threading.Lock()
running = [0, 0]
def bounded():
    with lock:
        running[0] += 1
        running[1] = max(running[1], running[0])
    time.sleep(0.005)
    with lock:
        running[0] -= 1
with ThreadGroup(max_concurrency=3) as g:
    for _ in range(12):
        g.spawn(bounded)
print('peak within bound:', 1 <= running[1] <= 3)

# The first failure cancels the siblings, wherever they block.
ev = threading.Event()
def fails():
    time.sleep(0.01)
    raise ValueError('boom')
def waits_forever():
    ev.wait()
def sleeps():
    time.sleep(60)
try:
    with ThreadGroup() as g:
        a = g.spawn(waits_forever)
        b = g.spawn(sleeps)
        c = g.spawn(fails)
        time.sleep(60)
except* ValueError as eg:
    print('failures:', [repr(e) for e in eg.exceptions])
print('cancelled:', a.cancelled(), b.cancelled(), 'failed:', repr(c.exception()))

# Two failures are both reported; plain exceptions only, so ExceptionGroup.
def fails_with(e):
    raise e
try:
    with ThreadGroup() as g:
        g.spawn(fails_with, KeyError('k'))
        g.spawn(fails_with, KeyError('k'))
except ExceptionGroup as eg:
    print(type(eg).__name__, eg.message, len(eg.exceptions))

# A future can cancel its running child.
with ThreadGroup() as g:
    f = g.spawn(sleeps)
    time.sleep(0.01)
    print('cancel running child:', f.cancel())
print(f.cancelled())

# Mutex: the value is only reachable with the lock held.
m = Mutex({'n': 0})
def incr():
    for _ in range(100):
        with m.lock() as d:
            d['n'] += 1
with ThreadGroup() as g:
    for _ in range(10):
        g.spawn(incr)
with m.lock() as d:
    print('mutex count', d['n'])
guard = m.lock()
with guard:
    guard.value = 'replaced'
with m.lock() as v:
    print(v)

# Cancel scopes are level-triggered.
with CancelScope() as scope:
    scope.cancel()
    for _ in range(3):
        try:
            time.sleep(1)
        except Cancelled:
            print('raised at the blocking call')
print('caught:', scope.cancelled_caught, scope.cancel_called)
with vthreads.move_on_after(0.02) as s:
    threading.Event().wait()
print('moved on:', s.cancelled_caught)
try:
    with vthreads.fail_after(0.02):
        threading.Semaphore(0).acquire()
except TimeoutError:
    print('fail_after: TimeoutError')
try:
    with vthreads.timeout(0.02):
        time.sleep(5)
except TimeoutError:
    print('timeout: TimeoutError')
with CancelScope() as outer:
    outer.cancel()
    with CancelScope(shield=True):
        time.sleep(0.001)
        print('shielded block slept')
    time.sleep(1)
print('outer caught:', outer.cancelled_caught)
