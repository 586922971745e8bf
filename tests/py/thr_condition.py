# Condition: two threads take turns printing (ping-pong), wait_for with a
# predicate, notify(n), and wait timeouts.
import threading

cond = threading.Condition()
turn = "ping"
out = []


def player(me, other, rounds):
    global turn
    for i in range(rounds):
        with cond:
            cond.wait_for(lambda: turn == me)
            out.append("%s %d" % (me, i))
            turn = other
            cond.notify_all()


a = threading.Thread(target=player, args=("ping", "pong", 4))
b = threading.Thread(target=player, args=("pong", "ping", 4))
a.start()
b.start()
a.join()
b.join()
print("\n".join(out))

with cond:
    print(cond.wait(0.01))
    print(cond.wait_for(lambda: False, timeout=0.01))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# notify(2) wakes exactly two of four waiters.
woken = []
arrived = threading.Semaphore(0)
c2 = threading.Condition(threading.Lock())


def waiter(i):
    with c2:
        arrived.release()
        if c2.wait(5):
            woken.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
for _ in ws:
    arrived.acquire()
with c2:
    c2.notify(2)
with c2:
    c2.notify_all()
for w in ws:
    w.join()
print(len(woken))
