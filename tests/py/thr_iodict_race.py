# The gevent-style race of a container whose item access switches threads:
# IODict's __getitem__ and __setitem__ give the other thread a turn
# (time.sleep(0)), and a Barrier makes both threads read before either
# writes, so `t[key] += 1` loses an update in every round, deterministically:
# the compound operation is not atomic, in weft as in CPython.
import threading
import time

ROUNDS = 5


class IODict:
    def __init__(self, barrier):
        self.data = {}
        self.barrier = barrier
        self.log = []

    def __getitem__(self, key):
        time.sleep(0)
        value = self.data.get(key, 0)
        self.barrier.wait()  # both threads have read the old value
        return value

    def __setitem__(self, key, value):
        time.sleep(0)
        self.data[key] = value
        self.barrier.wait()  # both threads have written
        self.log.append(value)


t = IODict(threading.Barrier(2))


def incr():
    for _ in range(ROUNDS):
        t["key"] += 1


workers = [threading.Thread(target=incr) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("expected", 2 * ROUNDS, "got", t.data["key"])
print(sorted(t.log))

# With a lock around the compound operation no update is lost.
safe = {"key": 0}
lock = threading.Lock()


def safe_incr():
    for _ in range(ROUNDS):
        with lock:
            v = safe["key"]
            time.sleep(0)
            safe["key"] = v + 1


workers = [threading.Thread(target=safe_incr) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("locked", safe["key"])
