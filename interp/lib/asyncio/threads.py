"""asyncio.to_thread: run a blocking function off the loop."""

import contextvars
import functools

from . import events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) on a virtual thread of its own and await it.

    The loop's other tasks keep running meanwhile; the function runs in
    parallel with them (weft has no GIL), in a copy of the caller's
    contextvars context.
    """
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    return await loop.run_in_executor(
        None, functools.partial(ctx.run, func, *args, **kwargs))
