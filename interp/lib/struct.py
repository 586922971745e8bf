"""Conversion between Python values and C structs packed as bytes.

The format parser, packer and unpacker are Go (interp/structmod, imported
as _struct); this module adds the Struct class and iter_unpack.
"""

import _struct
from _struct import calcsize, pack, pack_into, unpack, unpack_from

error = _struct.error_type()

__all__ = [
    "calcsize", "pack", "pack_into", "unpack", "unpack_from",
    "iter_unpack", "Struct", "error",
]


def iter_unpack(format, buffer):
    """Return an iterator over the records of format in buffer, whose size
    must be a multiple of calcsize(format)."""
    return Struct(format).iter_unpack(buffer)


class Struct:
    """A compiled struct format: Struct(fmt).pack(...) is pack(fmt, ...)."""

    __slots__ = ("format", "size")

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("ascii")
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                            % type(format).__name__)
        self.size = _struct.calcsize(format)
        self.format = format

    def pack(self, *values):
        """Return the bytes of values packed by this format."""
        return _struct.pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        """Pack values into the writable buffer at offset."""
        _struct.pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        """Return the tuple of values in buffer (exactly self.size bytes)."""
        return _struct.unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        """Return the tuple of values in buffer at offset."""
        return _struct.unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        """Return an iterator over the records in buffer."""
        size = self.size
        if size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        n = len(buffer)
        if n % size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
        return self._iter(buffer, n)

    def _iter(self, buffer, n):
        fmt = self.format
        for off in range(0, n, self.size):
            yield _struct.unpack_from(fmt, buffer, off)


Struct.__module__ = "struct"
