# asyncio.Runner across several runs, run_in_executor with a
# concurrent.futures executor, wrap_future, and run_coroutine_threadsafe
# into a loop running in another thread.
import asyncio
import concurrent.futures
import threading


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


def square(x):
    return x * x


with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)))
    print(runner.run(add(3, 4)))
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
print("closed after with:", loop.is_closed())


async def with_executor():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, square, i)
                                         for i in range(5)))
        print(results)
        cf = pool.submit(square, 12)
        print(await asyncio.wrap_future(cf))

asyncio.run(with_executor())

ready = threading.Event()
holder = {}


def loop_thread():
    loop = asyncio.new_event_loop()
    holder["loop"] = loop
    loop.call_soon(ready.set)
    loop.run_forever()
    loop.close()


t = threading.Thread(target=loop_thread)
t.start()
ready.wait()
fut = asyncio.run_coroutine_threadsafe(add(20, 22), holder["loop"])
print("from the other loop:", fut.result(timeout=5))
holder["loop"].call_soon_threadsafe(holder["loop"].stop)
t.join()
print("loop thread joined")
