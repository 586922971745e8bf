# Semaphore bounds concurrency; BoundedSemaphore refuses extra releases.
import threading
import time

sem = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
peak = 0


def worker():
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.01)
        with lock:
            inside -= 1


threads = [threading.Thread(target=worker) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak", peak, "inside", inside)

s = threading.Semaphore(0)
print(s.acquire(False), s.acquire(timeout=0.01))
s.release(3)
print(s.acquire(), s.acquire(), s.acquire(), s.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)

b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
