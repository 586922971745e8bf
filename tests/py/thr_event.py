# Event: set, clear, wait with and without timeouts, many waiters.
import threading

ev = threading.Event()
print(ev.is_set(), ev.wait(0), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set())

go = threading.Event()
results = []
lock = threading.Lock()


def waiter(i):
    ok = go.wait(10)
    with lock:
        results.append((i, ok))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()
print(sorted(results))

# A thread signals back through a second event.
ping, pong = threading.Event(), threading.Event()


def responder():
    ping.wait()
    pong.set()


t = threading.Thread(target=responder)
t.start()
ping.set()
print(pong.wait(10))
t.join()
