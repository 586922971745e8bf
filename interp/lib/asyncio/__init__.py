"""asyncio for weft, on virtual threads.

Every Task runs on a virtual thread of its own; the tasks of one loop take
turns in CPython's order (events.py explains how), so asyncio programs
print what they print under CPython while other loops and threads run in
parallel. See docs/asyncio.md for what differs.
"""

from .exceptions import *
from .events import *
from .coroutines import *
from .futures import *
from .tasks import *
from .locks import *
from .queues import *
from .timeouts import *
from .taskgroups import *
from .threads import *
from .runners import *

from . import (coroutines, events, exceptions, futures, locks, queues,
               runners, taskgroups, tasks, threads, timeouts)

__all__ = (exceptions.__all__ + events.__all__ + coroutines.__all__ +
           futures.__all__ + tasks.__all__ + locks.__all__ + queues.__all__ +
           timeouts.__all__ + taskgroups.__all__ + threads.__all__ +
           runners.__all__)
