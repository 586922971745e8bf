"""os.path on POSIX systems: pure string operations on "/"-separated paths,
plus the few that ask the file system (exists, isdir, realpath...)."""

import _os

sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return f(p)


def _seps(p):
    return (b"/", b".", b"..", b"") if isinstance(p, bytes) else ("/", ".", "..", "")


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _fspath(a)
    sep = _seps(a)[0]
    path = a
    for b in p:
        b = _fspath(b)
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep, dot = _seps(p)[0], _seps(p)[1]
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _fspath(p)
    sep = _seps(p)[0]
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    path = _fspath(path)
    sep, dot, dotdot, empty = _seps(path)
    if not path:
        return dot
    initial = 1 if path.startswith(sep) else 0
    if initial and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial = 2
    comps = path.split(sep)
    new = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not new) or (new and new[-1] == dotdot):
            new.append(comp)
        elif new:
            new.pop()
    path = sep.join(new)
    if initial:
        path = sep * initial + path
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _os.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def expanduser(path):
    path = _fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep = _seps(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user needs the password database
    home = _os.environ().get("HOME")
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    path = _fspath(path)
    if isinstance(path, bytes) or "$" not in path:
        return path
    env = _os.environ()
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            j = path.find("}", i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            out.append(env[name] if name in env else path[i:j + 1])
            i = j + 1
            continue
        j = i + 1
        while j < n and (path[j].isalnum() or path[j] == "_"):
            j += 1
        name = path[i + 1:j]
        out.append(env[name] if name and name in env else path[i:j])
        i = j
    return "".join(out)


def _stat_mode(path, follow=True):
    try:
        st = _os.stat(path) if follow else _os.lstat(path)
    except (OSError, ValueError):
        return None
    return st


def exists(path):
    return _stat_mode(path) is not None


def lexists(path):
    return _stat_mode(path, False) is not None


def isdir(s):
    st = _stat_mode(s)
    return st is not None and (st.st_mode & _S_IFMT) == _S_IFDIR


def isfile(path):
    st = _stat_mode(path)
    return st is not None and (st.st_mode & _S_IFMT) == _S_IFREG


def islink(path):
    st = _stat_mode(path, False)
    return st is not None and (st.st_mode & _S_IFMT) == _S_IFLNK


def ismount(path):
    try:
        s1 = _os.lstat(path)
    except (OSError, ValueError):
        return False
    if (s1.st_mode & _S_IFMT) == _S_IFLNK:
        return False
    try:
        s2 = _os.lstat(join(path, ".."))
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return _os.stat(filename).st_size


def getmtime(filename):
    return _os.stat(filename).st_mtime


def getatime(filename):
    return _os.stat(filename).st_atime


def getctime(filename):
    return _os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = _os.stat(f1)
    s2 = _os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, "." and ".." removed.
    Components that do not exist are kept as they are (strict=False)."""
    filename = _fspath(filename)
    sep, dot, dotdot, empty = _seps(filename)
    path = abspath(filename)
    rest = path.split(sep)[1:]
    resolved = sep
    seen = {}
    links = 0
    while rest:
        name = rest.pop(0)
        if name in (empty, dot):
            continue
        if name == dotdot:
            resolved = dirname(resolved) or sep
            continue
        newpath = join(resolved, name)
        try:
            st = _os.lstat(newpath)
        except OSError:
            if strict:
                raise
            resolved = newpath
            continue
        if (st.st_mode & _S_IFMT) != _S_IFLNK:
            resolved = newpath
            continue
        links += 1
        if links > 40:
            if strict:
                raise OSError(40, "Too many levels of symbolic links", newpath)
            resolved = newpath
            continue
        target = _os.readlink(newpath)
        if isinstance(filename, bytes) and isinstance(target, str):
            target = target.encode()
        if target.startswith(sep):
            resolved = sep
        rest = [c for c in target.split(sep) if c] + rest
    return resolved


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    sep, dot, dotdot, empty = _seps(path)
    if start is None:
        start = dot
    start = _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    sep, dot, dotdot, empty = _seps(paths[0])
    try:
        split_paths = [p.split(sep) for p in paths]
        isabs_set = {p[:1] == sep for p in paths}
    except TypeError:
        raise TypeError("Can't mix strings and bytes in path components") from None
    if len(isabs_set) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs_set.pop() else sep[:0]
    return prefix + sep.join(common)
