# contextvars with asyncio: each task runs in a copy of its creator's
# context, callbacks in the context current when they were scheduled,
# to_thread in a copy of the caller's, and create_task(context=...).
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")


async def handler(name):
    print(name, "sees", request.get())
    request.set(name)
    await asyncio.sleep(0.01)
    print(name, "still sees", request.get())
    return request.get()


def show(tag):
    print(tag, request.get())


async def main():
    request.set("main")
    results = await asyncio.gather(handler("a"), handler("b"))
    print(results, "main keeps", request.get())

    loop = asyncio.get_running_loop()
    loop.call_soon(show, "callback:")
    request.set("changed")
    await asyncio.sleep(0)
    ctx = contextvars.copy_context()
    ctx.run(request.set, "in-ctx")
    loop.call_soon(show, "explicit ctx:", context=ctx)
    await asyncio.sleep(0)

    print("to_thread:", await asyncio.to_thread(request.get))
    t = asyncio.create_task(handler("c"), context=ctx)
    await t
    print("ctx now", ctx[request], "main", request.get())


asyncio.run(main())
print("outside:", request.get())
