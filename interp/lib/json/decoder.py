"""Implementation of JSONDecoder (the parser is Go: interp/jsonmod)."""

import _json

__all__ = ["JSONDecoder", "JSONDecodeError"]


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of a syntax error.

    msg: the unformatted message; doc: the document being parsed; pos:
    the index in doc where parsing failed; lineno, colno: the line and
    column of pos.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class JSONDecoder:
    """Simple JSON decoder (https://json.org), as CPython's.

    object_hook is called with every decoded object (a dict) and its
    result is used instead; object_pairs_hook, if given, is called with
    the ordered list of (key, value) pairs instead and takes priority.
    parse_float, parse_int and parse_constant are called with the text of
    every float, int and NaN/Infinity/-Infinity. strict=False allows
    control characters inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of the JSON document s."""
        n = len(s)
        i = 0
        while i < n and s[i] in " \t\n\r":
            i += 1
        obj, end = self.raw_decode(s, i)
        while end < n and s[end] in " \t\n\r":
            end += 1
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON value from s starting at idx.

        Returns (value, index just past it); trailing data is allowed.
        """
        pf = self.parse_float
        pi = self.parse_int
        res = _json.decode(s, idx, self.object_hook, self.object_pairs_hook,
                           None if pf is float else pf,
                           None if pi is int else pi,
                           self.parse_constant, self.strict)
        if len(res) == 3:
            raise JSONDecodeError(res[1], s, res[2])
        return res
