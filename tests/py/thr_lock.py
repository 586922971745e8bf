# Lock and RLock: non-blocking and timed acquires, errors, context managers.
import threading
import time

lock = threading.Lock()
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
start = time.monotonic()
print(lock.acquire(timeout=0.05))
print(time.monotonic() - start >= 0.05)
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
with lock:
    print("inside", lock.locked())
print("outside", lock.locked())

# A lock released by another thread than the one that took it.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by other thread:", lock.locked())

r = threading.RLock()
with r:
    with r:
        print("nested RLock")
        print(r.acquire(False))
        r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# An RLock held by another thread cannot be released here.
held = threading.Event()
done = threading.Event()


def owner():
    r.acquire()
    held.set()
    done.wait()
    r.release()


t = threading.Thread(target=owner)
t.start()
held.wait()
print(r.acquire(timeout=0.01))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
done.set()
t.join()
print(r.acquire(timeout=1))
r.release()
