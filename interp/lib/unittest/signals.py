"""Ctrl-C handling for test runs (-c). weft keeps the registry so that
runners can call these, but installs no SIGINT handler: the first Ctrl-C
ends the run as an ordinary KeyboardInterrupt."""

__unittest = True

_results = []


def registerResult(result):
    _results.append(result)


def removeResult(result):
    try:
        _results.remove(result)
        return True
    except ValueError:
        return False


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
