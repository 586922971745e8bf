"""A chat room in asyncio: runs unchanged under CPython and under weft.

    weft examples/asyncio_chat.py

A server task fans each message out to every member's inbox queue;
clients are tasks in a TaskGroup that talk, listen and leave; a slow
client is dropped by asyncio.timeout; and a bot answers through
asyncio.to_thread, a blocking function that weft runs on a virtual thread
of its own, in parallel with the loop. Under weft every task is a virtual
thread, yet the room prints exactly what CPython prints: the tasks of one
loop take turns in CPython's order (docs/asyncio.md).
"""

import asyncio
import time


class Room:
    def __init__(self):
        self.members = {}
        self.outbox = asyncio.Queue()

    def join(self, name):
        self.members[name] = asyncio.Queue()
        return self.members[name]

    def leave(self, name):
        del self.members[name]

    async def say(self, sender, text):
        await self.outbox.put((sender, text))

    async def serve(self):
        while True:
            sender, text = await self.outbox.get()
            for name, inbox in self.members.items():
                if name != sender:
                    inbox.put_nowait((sender, text))
            self.outbox.task_done()


def slow_lookup(word):
    # Blocking code: under weft it parks its own virtual thread only.
    time.sleep(0.05)
    return word[::-1]


async def client(room, name, lines, pause):
    inbox = room.join(name)
    try:
        for line in lines:
            await asyncio.sleep(pause)
            await room.say(name, line)
        await asyncio.sleep(0.2)
        heard = []
        while not inbox.empty():
            heard.append(inbox.get_nowait())
        print(f"{name} heard {len(heard)}: {[s for s, _ in heard]}")
    finally:
        room.leave(name)


async def bot(room):
    inbox = room.join("bot")
    try:
        while True:
            sender, text = await inbox.get()
            if text.startswith("!rev "):
                answer = await asyncio.to_thread(slow_lookup, text[5:])
                await room.say("bot", f"{sender}: {answer}")
    finally:
        room.leave("bot")


async def sleepy(room):
    room.join("sleepy")
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(10)
    except TimeoutError:
        print("sleepy timed out and left")
    finally:
        room.leave("sleepy")


async def main():
    room = Room()
    server = asyncio.create_task(room.serve())
    helper = asyncio.create_task(bot(room))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(client(room, "ann", ["hi", "!rev weft"], 0.03))
        tg.create_task(client(room, "bob", ["hello", "bye"], 0.05))
        tg.create_task(sleepy(room))
    await room.outbox.join()
    for task in (helper, server):
        task.cancel()
    await asyncio.gather(helper, server, return_exceptions=True)
    print("members left:", sorted(room.members))


asyncio.run(main())
