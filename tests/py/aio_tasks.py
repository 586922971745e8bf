# Tasks: creation order is run order, a task runs until its first await,
# sleep(0) interleaves ready tasks, names, done callbacks, current_task.
import asyncio


async def say(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name


async def quick():
    print("quick runs")
    return 42


async def failing():
    raise KeyError("nope")


def callback(task):
    print("callback:", task.get_name(), task.result())


async def main():
    me = asyncio.current_task()
    print("main task name", me.get_name() == "Task-1" or me.get_name())
    t1 = asyncio.create_task(say("A", 3), name="first")
    t2 = asyncio.create_task(say("B", 2))
    t3 = asyncio.create_task(say("C", 1), name="third")
    print("created", t1.get_name(), t3.get_name(), t1.done())
    t2.set_name("second")
    t1.add_done_callback(callback)
    print("before await")
    print(await t1, await t2, await t3)
    print("done?", t1.done(), t2.done(), t1.cancelled(), t2.get_name())
    print(len(asyncio.all_tasks()), asyncio.all_tasks() == {me})

    t = asyncio.create_task(quick())
    print("not yet run", t.done())
    await asyncio.sleep(0)
    print("after sleep(0)", t.done(), t.result())

    f = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print("exception:", repr(f.exception()))
    try:
        await f
    except KeyError as e:
        print("await raised", repr(e))

    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    p = asyncio.create_task(say("P", 1))
    try:
        p.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await p

    print(asyncio.iscoroutinefunction(say), asyncio.iscoroutinefunction(callback))
    c = quick()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(callback))
    c.close()

    # a done callback runs soon after, in registration order
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for i in range(3):
        fut.add_done_callback(lambda f, i=i: print("cb", i, f.result()))
    fut.set_result("value")
    print("set")
    await asyncio.sleep(0)
    print("after callbacks")


asyncio.run(main())
