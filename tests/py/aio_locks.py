# asyncio Lock (FIFO hand-off), Event, Condition, Semaphore, BoundedSemaphore.
import asyncio


async def locked_worker(lock, name, log):
    async with lock:
        log.append(name + "+")
        await asyncio.sleep(0.01)
        log.append(name + "-")


async def event_waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke")


async def cond_consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))


async def limited(sem, name, active, peak):
    async with sem:
        active.append(name)
        peak.append(len(active))
        await asyncio.sleep(0.02)
        active.remove(name)


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked_worker(lock, n, log) for n in "abcd"))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    ev = asyncio.Event()
    ws = [asyncio.create_task(event_waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    ev.clear()
    print("cleared", ev.is_set())

    cond = asyncio.Condition()
    items = []
    cs = [asyncio.create_task(cond_consumer(cond, items, f"k{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    for v in ("one", "two", "three"):
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*cs)
    async with cond:
        cond.notify_all()
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)

    sem = asyncio.Semaphore(2)
    active, peak = [], []
    await asyncio.gather(*(limited(sem, i, active, peak) for i in range(5)))
    print("peak", max(peak), sem.locked())

    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

    # a waiter cancelled while queued for the lock does not block the others
    await lock.acquire()
    t1 = asyncio.create_task(locked_worker(lock, "x", log))
    t2 = asyncio.create_task(locked_worker(lock, "y", log))
    await asyncio.sleep(0)
    t1.cancel()
    lock.release()
    await asyncio.gather(t1, t2, return_exceptions=True)
    print(log[-2:], t1.cancelled())


asyncio.run(main())
