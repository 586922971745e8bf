# TaskGroup (3.11): waits for all, the first error cancels the siblings and
# the body, errors come out together as an ExceptionGroup.
import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print("ok", name)
    return name


async def bad(name, delay, exc=ValueError):
    await asyncio.sleep(delay)
    print("raising", name)
    raise exc(name)


async def victim(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled by the group")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok("a", 0.1))
        b = tg.create_task(ok("b", 0.05))
    print("results", a.result(), b.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(victim("v1"))
            tg.create_task(bad("x", 0.05))
            await asyncio.sleep(1)
            print("body not reached")
    except* ValueError as eg:
        print("except* ValueError:", [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad("p", 0))
            tg.create_task(bad("q", 0, KeyError))
            tg.create_task(victim("v2"))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.args[0], sorted(type(e).__name__ for e in eg.exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("c", 0.01))
            raise OSError("body failed")
    except ExceptionGroup as eg:
        print("body error:", [repr(e) for e in eg.exceptions])

    tg = asyncio.TaskGroup()
    c = ok("never", 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" has ")[1])
    c.close()


asyncio.run(main())
