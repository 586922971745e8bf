# asyncio.gather: results in argument order, completion in deadline order,
# return_exceptions, the first error propagating while siblings keep running.
import asyncio


async def worker(name, delay, fail=False):
    print("start", name)
    await asyncio.sleep(delay)
    if fail:
        print("fail", name)
        raise ValueError(name)
    print("end", name)
    return name.upper()


async def main():
    print(await asyncio.gather(worker("a", 0.3), worker("b", 0.1), worker("c", 0.2)))
    print(await asyncio.gather())
    res = await asyncio.gather(worker("d", 0.1), worker("e", 0.05, fail=True),
                               return_exceptions=True)
    print([type(r).__name__ for r in res], res[0])
    try:
        await asyncio.gather(worker("f", 0.2), worker("g", 0.05, fail=True))
    except ValueError as e:
        print("caught", repr(e))
    await asyncio.sleep(0.3)  # f still finishes: gather does not cancel it
    print(await asyncio.sleep(0.01, result="slept"))
    # the same coroutine object twice is awaited once
    c = worker("h", 0.01)
    print(await asyncio.gather(c, c))

    # results of tasks and plain futures mixed
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.05, fut.set_result, "from-future")
    t = asyncio.create_task(worker("i", 0.01))
    print(await asyncio.gather(fut, t, worker("j", 0.02)))
    return "done"


print(asyncio.run(main()))
