"""Keywords of the Python language, as weft's parser knows them.

kwlist holds the hard keywords, softkwlist the soft keywords (names that are
keywords only in some positions, such as 'match')."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

_hard = frozenset(kwlist)
_soft = frozenset(softkwlist)


def iskeyword(s):
    """Return True if s is a hard keyword of the language."""
    return s in _hard


def issoftkeyword(s):
    """Return True if s is a soft keyword (keyword only in some contexts)."""
    return s in _soft
