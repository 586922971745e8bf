# Sleeping threads wake in deadline order, whatever order they started in.
import threading
import time

order = []
lock = threading.Lock()


def sleeper(i):
    time.sleep(0.02 * i)
    with lock:
        order.append(i)


threads = [threading.Thread(target=sleeper, args=(i,)) for i in [5, 1, 4, 2, 3, 0]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(order)
start = time.monotonic()
threads = [threading.Thread(target=time.sleep, args=(0.1,)) for _ in range(200)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("200 sleeps overlapped:", time.monotonic() - start < 5)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
