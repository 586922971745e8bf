# golden: hand-written — the .out is what gevent 22.10.2 printed under Debian's /usr/bin/python3 (the python3 that records goldens has no gevent).
# weft's gevent: spawn/joinall order, sleep(0) round-robin, queue, kill, Event/AsyncResult, BoundedSemaphore, spawn_later, unstarted Greenlet.
import gevent
from gevent import monkey
monkey.patch_all()
from gevent.queue import Queue
from gevent.event import Event, AsyncResult
from gevent.lock import Semaphore, BoundedSemaphore

def worker(name, delay):
    print("start", name)
    gevent.sleep(delay)
    print("end", name)
    return name * 2

gs = [gevent.spawn(worker, n, d) for n, d in [("a", 0.2), ("b", 0.05), ("c", 0.1)]]
print("spawned", [g.started for g in gs], [g.dead for g in gs])
done = gevent.joinall(gs)
print([g.value for g in done], [g.successful() for g in gs])

def looper(name):
    for i in range(3):
        print(name, i)
        gevent.sleep(0)

gevent.joinall([gevent.spawn(looper, "x"), gevent.spawn(looper, "y")])

q = Queue()
def producer():
    for i in range(4):
        q.put(i)
        print("put", i)
        gevent.sleep(0)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        print("got", item)
gevent.joinall([gevent.spawn(producer), gevent.spawn(consumer)])

def forever():
    try:
        gevent.sleep(100)
    except gevent.GreenletExit:
        print("killed!")
        raise
g = gevent.spawn(forever)
gevent.sleep(0.01)
g.kill()
print(g.dead, g.successful(), type(g.value).__name__, g.exception)

ev = Event()
res = AsyncResult()
def waiter():
    ev.wait()
    print("event seen")
    res.set("result!")
gw = gevent.spawn(waiter)
gevent.sleep(0.01)
ev.set()
print(res.get())
def fail():
    raise ValueError("bad")
sem = BoundedSemaphore(2)
active = []
peak = []
def limited(i):
    with sem:
        active.append(i); peak.append(len(active))
        gevent.sleep(0.01)
        active.remove(i)
gevent.joinall([gevent.spawn(limited, i) for i in range(5)])
print("peak", max(peak))
try:
    sem.release()
except ValueError as e:
    print(e)
later = gevent.spawn_later(0.02, worker, "late", 0)
print(later.get())
g = gevent.Greenlet(worker, "unstarted", 0)
print(g.started, bool(g))
g.start(); g.join(); print(g.value)
