"""Set handlers for asynchronous events (signals).

weft's signal module: _signal (interp/signalmod) does the work; this
module adds the Signals and Handlers enums that CPython's returns and
accepts. Python handlers run on the main thread at its next eval-breaker
check (a call or a backward jump), never inside the Go signal handler.
"""

import _signal
from _signal import *  # noqa: F401,F403
from enum import IntEnum as _IntEnum

Signals = _IntEnum('Signals', {name: value for name, value in vars(_signal).items()
                               if name.isupper() and name.startswith('SIG')
                               and not name.startswith('SIG_')})
Handlers = _IntEnum('Handlers', {'SIG_DFL': _signal.SIG_DFL, 'SIG_IGN': _signal.SIG_IGN})

globals().update(Signals.__members__)
globals().update(Handlers.__members__)


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    """Set the handler for signalnum; returns the previous handler."""
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    """The current handler of signalnum (SIG_DFL, SIG_IGN or a callable)."""
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def raise_signal(signalnum):
    """Send signalnum to this process; a Python handler runs before the
    next call in the main thread."""
    _signal.raise_signal(_enum_to_int(signalnum))


def pthread_kill(thread_id, signalnum):
    """Send signalnum; weft delivers it to the process (handlers run on
    the main thread in any case)."""
    _signal.pthread_kill(thread_id, _enum_to_int(signalnum))


def strsignal(signalnum):
    return _signal.strsignal(_enum_to_int(signalnum))


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


default_int_handler = _signal.default_int_handler

_signal._init_handler_thread()

if hasattr(_signal, 'alarm'):
    alarm = _signal.alarm
