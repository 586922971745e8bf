# Timeouts: wait_for, wait (FIRST_COMPLETED / FIRST_EXCEPTION /
# ALL_COMPLETED, timeout), as_completed, asyncio.timeout / timeout_at.
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise
    if fail:
        raise RuntimeError(name)
    return name


async def main():
    print(await asyncio.wait_for(job("fast", 0.01), timeout=1))
    try:
        await asyncio.wait_for(job("slow", 10), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(job("zero", 10), timeout=0)
    except TimeoutError:
        print("zero timeout")
    print(await asyncio.wait_for(job("none", 0.01), timeout=None))

    tasks = [asyncio.create_task(job(n, d)) for n, d in
             [("w1", 0.3), ("w2", 0.05), ("w3", 0.2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.1)
    print("after timeout:", sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(pending)
    print("all:", sorted(t.result() for t in done), len(pending))

    tasks = [asyncio.create_task(job("e1", 0.05, fail=True)),
             asyncio.create_task(job("e2", 0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", [repr(t.exception()) for t in done], len(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)

    for coro in asyncio.as_completed([job("x", 0.2), job("y", 0.05), job("z", 0.1)]):
        print("as_completed:", await coro)
    try:
        for coro in asyncio.as_completed([job("slow1", 1), job("q", 0.01)], timeout=0.1):
            print("as_completed timeout loop:", await coro)
    except TimeoutError:
        print("as_completed timed out")

    try:
        async with asyncio.timeout(0.05) as cm:
            await job("scoped", 10)
    except TimeoutError:
        print("timeout scope expired:", cm.expired())
    async with asyncio.timeout(1) as cm:
        await job("in time", 0.01)
    print("in time; expired:", cm.expired())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 0.02)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("rescheduled deadline cancelled the sleep")
            raise
    print("unreachable")


try:
    asyncio.run(main())
except TimeoutError:
    print("timeout escaped main")
