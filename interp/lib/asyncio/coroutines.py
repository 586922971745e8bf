"""iscoroutine and iscoroutinefunction, as asyncio defines them."""

import inspect
import types
from collections.abc import Coroutine

__all__ = ('iscoroutinefunction', 'iscoroutine')

_is_coroutine = object()


def iscoroutinefunction(func):
    """True for an ``async def`` function (or one marked as such)."""
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


def iscoroutine(obj):
    """True for a coroutine object (anything with the Coroutine interface)."""
    if type(obj) is types.CoroutineType:
        return True
    return isinstance(obj, Coroutine)
