"""Shell-style filename matching: fnmatch, fnmatchcase, filter, translate.

A pattern is translated once into a regular expression (cached per
pattern) and matched with the re module. '*' matches any run of
characters, '?' one character, '[seq]' a character set ('[!seq]'
negated); there is no special treatment of '/' or of leading dots here:
glob applies those rules on top.
"""

import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Match name against pat after os.path.normcase of both (case-insensitive on Windows)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768)
def _compile(pat):
    if isinstance(pat, bytes):
        res = translate(str(pat, "ISO-8859-1"))
        return re.compile(res.encode("ISO-8859-1")).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """Return the subset of names that match pat."""
    pat = os.path.normcase(pat)
    match = _compile(pat)
    if os.path is posixpath:
        return [n for n in names if match(n)]
    return [n for n in names if match(os.path.normcase(n))]


def fnmatchcase(name, pat):
    """Match name against pat, case-sensitively, without normcase."""
    return _compile(pat)(name) is not None


def translate(pat):
    """Return a regular expression string equivalent to the shell pattern pat."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            # Consecutive stars are one star.
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == "?":
            parts.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                parts.append("\\[")
                continue
            body = pat[i:j]
            i = j + 1
            parts.append(_charset(body))
        else:
            parts.append(re.escape(c))
    out = []
    for p in parts:
        out.append(".*" if p is _STAR else p)
    return "(?s:" + "".join(out) + ")\\Z"


_STAR = object()


def _charset(body):
    # body is the text between '[' and the closing ']'. A leading '!'
    # negates; ranges a-z whose ends are reversed are empty and dropped.
    negate = body.startswith("!")
    if negate:
        body = body[1:]
    items = []
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == "-":
            lo, hi = body[k], body[k + 2]
            if lo <= hi:
                items.append(_esc(lo) + "-" + _esc(hi))
            k += 3
        else:
            items.append(_esc(body[k]))
            k += 1
    if not items:
        # An empty set never matches; its negation matches any character.
        return "." if negate else "(?!)"
    text = "".join(items)
    if not negate and text.startswith("^"):
        text = "\\" + text
    return "[" + ("^" if negate else "") + text + "]"


def _esc(ch):
    # ']' only ever comes first in a set, where re takes it literally;
    # '^' is escaped by the caller where it would negate.
    if ch in "\\-[&~|":
        return "\\" + ch
    return ch
