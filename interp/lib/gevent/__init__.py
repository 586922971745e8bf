"""A small gevent for weft: greenlets as virtual threads.

spawn, spawn_later, joinall, killall, kill, sleep, Greenlet, Timeout,
getcurrent and get_hub, plus gevent.queue, gevent.lock, gevent.event and a
gevent.monkey whose patch_all does nothing (weft's blocking calls already
park only the calling virtual thread). Greenlets of one thread take turns,
one at a time, as gevent's do (hub.py); see docs/asyncio.md.
"""

from .hub import GreenletExit, get_hub, getcurrent, sleep
from .greenlet import Greenlet, joinall, kill, killall, spawn, spawn_later
from .timeout import Timeout

__version__ = '22.10.2+weft'

__all__ = ('Greenlet', 'GreenletExit', 'Timeout', 'get_hub', 'getcurrent',
           'joinall', 'kill', 'killall', 'sleep', 'spawn', 'spawn_later')
