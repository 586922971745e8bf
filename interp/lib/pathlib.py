"""Object-oriented file-system paths.

Pure paths (PurePath, PurePosixPath, PureWindowsPath) only compute with
the text of a path and work on every platform; concrete paths (Path,
PosixPath, WindowsPath) add the calls that touch the file system, through
os and os.path. A path is parsed once into drive, root and a tuple of
parts: '.' components and repeated separators are dropped, '..' is kept
(collapsing it needs the file system: a symlink may stand before it).
"""

import os
import sys
import stat as _stat
import fnmatch
import ntpath
import posixpath

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


class _Parents:
    """The immutable sequence of a path's logical ancestors (path.parents)."""

    __slots__ = ("_path", "_n")

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(self._n)))
        if i < 0:
            i += self._n
        if i < 0 or i >= self._n:
            raise IndexError(i)
        p = self._path
        return p._from_parsed(p._drv, p._root, p._parts[:self._n - i - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path string split into drive, root and parts, without file-system access."""

    __slots__ = ("_drv", "_root", "_parts", "_str", "_hash")
    _flavour = os.path

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == "nt" else PurePosixPath
        return cls._from_args(args)

    def __init__(self, *args):
        # Parsing happens in __new__; subclasses may still call
        # super().__init__(*args) as they would in Python 3.12.
        pass

    def __reduce__(self):
        return (type(self), (str(self),))

    @classmethod
    def _from_args(cls, args):
        strs = []
        for a in args:
            if isinstance(a, PurePath):
                strs.append(str(a))
                continue
            try:
                s = os.fspath(a)
            except TypeError:
                s = a
            if not isinstance(s, str):
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ "
                                "returns a str, not %r" % type(s).__name__)
            strs.append(s)
        drv, root, parts = cls._parse(strs)
        return cls._from_parsed(drv, root, parts)

    @classmethod
    def _parse(cls, strs):
        f = cls._flavour
        sep = f.sep
        joined = f.join(*strs) if strs else ""
        if f.altsep:
            joined = joined.replace(f.altsep, sep)
        drv, rest = f.splitdrive(joined)
        root = ""
        if rest.startswith(sep):
            root = sep
            # POSIX leaves the meaning of exactly two leading slashes to the
            # implementation, so they are kept; three or more mean one.
            if f is posixpath and rest.startswith("//") and not rest.startswith("///"):
                root = "//"
        parts = tuple(p for p in rest.split(sep) if p and p != ".")
        return drv, root, parts

    @classmethod
    def _from_parsed(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = tuple(parts)
        self._str = None
        self._hash = None
        return self

    def _make(self, drv, root, parts):
        return type(self)._from_parsed(drv, root, parts)

    def with_segments(self, *args):
        """A new path of the same type from args (the hook subclasses override)."""
        return type(self)(*args)

    def __str__(self):
        if self._str is None:
            s = self._drv + self._root + self._flavour.sep.join(self._parts)
            self._str = s or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_posix(self):
        """The path with forward slashes, whatever the flavour."""
        return str(self).replace(self._flavour.sep, "/")

    def as_uri(self):
        """The path as a file: URI; only absolute paths have one."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        if self._flavour is ntpath:
            drv = self._drv
            if len(drv) == 2 and drv[1] == ":":
                return "file:///" + drv + _quote(self.as_posix()[2:])
            return "file:" + _quote(self.as_posix())
        return "file://" + _quote(str(self))

    # Comparison uses the case-folded parts on Windows.
    def _key(self):
        if self._flavour is ntpath:
            return (self._drv.lower(), self._root, tuple(p.lower() for p in self._parts))
        return (self._drv, self._root, self._parts)

    def _sortkey(self):
        return str(self).lower() if self._flavour is ntpath else str(self)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._key())
        return self._hash

    def _cmp(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._sortkey(), other._sortkey()

    def __lt__(self, other):
        k = self._cmp(other)
        return k if k is NotImplemented else k[0] < k[1]

    def __le__(self, other):
        k = self._cmp(other)
        return k if k is NotImplemented else k[0] <= k[1]

    def __gt__(self, other):
        k = self._cmp(other)
        return k if k is NotImplemented else k[0] > k[1]

    def __ge__(self, other):
        k = self._cmp(other)
        return k if k is NotImplemented else k[0] >= k[1]

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def parts(self):
        anchor = self._drv + self._root
        return ((anchor,) if anchor else ()) + self._parts

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name, suffix = self.name, self.suffix
        return name[:-len(suffix)] if suffix else name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._drv, self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        """This path with its last component replaced by name."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        drv, root, parts = self._parse([name])
        if not name or name[-1] in (f.sep, f.altsep) or drv or root or len(parts) != 1 or parts[0] != name:
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._drv, self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        """This path with the stem of its name replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """This path with its suffix replaced (or removed, with suffix='')."""
        f = self._flavour
        if f.sep in suffix or (f.altsep and f.altsep in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._make(self._drv, self._root, self._parts[:-1] + (name,))

    def joinpath(self, *others):
        """This path joined with each of others in turn (an absolute one restarts)."""
        return self.with_segments(self, *others)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def relative_to(self, other, *_deprecated, walk_up=False):
        """This path relative to other; ValueError when other is not an ancestor (unless walk_up)."""
        if _deprecated:
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        mine, theirs = self._key(), other._key()
        if mine[:2] != theirs[:2]:
            raise ValueError("{!r} is not in the subpath of {!r}".format(str(self), str(other)))
        n = len(theirs[2])
        if mine[2][:n] == theirs[2]:
            return self._make("", "", self._parts[n:])
        if not walk_up:
            raise ValueError("{!r} is not in the subpath of {!r}".format(str(self), str(other)))
        common = 0
        while common < min(n, len(mine[2])) and mine[2][common] == theirs[2][common]:
            common += 1
        if ".." in theirs[2][common:]:
            raise ValueError("'..' segment in {!r} cannot be walked".format(str(other)))
        return self._make("", "", ("..",) * (n - common) + self._parts[common:])

    def is_relative_to(self, other, *_deprecated):
        """True if other is this path or one of its ancestors."""
        try:
            self.relative_to(other, *_deprecated)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        if self._flavour is ntpath:
            return bool(self._drv and self._root)
        return bool(self._root)

    def is_reserved(self):
        """True for Windows' reserved device names (CON, NUL, COM1...); never on POSIX."""
        if self._flavour is not ntpath or not self._parts:
            return False
        if self._drv.startswith("\\\\"):
            return False
        name = self._parts[-1].partition(".")[0].partition(":")[0].rstrip(" ")
        return name.upper() in _RESERVED

    def match(self, path_pattern):
        """Glob-style match from the right: 'b/*.py' matches 'a/b/c.py'; an absolute pattern must match all."""
        pat = self.with_segments(path_pattern)
        if not pat._parts and not pat.anchor:
            raise ValueError("empty pattern")
        case = self._flavour is not ntpath
        def norm(s):
            return s if case else s.lower()
        if pat.anchor:
            if norm(self.anchor) != norm(pat.anchor) or len(self._parts) != len(pat._parts):
                return False
        elif len(pat._parts) > len(self._parts):
            return False
        for name, p in zip(reversed(self._parts), reversed(pat._parts)):
            if not fnmatch.fnmatchcase(norm(name), norm(p)):
                return False
        return True


_RESERVED = ({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
             | {"COM%s" % c for c in "123456789\xb9\xb2\xb3"}
             | {"LPT%s" % c for c in "123456789\xb9\xb2\xb3"})

_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def _quote(s):
    # Percent-encoding of a path for a file: URI (RFC 8089), over UTF-8 bytes.
    return "".join(chr(b) if b in _SAFE else "%%%02X" % b for b in os.fsencode(s))


class PurePosixPath(PurePath):
    """A pure path with POSIX rules ('/' separator, case-sensitive)."""
    __slots__ = ()
    _flavour = posixpath


class PureWindowsPath(PurePath):
    """A pure path with Windows rules (drives, '\\' and '/' separators, case-insensitive)."""
    __slots__ = ()
    _flavour = ntpath


class Path(PurePath):
    """A path of the running system's flavour, with file-system operations."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == "nt" else PosixPath
        if cls._flavour is not os.path:
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def absolute(self):
        """This path made absolute against the current directory (no normalisation, no symlinks)."""
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        """The absolute path with symlinks and '..' resolved; strict=True requires it to exist."""
        p = self.with_segments(os.path.realpath(str(self.absolute())))
        if strict:
            os.stat(p)
        return p

    def expanduser(self):
        """This path with a leading ~ or ~user replaced by the home directory."""
        if not self._drv and not self._root and self._parts and self._parts[0][:1] == "~":
            home = os.path.expanduser(self._parts[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self.with_segments(home, *self._parts[1:])
        return self

    def stat(self, *, follow_symlinks=True):
        return os.stat(self) if follow_symlinks else os.lstat(self)

    def lstat(self):
        return os.lstat(self)

    def _mode(self, follow=True):
        try:
            return (os.stat(self) if follow else os.lstat(self)).st_mode
        except (OSError, ValueError):
            return None

    def exists(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) is not None

    def is_dir(self):
        m = self._mode()
        return m is not None and _stat.S_ISDIR(m)

    def is_file(self):
        m = self._mode()
        return m is not None and _stat.S_ISREG(m)

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and _stat.S_ISLNK(m)

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        """True if other_path names the same file (same device and inode)."""
        st = self.stat()
        other = other_path.stat() if isinstance(other_path, Path) else os.stat(other_path)
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    def _child(self, name):
        return self._make(self._drv, self._root, self._parts + (name,))

    def iterdir(self):
        """The entries of this directory (not '.' or '..'), in the OS's order."""
        for name in os.listdir(self):
            yield self._child(name)

    def glob(self, pattern):
        """Paths under this directory matching the relative glob pattern ('**' = any depth of directories)."""
        pat = self.with_segments(pattern)
        if pat.anchor:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if not pat._parts:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        return self._select(pat._parts)

    def rglob(self, pattern):
        """glob() with '**/' in front of pattern: matches at any depth."""
        pat = self.with_segments(pattern)
        if pat.anchor:
            raise NotImplementedError("Non-relative patterns are unsupported")
        return self._select(("**",) + pat._parts)

    def _select(self, parts):
        case = self._flavour is not ntpath
        paths = [self]
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            nxt = []
            if part == "**":
                seen = set()
                for p in paths:
                    for d in p._walk_dirs():
                        if d not in seen:
                            seen.add(d)
                            nxt.append(d)
            elif "*" in part or "?" in part or "[" in part:
                for p in paths:
                    try:
                        entries = list(os.scandir(p))
                    except OSError:
                        continue
                    for e in entries:
                        name = e.name
                        ok = fnmatch.fnmatchcase(name, part) if case else fnmatch.fnmatchcase(name.lower(), part.lower())
                        if not ok:
                            continue
                        try:
                            if not last and not e.is_dir():
                                continue
                        except OSError:
                            continue
                        nxt.append(p._child(name))
            else:
                for p in paths:
                    c = p._child(part) if part != ".." else p._make(p._drv, p._root, p._parts + ("..",))
                    if last:
                        if c.exists(follow_symlinks=False) or c.exists():
                            nxt.append(c)
                    else:
                        nxt.append(c)
            paths = nxt
        return iter(paths)

    def _walk_dirs(self):
        # This directory, then every directory below it, not following symlinks.
        yield self
        try:
            entries = list(os.scandir(self))
        except OSError:
            return
        for e in entries:
            try:
                if e.is_dir() and not e.is_symlink():
                    yield from self._child(e.name)._walk_dirs()
            except OSError:
                pass

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Like os.walk, yielding (dirpath as a Path, dirnames, filenames)."""
        for root, dirs, files in os.walk(self, topdown=top_down, onerror=on_error, followlinks=follow_symlinks):
            yield self.with_segments(root), dirs, files

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create this directory; parents=True creates missing ancestors, exist_ok=True accepts an existing directory."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        """Rename this file or directory to target and return the new path."""
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        """Rename to target, replacing an existing file there; return the new path."""
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def readlink(self):
        return self.with_segments(os.readlink(self))

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if missing; with exist_ok=False an existing file raises FileExistsError."""
        if exist_ok and self.exists():
            utime = getattr(os, "utime", None)
            if utime is not None:
                utime(self, None)
            return
        open(self, "a" if exist_ok else "x").close()

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with open(self, "r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with open(self, "rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with open(self, "w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        # Any bytes-like object is accepted, as CPython's memoryview(data) does.
        data = bytes(data)
        with open(self, "wb") as f:
            return f.write(data)


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete path on Windows."""
    __slots__ = ()
