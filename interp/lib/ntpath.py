"""os.path on Windows: paths with drive letters and UNC shares, "\\" as the
separator and "/" accepted as an alternative. The string operations run on
every platform (as CPython's ntpath does); the file-system ones ask _os."""

import _os

sep = "\\"
altsep = "/"
extsep = "."
pathsep = ";"
curdir = "."
pardir = ".."
defpath = ".;C:\\bin"
devnull = "nul"
supports_unicode_filenames = True

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


def _consts(p):
    if isinstance(p, bytes):
        return b"\\", b"/", b":", b".", b"..", b""
    return "\\", "/", ":", ".", "..", ""


def normcase(s):
    s = _fspath(s)
    sep, altsep = _consts(s)[:2]
    return s.replace(altsep, sep).lower()


def splitdrive(p):
    p = _fspath(p)
    sep, altsep, colon = _consts(p)[:3]
    if len(p) >= 2:
        normp = p.replace(altsep, sep)
        if normp[0:2] == sep * 2:
            # UNC: \\server\share
            index = normp.find(sep, 2)
            if index == -1:
                return p[:0], p
            index2 = normp.find(sep, index + 1)
            if index2 == -1:
                index2 = len(p)
            return p[:index2], p[index2:]
        if normp[1:2] == colon:
            return p[:2], p[2:]
    return p[:0], p


def isabs(s):
    s = _fspath(s)
    sep, altsep = _consts(s)[:2]
    s = s[:3].replace(altsep, sep)
    if s.startswith(sep * 2):
        return True
    return splitdrive(s)[1][:1] == sep


def join(path, *paths):
    path = _fspath(path)
    sep, altsep, colon = _consts(path)[:3]
    seps = sep + altsep
    result_drive, result_path = splitdrive(path)
    for p in map(_fspath, paths):
        p_drive, p_path = splitdrive(p)
        if p_path and p_path[:1] in (sep, altsep):
            if p_drive or not result_drive:
                result_drive = p_drive
            result_path = p_path
            continue
        elif p_drive and p_drive != result_drive:
            if p_drive.lower() != result_drive.lower():
                result_drive = p_drive
                result_path = p_path
                continue
            result_drive = p_drive
        if result_path and result_path[-1:] not in (sep, altsep):
            result_path = result_path + sep
        result_path = result_path + p_path
    if (result_path and result_path[:1] not in (sep, altsep) and
            result_drive and result_drive[-1:] != colon):
        return result_drive + sep + result_path
    return result_drive + result_path


def split(p):
    p = _fspath(p)
    sep, altsep = _consts(p)[:2]
    d, p = splitdrive(p)
    i = len(p)
    while i and p[i - 1:i] not in (sep, altsep):
        i -= 1
    head, tail = p[:i], p[i:]
    stripped = head
    while stripped and stripped[-1:] in (sep, altsep):
        stripped = stripped[:-1]
    return d + (stripped or head), tail


def splitext(p):
    p = _fspath(p)
    sep, altsep, colon, dot = _consts(p)[:4]
    sep_index = max(p.rfind(sep), p.rfind(altsep))
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def normpath(path):
    path = _fspath(path)
    sep, altsep, colon, curdir, pardir, empty = _consts(path)
    path = path.replace(altsep, sep)
    prefix, path = splitdrive(path)
    if path.startswith(sep):
        prefix += sep
        path = path.lstrip(sep)
    comps = path.split(sep)
    i = 0
    while i < len(comps):
        if not comps[i] or comps[i] == curdir:
            del comps[i]
        elif comps[i] == pardir:
            if i > 0 and comps[i - 1] != pardir:
                del comps[i - 1:i + 1]
                i -= 1
            elif i == 0 and prefix.endswith(sep):
                del comps[i]
            else:
                i += 1
        else:
            i += 1
    if not prefix and not comps:
        comps.append(curdir)
    return prefix + sep.join(comps)


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
    sep, altsep = _consts(path)[:2]
    i, n = 1, len(path)
    while i < n and path[i:i + 1] not in (sep, altsep):
        i += 1
    env = _os.environ()
    if "USERPROFILE" in env:
        home = env["USERPROFILE"]
    elif "HOMEPATH" in env:
        home = join(env.get("HOMEDRIVE", ""), env["HOMEPATH"])
    else:
        return path
    if i != 1:
        home = join(dirname(home), path[1:i])
    if isinstance(path, bytes):
        home = home.encode()
    return home + path[i:]


def _st(path, follow=True):
    try:
        return _os.stat(path) if follow else _os.lstat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    return _st(path) is not None


def lexists(path):
    return _st(path, False) is not None


def isdir(s):
    st = _st(s)
    return st is not None and (st.st_mode & _S_IFMT) == _S_IFDIR


def isfile(path):
    st = _st(path)
    return st is not None and (st.st_mode & _S_IFMT) == _S_IFREG


def islink(path):
    st = _st(path, False)
    return st is not None and (st.st_mode & _S_IFMT) == _S_IFLNK


def getsize(filename):
    return _os.stat(filename).st_size


def getmtime(filename):
    return _os.stat(filename).st_mtime


def realpath(path, *, strict=False):
    return abspath(path)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    sep, altsep, colon, curdir, pardir, empty = _consts(path)
    if start is None:
        start = curdir
    start_abs = abspath(normpath(_fspath(start)))
    path_abs = abspath(normpath(path))
    start_drive, start_rest = splitdrive(start_abs)
    path_drive, path_rest = splitdrive(path_abs)
    if normcase(start_drive) != normcase(path_drive):
        raise ValueError("path is on mount %r, start on mount %r" % (path_drive, start_drive))
    start_list = [x for x in start_rest.split(sep) if x]
    path_list = [x for x in path_rest.split(sep) if x]
    i = 0
    for e1, e2 in zip(start_list, path_list):
        if normcase(e1) != normcase(e2):
            break
        i += 1
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
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
    sep, altsep, colon, curdir = _consts(paths[0])[:4]
    drivesplits = [splitdrive(p.replace(altsep, sep).lower()) for p in paths]
    split_paths = [p.split(sep) for d, p in drivesplits]
    if len({p[:1] == sep for d, p in drivesplits}) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    if len({d for d, p in drivesplits}) != 1:
        raise ValueError("Paths don't have the same drive")
    drive, path = splitdrive(paths[0].replace(altsep, sep))
    common = [c for c in path.split(sep) if c and c != curdir]
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    n = len(s1)
    for i, c in enumerate(s1):
        if c != s2[i]:
            n = i
            break
    prefix = drive + sep if path[:1] == sep else drive
    return prefix + sep.join(common[:n])
