"""Temporary files and directories: gettempdir, mkstemp, mkdtemp,
NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile, TemporaryDirectory.

Names are made of a random 8-character part from a per-process generator
and created with O_CREAT|O_EXCL (files) or mkdir (directories), retrying on
a collision, so two processes never get the same name. Files and
directories are created readable and writable by their owner only
(0o600 / 0o700), as CPython does.
"""

import os
import sys
import io
import shutil
import errno as _errno
import random as _random

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None
_rng_pid = None


def _random_name():
    # A fresh generator after fork, so a child does not repeat its parent's names.
    global _rng, _rng_pid
    if _rng is None or _rng_pid != os.getpid():
        _rng = _random.Random()
        _rng_pid = os.getpid()
    return "".join(_rng.choice(_CHARS) for _ in range(8))


def _candidate_dirs():
    for env in ("TMPDIR", "TEMP", "TMP"):
        d = os.getenv(env)
        if d:
            yield d
    if os.name == "nt":
        for d in (os.path.expanduser(r"~\AppData\Local\Temp"), os.path.expandvars(r"%SYSTEMROOT%\Temp"),
                  r"c:\temp", r"c:\tmp", r"\temp", r"\tmp"):
            yield d
    else:
        for d in ("/tmp", "/var/tmp", "/usr/tmp"):
            yield d
    try:
        yield os.getcwd()
    except OSError:
        yield os.curdir


def _usable(d):
    return os.path.isdir(d) and os.access(d, os.W_OK | os.X_OK if os.name != "nt" else os.W_OK)


def gettempdir():
    """The directory for temporary files: $TMPDIR, $TEMP, $TMP, then the platform's usual places."""
    global tempdir
    if tempdir is None:
        for d in _candidate_dirs():
            if d != os.curdir:
                d = os.path.abspath(d)
            if _usable(d):
                tempdir = d
                break
        else:
            raise FileNotFoundError(_errno.ENOENT, "No usable temporary directory found in %s" % list(_candidate_dirs()))
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def _sanitize(suffix, prefix, dir):
    # str or bytes consistently, as CPython requires; None means the defaults.
    kinds = {type(x) for x in (suffix, prefix, dir) if x is not None}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    is_bytes = bytes in kinds
    if suffix is None:
        suffix = b"" if is_bytes else ""
    if prefix is None:
        prefix = os.fsencode(template) if is_bytes else template
    if dir is None:
        dir = gettempdirb() if is_bytes else gettempdir()
    return suffix, prefix, os.fspath(dir), is_bytes


def _names(prefix, suffix, dir, is_bytes):
    for _ in range(TMP_MAX):
        name = _random_name()
        if is_bytes:
            name = name.encode()
        yield os.path.join(dir, prefix + name + suffix)
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by its owner; return (fd, absolute path)."""
    suffix, prefix, dir, is_bytes = _sanitize(suffix, prefix, dir)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    if hasattr(os, "O_NOFOLLOW"):
        flags |= os.O_NOFOLLOW
    if not text and hasattr(os, "O_BINARY"):
        flags |= os.O_BINARY
    for path in _names(prefix, suffix, dir, is_bytes):
        try:
            fd = os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            if os.name == "nt" and os.path.isdir(dir):
                continue
            raise
        return fd, os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory accessible only by its owner and return its absolute path."""
    suffix, prefix, dir, is_bytes = _sanitize(suffix, prefix, dir)
    for path in _names(prefix, suffix, dir, is_bytes):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(path)


def mktemp(suffix="", prefix=template, dir=None):
    """Return a name that did not exist when checked (unsafe: another process may take it)."""
    if dir is None:
        dir = gettempdir()
    for path in _names(prefix, suffix, dir, False):
        if not os.path.lexists(path):
            return path


class _TemporaryFileWrapper:
    """A file object plus its name; closing it (or leaving the with block) deletes the file when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    @property
    def closed(self):
        return self.file.closed

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper file=%r>" % (self.file,)


def _open_new(mode, buffering, encoding, newline, errors, suffix, prefix, dir):
    # Exclusive creation through open() ('x' mode) rather than mkstemp's
    # os.open, so that the result is a regular weft file object and the
    # same code works where weft has no descriptor-level os calls
    # (Windows). The mode is narrowed to owner-only right after creation.
    suffix, prefix, dir, is_bytes = _sanitize(suffix, prefix, dir)
    if "w" in mode:
        create, reopen = mode.replace("w", "x"), None
    else:
        create, reopen = "xb", mode
    for path in _names(prefix, suffix, dir, is_bytes):
        try:
            f = open(path, create, buffering=buffering, encoding=None if "b" in create else encoding,
                     newline=None if "b" in create else newline, errors=None if "b" in create else errors)
        except FileExistsError:
            continue
        try:
            os.chmod(path, 0o600)
            if reopen is not None:
                f.close()
                f = open(path, reopen, buffering=buffering, encoding=encoding, newline=newline, errors=errors)
        except BaseException:
            f.close()
            os.unlink(path)
            raise
        return f, os.path.abspath(path)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (.name), deleted on close when delete is true."""
    f, name = _open_new(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """An anonymous temporary file: on POSIX its name is unlinked at once, so nothing is left behind."""
    f, name = _open_new(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    if os.name == "nt":
        return _TemporaryFileWrapper(f, name, True)
    os.unlink(name)
    return f


class SpooledTemporaryFile:
    """A file kept in memory (BytesIO / StringIO) until it grows past max_size or fileno() is asked for."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                 prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO()
        self._max_size = max_size
        self._rolled = False
        self._args = (mode, buffering, encoding, newline, suffix, prefix, dir, errors)

    def _check(self):
        if self._max_size and not self._rolled and self._file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        mode, buffering, encoding, newline, suffix, prefix, dir, errors = self._args
        new = TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, errors=errors)
        pos = self._file.tell()
        new.write(self._file.getvalue())
        new.seek(pos, 0)
        self._file = new
        self._rolled = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._file.close()
        return False

    def __iter__(self):
        return iter(self._file)

    def __getattr__(self, name):
        return getattr(self._file, name)

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def write(self, s):
        r = self._file.write(s)
        self._check()
        return r

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    @property
    def closed(self):
        return self._file.closed


class TemporaryDirectory:
    """A directory made by mkdtemp; cleanup() (or leaving the with block) removes it and its contents."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._done = False

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()
        return False

    def cleanup(self):
        if self._done:
            return
        self._done = True
        if os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        if not self._done and self._delete:
            try:
                self.cleanup()
            except Exception:
                pass
