# threading.local: each thread sees its own attributes; a subclass's
# __init__ runs once per thread.
import threading

data = threading.local()
data.x = "main"
seen = {}
lock = threading.Lock()


def worker(i):
    print_before = hasattr(data, "x")
    data.x = i
    with lock:
        seen[i] = (print_before, data.x)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen.items()))
print(data.x)


class Counter(threading.local):
    def __init__(self, start):
        self.value = start

    def bump(self):
        self.value += 1
        return self.value


c = Counter(10)
print(c.bump(), c.bump())
vals = []


def bumper():
    vals.append(c.bump())


t = threading.Thread(target=bumper)
t.start()
t.join()
print(vals, c.value)
try:
    del data.missing
except AttributeError:
    print("AttributeError")
