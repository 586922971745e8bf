# Threads and loops: to_thread, run_in_executor, call_soon_threadsafe,
# asyncio.run in another thread, the nested-run error, and the loop API
# (new_event_loop, call_soon/call_later, run_until_complete, run_forever).
import asyncio
import threading
import time


def blocking(x):
    time.sleep(0.05)
    return x * 10


def boom():
    raise ZeroDivisionError("in thread")


async def inner():
    return "inner"


async def main():
    print(await asyncio.to_thread(blocking, 4))
    print(await asyncio.gather(asyncio.to_thread(blocking, 1),
                               asyncio.to_thread(blocking, 2)))
    try:
        await asyncio.to_thread(boom)
    except ZeroDivisionError as e:
        print("to_thread raised", e)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 7))

    fut = loop.create_future()
    def from_thread():
        time.sleep(0.02)
        loop.call_soon_threadsafe(fut.set_result, "threadsafe")
    threading.Thread(target=from_thread).start()
    print(await fut)

    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    c.close()

    # a thread started from a task may run a loop of its own
    out = []
    t = threading.Thread(target=lambda: out.append(asyncio.run(inner())))
    t.start()
    await asyncio.to_thread(t.join)
    print("loop in thread:", out)
    print(loop.is_running(), asyncio.get_running_loop() is loop)


asyncio.run(main())

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)

loop = asyncio.new_event_loop()
order = []
loop.call_later(0.02, order.append, "later")
loop.call_soon(order.append, "soon1")
h = loop.call_soon(order.append, "cancelled")
loop.call_soon(order.append, "soon2")
h.cancel()
print(loop.run_until_complete(asyncio.sleep(0.05, "slept")), order)
loop.call_soon(loop.stop)
loop.run_forever()
loop.call_later(0.01, lambda: (order.append("stopper"), loop.stop()))
loop.run_forever()
print(order, loop.is_running(), loop.is_closed())
print(loop.run_until_complete(inner()))
loop.close()
c = asyncio.sleep(0)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(e)
c.close()
print("closed", loop.is_closed())
