# asyncio queues: producer/consumer with join/task_done, a bounded queue
# blocking its producer, LIFO and priority order, QueueEmpty/QueueFull.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    print("producer done")


async def consumer(name, q, log):
    while True:
        item = await q.get()
        log.append((name, item))
        print(name, "got", item)
        await asyncio.sleep(0)  # no timers: the order is the ready queue's
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    consumers = [asyncio.create_task(consumer(f"c{i}", q, log)) for i in range(2)]
    await producer(q, 6)
    await q.join()
    print("joined", sorted(item for _, item in log))
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        lq.put_nowait(x)
        pq.put_nowait((x, str(x)))
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])

    e = asyncio.Queue()
    try:
        e.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    f = asyncio.Queue(1)
    f.put_nowait("x")
    try:
        f.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", f.full(), f.maxsize)
    try:
        e.task_done()
    except ValueError as err:
        print(err)

    # getters are served in the order they started waiting
    q = asyncio.Queue()
    async def getter(name):
        print(name, "got", await q.get())
    tasks = [asyncio.create_task(getter(n)) for n in "xyz"]
    await asyncio.sleep(0)
    for v in (1, 2, 3):
        q.put_nowait(v)
    await asyncio.gather(*tasks)

    # a getter cancelled by wait_for leaves the queue usable
    try:
        await asyncio.wait_for(q.get(), 0.02)
    except TimeoutError:
        print("get timed out; empty:", q.empty())
    q.put_nowait("late")
    print(await q.get())


asyncio.run(main())
