# threading.Thread basics: start/join, names, args and kwargs, liveness,
# daemon flags, current_thread/main_thread, and a subclass overriding run().
import threading

results = {}


def worker(n, scale=1):
    results[n] = (n * scale, threading.current_thread().name)


threads = [threading.Thread(target=worker, args=(i,), kwargs={"scale": 10}, name="w%d" % i) for i in range(5)]
print([t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.is_alive() for t in threads])
print(threading.current_thread() is threading.main_thread())
print(threading.main_thread().name, threading.current_thread().name)
print(threading.main_thread().daemon, threads[0].daemon)


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name="squarer")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n


s = Squarer(12)
s.start()
s.join()
print(s.name, s.result, s.is_alive())

d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.daemon = False
print(d.daemon)
d.start()
d.join()
try:
    d.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    d.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(threading.get_ident()).__name__, type(threading.main_thread().ident).__name__)
print(threading.get_ident() == threading.main_thread().ident)
print(threading.active_count(), len(threading.enumerate()))
