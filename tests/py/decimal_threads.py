# decimal: every thread has its own current context; a shared Context object is safe to use from many threads.
import threading
from decimal import Decimal, Context, getcontext, setcontext, localcontext, Inexact, ROUND_DOWN, ROUND_UP

results = {}
lock = threading.Lock()

def own_context(n):
    # Each thread starts from DefaultContext, whatever the others did.
    start = getcontext().prec
    getcontext().prec = n
    getcontext().rounding = ROUND_UP if n % 2 else ROUND_DOWN
    values = []
    for i in range(50):
        values.append(Decimal(2 * i + 1) / 7)
    with localcontext() as ctx:
        ctx.prec = n + 2
        inner = Decimal(1) / 7
    after = getcontext().prec
    with lock:
        results[n] = (start, str(values[-1]), str(inner), after, getcontext().flags[Inexact])

threads = [threading.Thread(target=own_context, args=(n,)) for n in range(2, 30)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(n, *results[n])

shared = Context(prec=12, traps=[])
sums = []
def use_shared(k):
    total = Decimal(0)
    for i in range(200):
        total = shared.add(total, shared.divide(Decimal(i + k), 3))
    with lock:
        sums.append(str(total))

threads = [threading.Thread(target=use_shared, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(sums))
print(shared.flags[Inexact], shared.prec)

# setcontext in a thread does not touch the main thread's context.
def install():
    setcontext(Context(prec=3))
    with lock:
        results['install'] = str(Decimal(2) / 3)
t = threading.Thread(target=install)
t.start()
t.join()
print(results['install'], Decimal(2) / 3, getcontext().prec)
