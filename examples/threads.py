"""10 000 threads that each sleep one second finish in about one second.

Every threading.Thread in weft is a virtual thread: time.sleep parks it on a
scheduler timer and frees the carrier, so the sleeps overlap. CPython starts
an OS thread for each (about 8 MiB of reserved stack apiece) and needs
several seconds just to start and join them.

Run it:  weft examples/threads.py      (or: weft -X procs=4 examples/threads.py)
"""
import threading
import time

N = 10_000
finished = 0
lock = threading.Lock()


def sleeper():
    global finished
    time.sleep(1.0)
    with lock:
        finished += 1


start = time.monotonic()
threads = [threading.Thread(target=sleeper) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
print(f"{finished} threads slept 1 s each; wall time {elapsed:.2f} s")
