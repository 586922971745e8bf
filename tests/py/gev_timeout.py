# golden: hand-written — the .out is what gevent 22.10.2 printed under Debian's /usr/bin/python3 (the python3 that records goldens has no gevent).
# weft's gevent: get/join timeouts, Timeout in a greenlet, AsyncResult exceptions, JoinableQueue, non-blocking semaphore, killall of unstarted greenlets.
import gevent
from gevent.queue import Queue, Empty, JoinableQueue
from gevent.event import AsyncResult, Event
from gevent.lock import Semaphore

def slow():
    gevent.sleep(1)
    return "slow"

g = gevent.spawn(slow)
try:
    g.get(timeout=0.05)
except gevent.Timeout:
    print("get timed out; dead:", g.dead)
g.kill()
print("killed:", g.dead, type(g.value).__name__)

q = Queue()
try:
    q.get(timeout=0.02)
except Empty:
    print("queue empty after timeout")
try:
    q.get_nowait()
except Empty:
    print("get_nowait: Empty")

def guarded():
    try:
        with gevent.Timeout(0.05):
            gevent.sleep(1)
    except gevent.Timeout as t:
        print("Timeout raised inside greenlet:", t is not None)
    return "after timeout"
print(gevent.spawn(guarded).get())

ar = AsyncResult()
def setter():
    gevent.sleep(0.01)
    ar.set_exception(KeyError("k"))
gevent.spawn(setter)
try:
    ar.get()
except KeyError as e:
    print("AsyncResult raised", repr(e), ar.successful())

done = gevent.joinall([gevent.spawn(gevent.sleep, 0.01), gevent.spawn(slow)], timeout=0.1)
print("joinall with timeout finished", len(done))

jq = JoinableQueue()
def worker(n):
    while True:
        item = jq.get()
        print("worker", n, "item", item)
        jq.task_done()
for n in range(2):
    gevent.spawn(worker, n)
for item in range(4):
    jq.put(item)
jq.join()
print("all tasks done")

sem = Semaphore(0)
print(sem.acquire(blocking=False), sem.acquire(timeout=0.01))
ev = Event()
print(ev.wait(0.01))
order = []
gs = [gevent.spawn(order.append, i) for i in range(5)]
gevent.killall(gs[3:])
gevent.joinall(gs)
print(order)
