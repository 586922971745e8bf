"""Register functions to run when the interpreter exits.

weft's atexit: callbacks run last-registered first, on the main thread,
after threading has joined the non-daemon threads (threading._shutdown
calls _run_exitfuncs, as CPython's finalisation does), whether the main
module ended normally, by sys.exit() or by an uncaught exception. An
exception in a callback is printed as "Exception ignored in atexit
callback" and the remaining callbacks still run.
"""

import sys as _sys
import threading as _threading  # its _shutdown runs the callbacks at exit

_lock = _threading.Lock()
_callbacks = []


def register(func, /, *args, **kwargs):
    """Register func(*args, **kwargs) to run at exit; returns func, so it
    can be used as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    with _lock:
        _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of func (compared with ==)."""
    with _lock:
        _callbacks[:] = [entry for entry in _callbacks if not entry[0] == func]


def _clear():
    with _lock:
        _callbacks.clear()


def _ncallbacks():
    with _lock:
        return len(_callbacks)


def _run_exitfuncs():
    """Run and forget every registered callback, last registered first."""
    while True:
        with _lock:
            if not _callbacks:
                return
            func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    import traceback
    try:
        _sys.stdout.flush()
    except Exception:
        pass
    stderr = _sys.stderr
    stderr.write(f"Exception ignored in atexit callback: {func!r}\n")
    # The traceback starts at the callback: this module's own frame is
    # left out, as CPython's C caller leaves no frame.
    tb = exc.__traceback__
    traceback.print_exception(type(exc), exc, tb.tb_next if tb is not None else None, file=stderr)
