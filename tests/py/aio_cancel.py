# Cancellation: CancelledError at the await, clean-up in finally, cancel
# messages, tasks cancelled before they start, shield, uncancel, and the
# leftover task that asyncio.run cancels at the end (one: CPython cancels
# leftovers in set order).
import asyncio


async def sleeper(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "cancelled with", e.args)
        raise
    finally:
        print(name, "finally")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn caught it")
    return "survived"


async def never_started():
    print("this must not print")


async def leftover(i):
    try:
        await asyncio.sleep(100)
    finally:
        print("leftover", i, "cleaned up")


async def main():
    t = asyncio.create_task(sleeper("t1"))
    await asyncio.sleep(0.01)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting t1 raised CancelledError; cancelled =", t.cancelled())
    print("cancel again ->", t.cancel())

    t = asyncio.create_task(sleeper("t2"))
    await asyncio.sleep(0.01)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    t = asyncio.create_task(never_started())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start:", t.cancelled())

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    print("result:", await t, t.cancelled(), t.cancelling())
    print("uncancel:", t.uncancel(), t.cancelling())

    inner = asyncio.create_task(asyncio.sleep(0.05, result="inner done"))
    outer = asyncio.create_task(sleeper_shielded(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())
    print("inner:", await inner)

    # cancelling the gather cancels its children
    children = [asyncio.create_task(sleeper(f"g{i}")) for i in range(2)]
    g = asyncio.gather(*children)
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", [c.cancelled() for c in children])

    asyncio.create_task(leftover(0))
    await asyncio.sleep(0.01)
    print("main returns")


async def sleeper_shielded(inner):
    return await asyncio.shield(inner)


asyncio.run(main())
print("after run")
