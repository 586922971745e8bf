"""Regular expressions for weft.

The matching engine is Go (interp/remod: Python syntax translated for the
backtracking engine github.com/dlclark/regexp2); this module is the Python
surface: the flags, Pattern and Match objects, the module-level functions
with their cache, re.error, and the parts that call back into Python
(function replacements for sub, split) written here so that they run as
ordinary frames instead of re-entering the VM from Go.
"""

import enum as _enum
import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "template", "escape", "error", "Pattern",
    "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE",
    "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG",
    "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(_enum.IntFlag):
    NOFLAG = 0
    TEMPLATE = T = 1
    IGNORECASE = I = 2
    LOCALE = L = 4
    MULTILINE = M = 8
    DOTALL = S = 16
    UNICODE = U = 32
    VERBOSE = X = 64
    DEBUG = 128
    ASCII = A = 256

    def __repr__(self):
        value = self._value_
        if value < 0:
            return "~" + repr(RegexFlag(~value))
        names = []
        for name in ("TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
                     "UNICODE", "VERBOSE", "DEBUG", "ASCII"):
            bit = RegexFlag.__members__[name]._value_
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        if not names:
            return "re.NOFLAG"
        return "|".join(names)

    __str__ = object.__str__


NOFLAG = RegexFlag.NOFLAG
TEMPLATE = T = RegexFlag.TEMPLATE
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
UNICODE = U = RegexFlag.UNICODE
VERBOSE = X = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
ASCII = A = RegexFlag.ASCII


class error(Exception):
    """Exception raised for invalid regular expressions.

    msg, pattern, pos, lineno and colno describe where the pattern is bad,
    as CPython's re.error does.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error

_MAXPOS = 1 << 62


def _flag_value(flags):
    if isinstance(flags, RegexFlag):
        return flags._value_
    return int(flags)


class Pattern:
    """A compiled regular expression (re.compile's result)."""

    __slots__ = ("_regex", "pattern", "flags", "groups", "groupindex")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def search(self, string, pos=0, endpos=_MAXPOS):
        return self._find(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXPOS):
        return self._find(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXPOS):
        return self._find(string, pos, endpos, 2)

    def _find(self, string, pos, endpos, mode):
        spans = _re.find(self._regex, string, pos, endpos, mode)
        if spans is None:
            return None
        return _make_match(self, string, pos, endpos, spans)

    def findall(self, string, pos=0, endpos=_MAXPOS):
        return _re.findall(self._regex, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXPOS):
        for spans in _re.all(self._regex, string, pos, endpos, 0):
            yield _make_match(self, string, pos, endpos, spans)

    def scanner(self, string, pos=0, endpos=_MAXPOS):
        raise NotImplementedError("Pattern.scanner is not supported by weft")

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = self.groups
        for spans in _re.all(self._regex, string, 0, _MAXPOS, maxsplit):
            out.append(string[last:spans[0]])
            for g in range(1, n + 1):
                s = spans[2 * g]
                out.append(None if s < 0 else string[s:spans[2 * g + 1]])
            last = spans[1]
        out.append(string[last:])
        return out

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if callable(repl):
            out = []
            last = 0
            n = 0
            for spans in _re.all(self._regex, string, 0, _MAXPOS, count):
                out.append(string[last:spans[0]])
                r = repl(_make_match(self, string, 0, _MAXPOS, spans))
                if r is not None:
                    out.append(r)
                last = spans[1]
                n += 1
            out.append(string[last:])
            return string[:0].join(out), n
        pieces = _parse_template(self, repl)
        return _re.sub(self._regex, pieces, string, count)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE._value_
        pat = repr(self.pattern)
        if len(pat) > 200:
            pat = pat[:200]
        if flags:
            return "re.compile(%s, %r)" % (pat, RegexFlag(flags))
        return "re.compile(%s)" % pat

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


class Match:
    """The result of a successful match (search, match, finditer...)."""

    __slots__ = ("_spans", "string", "re", "pos", "endpos", "lastindex")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(g, "__index__") and not isinstance(g, str):
            try:
                i = g.__index__()
            except Exception:
                raise IndexError("no such group")
            if 0 <= i <= self.re.groups:
                return i
            raise IndexError("no such group")
        i = self.re.groupindex.get(g) if isinstance(g, (str, bytes)) else None
        if i is None:
            raise IndexError("no such group")
        return i

    def _get(self, i, default=None):
        s = self._spans[2 * i]
        if s < 0:
            return default
        return self.string[s:self._spans[2 * i + 1]]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == self.lastindex:
                return name
        return None

    def expand(self, template):
        out = []
        empty = self.string[:0]
        for piece in _parse_template(self.re, template):
            if isinstance(piece, int):
                out.append(self._get(piece, empty))
            else:
                out.append(piece)
        return empty.join(out)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0], self._spans[1], self.group(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


def _make_match(pattern, string, pos, endpos, spans):
    m = object.__new__(Match)
    m._spans = spans
    m.string = string
    m.re = pattern
    n = len(string)
    m.pos = min(max(pos, 0), n)
    m.endpos = min(max(endpos, 0), n)
    last = spans[-1]
    m.lastindex = None if last < 0 else last
    return m


_template_cache = {}

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _parse_template(pattern, template):
    """Parse a sub() replacement into literals and group numbers."""
    key = (pattern.pattern, pattern.flags, type(template), template)
    pieces = _template_cache.get(key)
    if pieces is not None:
        return pieces
    is_bytes = isinstance(pattern.pattern, bytes)
    if is_bytes:
        if not isinstance(template, (bytes, bytearray)):
            raise TypeError("expected a bytes-like object, %s found" % type(template).__name__)
        text = bytes(template).decode("latin-1")
    else:
        if not isinstance(template, str):
            raise TypeError("expected str instance, %s found" % type(template).__name__)
        text = template
    pieces = []
    lit = []
    i = 0
    n = len(text)

    def flush():
        if lit:
            s = "".join(lit)
            pieces.append(s.encode("latin-1") if is_bytes else s)
            lit.clear()

    def group_ref(num, pos):
        if num > pattern.groups:
            raise error("invalid group reference %d" % num, template, pos)
        flush()
        pieces.append(num)

    while i < n:
        c = text[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, i)
        d = text[i + 1]
        if d == "g":
            if i + 2 >= n or text[i + 2] != "<":
                raise error("missing <", template, i + 2)
            close = text.find(">", i + 3)
            if close < 0:
                raise error("missing >, unterminated name", template, i + 3)
            name = text[i + 3:close]
            if not name:
                raise error("missing group name", template, i + 3)
            if name.isdigit() and name.isascii():
                group_ref(int(name), i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                group_ref(pattern.groupindex[name], i + 3)
            else:
                raise error("bad character in group name '%s'" % name, template, i + 3)
            i = close + 1
        elif d == "0":
            j = i + 2
            v = 0
            while j < n and j < i + 4 and text[j] in "01234567":
                v = v * 8 + int(text[j])
                j += 1
            lit.append(chr(v))
            i = j
        elif d.isdigit() and d.isascii():
            j = i + 2
            if (j + 1 < n and d in "01234567" and text[j] in "01234567"
                    and text[j + 1] in "01234567"):
                v = int(text[i + 1:j + 2], 8)
                if v > 0o377:
                    raise error("octal escape value \\%s outside of range 0-0o377" % text[i + 1:j + 2], template, i)
                lit.append(chr(v))
                i = j + 2
                continue
            num = int(d)
            if j < n and text[j].isdigit() and text[j].isascii():
                num = num * 10 + int(text[j])
                j += 1
            group_ref(num, i + 1)
            i = j
        elif d in _ESCAPES:
            lit.append(_ESCAPES[d])
            i += 2
        elif d.isascii() and d.isalpha():
            raise error("bad escape \\%s" % d, template, i)
        else:
            lit.append("\\" + d)
            i += 2
    flush()
    if len(_template_cache) >= 512:
        _template_cache.clear()
    _template_cache[key] = pieces
    return pieces


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    res = _re.compile(pattern, flags)
    if res[0] is None:
        raise error(res[1], pattern, res[2])
    p = object.__new__(Pattern)
    p._regex, p.flags, p.groups, p.groupindex = res
    p.pattern = pattern
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string with the leftmost non-overlapping matches replaced."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub, but also return the number of substitutions made."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression caches."""
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern, returning a Pattern object."""
    return _compile(pattern, flags | T)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    data = bytes(pattern).decode("latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in data).encode("latin-1")


Pattern.__module__ = "re"
Match.__module__ = "re"
