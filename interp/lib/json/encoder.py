"""Implementation of JSONEncoder (the encoder is Go: interp/jsonmod)."""

import _json

__all__ = ["JSONEncoder"]


def py_encode_basestring(s):
    """Return a JSON representation of a Python string."""
    return _json.encode_basestring(s)


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    return _json.encode_basestring_ascii(s)


encode_basestring = c_encode_basestring = py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON encoder for Python data structures, as CPython's.

    Encodes dict, list, tuple, str, int, float, True, False and None (and
    their subclasses); override default() to return an encodable object
    for anything else, or raise TypeError.
    """

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """Return the JSON string of o."""
        return self._encode(o)

    def iterencode(self, o, _one_shot=False):
        """Encode o and yield its JSON text in pieces (here: one)."""
        yield self._encode(o)

    def _encode(self, o):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        return _json.encode(o, indent, self.item_separator, self.key_separator,
                            self.sort_keys, self.skipkeys, self.ensure_ascii,
                            self.allow_nan, self.check_circular, self.default)
