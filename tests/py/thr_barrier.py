# Barrier: parties meet, the action runs once per round, wait() returns
# distinct indices; abort breaks it; a timeout breaks it too.
import threading

actions = []
barrier = threading.Barrier(3, action=lambda: actions.append("round"))
indices = []
lock = threading.Lock()


def worker():
    for _ in range(2):
        i = barrier.wait()
        with lock:
            indices.append(i)


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(actions, sorted(indices))
print(barrier.parties, barrier.n_waiting, barrier.broken)

b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken by timeout", b2.broken)
b2.reset()
print(b2.broken)

b3 = threading.Barrier(2)
errors = []


def aborted():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        errors.append("BrokenBarrierError")


t = threading.Thread(target=aborted)
t.start()
while b3.n_waiting == 0:
    threading.Event().wait(0.001)
b3.abort()
t.join()
print(errors, b3.broken)
