# 50 threads increment a shared counter 200 times each under a Lock: the
# total is exact. Without the lock the read-modify-write would race.
import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(200,)) for _ in range(50)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
