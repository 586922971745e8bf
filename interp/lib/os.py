"""weft's os module: the Python surface over the _os module (interp/osmod).

Regular files are read and written synchronously; descriptor reads and
writes (os.read on a pipe) are announced to the scheduler as blocking
calls, so a virtual thread waiting on one does not hold a carrier's P.
"""

import abc
import sys
import _os
from _os import (
    getcwd, chdir, mkdir, rmdir, unlink, remove, rename, replace, listdir, stat, lstat, fstat,
    readlink, symlink, chmod, access, putenv as _putenv, unsetenv as _unsetenv,
    getpid, getppid, cpu_count, urandom, strerror, get_terminal_size, open,
    close, read, write, pipe, dup, lseek, isatty, stat_result, terminal_size,
)
from _os import *  # the O_*, SEEK_* and *_OK constants

error = OSError

if sys.platform == "win32":
    name = "nt"
    import ntpath as path
    linesep = "\r\n"
else:
    name = "posix"
    import posixpath as path
    linesep = "\n"

sys.modules["os.path"] = path
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull

class PathLike(abc.ABC):
    """Abstract base class for objects with an __fspath__ method."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        if cls is PathLike:
            for B in C.__mro__:
                if "__fspath__" in B.__dict__:
                    return True
        return NotImplemented


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    t = type(p)
    try:
        f = t.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + t.__name__) from None
    r = f(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s" % (t.__name__, type(r).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


def getcwdb():
    return getcwd().encode()


class _Environ:
    """os.environ: a mapping that writes through to the process environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not " + type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not " + type(value).__name__)
        _putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        if key in self._data:
            v = self._data[key]
            del self[key]
            return v
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def update(self, other=(), **kw):
        if hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        return "environ(" + repr(self._data) + ")"


environ = _Environ(_os.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _putenv(key, value)


def unsetenv(key):
    _unsetenv(key)


_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


class DirEntry:
    """An entry of scandir(): its name and type, read with the listing,
    and stat() on demand (cached)."""

    def __init__(self, dirpath, name, is_dir, is_file, is_symlink):
        self.name = name
        self.path = path.join(dirpath, name)
        self._is_dir = is_dir
        self._is_file = is_file
        self._is_symlink = is_symlink
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def is_symlink(self):
        return self._is_symlink

    def is_dir(self, *, follow_symlinks=True):
        if self._is_symlink and follow_symlinks:
            try:
                return (self.stat().st_mode & _S_IFMT) == _S_IFDIR
            except OSError:
                return False
        return self._is_dir

    def is_file(self, *, follow_symlinks=True):
        if self._is_symlink and follow_symlinks:
            try:
                return (self.stat().st_mode & _S_IFMT) == _S_IFREG
            except OSError:
                return False
        return self._is_file

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def close(self):
        self._it = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(p="."):
    p = fspath(p)
    return _ScandirIterator([DirEntry(p, *e) for e in _os.scandir(p)])


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs, nondirs, walk_into = [], [], []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry.name)
            if not topdown:
                if followlinks or not entry.is_symlink():
                    walk_into.append(entry.path)
        else:
            nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_into:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def get_exec_path(env=None):
    if env is None:
        env = environ
    p = env.get("PATH", defpath)
    return p.split(pathsep)


SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
