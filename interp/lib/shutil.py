"""High-level file operations: copyfile, copy, copy2, copymode, copystat,
copytree, rmtree, move, which, disk_usage, get_terminal_size.

Copies stream the data in 1 MiB chunks through regular file objects;
metadata (permission bits, times) is copied through os where the platform
has the call. rmtree walks with lstat and never follows a symlink out of
the tree it removes.
"""

import os
import sys
import stat
import fnmatch
import collections

__all__ = [
    "copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move", "rmtree",
    "Error", "SpecialFileError", "SameFileError", "ignore_patterns", "which", "disk_usage",
    "get_terminal_size", "chown",
]

COPY_BUFSIZE = 1024 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to copy a named pipe or another special file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of file object fsrc to file object fdst, length bytes at a time."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except (OSError, AttributeError):
        return os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents (no metadata) of src to dst and return dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    st = None
    try:
        st = os.stat(src)
    except OSError:
        pass
    if st is not None and stat.S_ISFIFO(st.st_mode):
        raise SpecialFileError("`%s` is a named pipe" % os.fspath(src))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as fsrc:
        try:
            with open(dst, "wb") as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError(f"Directory does not exist: {dst}") from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    st = os.stat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits and access/modification times of src to dst."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    st = os.stat(src) if follow_symlinks else os.lstat(src)
    utime = getattr(os, "utime", None)
    if utime is not None:
        utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a directory. Return the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(os.fspath(src)))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy() but also copies the times (copystat)."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(os.fspath(src)))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """A copytree ignore= callable that skips names matching any of the glob-style patterns."""
    def _ignore(path, names):
        out = set()
        for p in patterns:
            out.update(fnmatch.filter(names, p))
        return out
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy the directory tree src to dst and return dst.

    Errors on single files are collected and raised together as Error at
    the end, so one unreadable file does not stop the copy."""
    entries = sorted(os.listdir(src))
    ignored = ignore(os.fspath(src), entries) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in entries:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        try:
            if os.path.islink(s):
                target = os.readlink(s)
                if symlinks:
                    os.symlink(target, d)
                    copystat(s, d, follow_symlinks=False)
                    continue
                if not os.path.exists(s):
                    if ignore_dangling_symlinks:
                        continue
                    raise FileNotFoundError(2, "No such file or directory", s)
            if os.path.isdir(s):
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((s, d, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Delete the directory tree at path; symlinks inside are removed, not followed."""
    if ignore_errors:
        def onexc(*args):
            pass
    elif onexc is None:
        if onerror is not None:
            def onexc(func, p, exc):
                onerror(func, p, (type(exc), exc, exc.__traceback__))
        else:
            def onexc(func, p, exc):
                raise exc
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError as e:
        onexc(os.path.islink, path, e)
        return
    _rmtree(os.fspath(path), onexc)


def _rmtree(path, onexc):
    try:
        names = os.listdir(path)
    except OSError as e:
        onexc(os.listdir, path, e)
        names = []
    for name in names:
        full = os.path.join(path, name)
        try:
            mode = os.lstat(full).st_mode
        except OSError:
            mode = 0
        if stat.S_ISDIR(mode):
            _rmtree(full, onexc)
        else:
            try:
                os.unlink(full)
            except OSError as e:
                onexc(os.unlink, full, e)
    try:
        os.rmdir(path)
    except OSError as e:
        onexc(os.rmdir, path, e)


def _basename(path):
    path = os.fspath(path)
    sep = os.path.sep + (os.path.altsep or "")
    return os.path.basename(path.rstrip(sep))


def move(src, dst, copy_function=copy2):
    """Move src to dst (rename when possible, else copy then delete) and return the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst) and not os.path.islink(src):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            s = os.path.abspath(os.fspath(src)).rstrip(os.sep) + os.sep
            if os.path.abspath(os.fspath(dst)).startswith(s):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


_usage = collections.namedtuple("usage", "total used free")


def disk_usage(path):
    """Return (total, used, free) bytes of the file system holding path."""
    import _os
    total, free, avail = _os._disk_usage(os.fspath(path))
    return _usage(total, total - free, avail)


def chown(path, user=None, group=None):
    """Change the owner of path (by uid/gid number)."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    chown_ = getattr(os, "chown", None)
    if chown_ is None:
        raise NotImplementedError("chown is not available on this platform")
    chown_(path, -1 if user is None else user, -1 if group is None else group)


def get_terminal_size(fallback=(80, 24)):
    """Terminal size from $COLUMNS/$LINES, then the terminal on stdout, then fallback."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(1)
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Return the path of the executable cmd found on PATH (or path), or None."""
    def usable(fn):
        return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)

    cmd = os.fspath(cmd)
    if os.path.dirname(cmd):
        return cmd if usable(cmd) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    dirs = os.fspath(path).split(os.pathsep)
    exts = [""]
    if sys.platform == "win32":
        dirs.insert(0, os.curdir)
        pathext = [e for e in os.environ.get("PATHEXT", ".COM;.EXE;.BAT;.CMD").split(os.pathsep) if e]
        if any(cmd.lower().endswith(e.lower()) for e in pathext):
            exts = [""]
        else:
            exts = pathext
    seen = set()
    for d in dirs:
        norm = os.path.normcase(d)
        if norm in seen:
            continue
        seen.add(norm)
        for e in exts:
            name = os.path.join(d, cmd + e)
            if usable(name):
                return name
    return None
