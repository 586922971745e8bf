"""Compression compatible with gzip (RFC 1950/1951/1952 streams).

The DEFLATE engine and the checksums are Go (interp/zlibmod, imported as
_zlib). Compressed bytes come from Go's encoder: valid DEFLATE that any
inflater reads, but not byte-for-byte what C zlib writes at the same level.
"""

import _zlib

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"


class error(Exception):
    pass


def _bytes(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def crc32(data, value=0, /):
    """Compute a CRC-32 checksum of data, continuing from value."""
    return _zlib.crc32(_bytes(data), value & 0xFFFFFFFF)


def adler32(data, value=1, /):
    """Compute an Adler-32 checksum of data, continuing from value."""
    return _zlib.adler32(_bytes(data), value & 0xFFFFFFFF)


class _Compress:
    """A compression stream; compress() returns what is ready, flush()
    the rest."""

    def __init__(self, handle):
        self._h = handle

    def compress(self, data, /):
        out = _zlib.compress(self._h, _bytes(data))
        if isinstance(out, str):
            raise error(out)
        return out

    def flush(self, mode=Z_FINISH, /):
        return _zlib.flush(self._h, mode)

    def copy(self):
        raise ValueError("weft's zlib cannot copy a compression stream")


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    if method != DEFLATED or not 1 <= memLevel <= 9:
        raise ValueError("Invalid initialization option")
    h = _zlib.compressor(level, wbits, None if zdict is None else bytes(_bytes(zdict)))
    if isinstance(h, str):
        if h == "Bad compression level":
            raise error(h)
        raise ValueError(h)
    return _Compress(h)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    c = compressobj(level, DEFLATED, wbits)
    return c.compress(data) + c.flush()


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    out, used, eof, msg = _zlib.inflate(bytes(_bytes(data)), wbits, None)
    if msg:
        raise error(msg)
    if not eof:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


class _Decompress:
    """A decompression stream.

    Input is kept until the stream ends and each call inflates it from the
    start, handing back the output not returned before: the Go inflater
    cannot be suspended between calls. That costs time quadratic in the
    number of calls, not wrong output. Output beyond max_length is held
    and returned by the next call or by flush(); unconsumed_tail therefore
    stays empty.
    """

    def __init__(self, wbits, zdict):
        self._wbits = wbits
        self._zdict = zdict
        self._input = b""
        self._given = 0
        self._pending = b""
        self.unused_data = b""
        self.unconsumed_tail = b""
        self.eof = False

    def _run(self, data):
        if self.eof:
            self.unused_data += data
            return
        self._input += data
        out, used, eof, msg = _zlib.inflate(self._input, self._wbits, self._zdict)
        if msg:
            raise error(msg)
        self._pending += out[self._given:]
        self._given = len(out)
        if eof:
            self.eof = True
            self.unused_data = self._input[used:]
            self._input = b""

    def decompress(self, data, /, max_length=0):
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        self._run(bytes(_bytes(data)))
        if max_length and len(self._pending) > max_length:
            out, self._pending = self._pending[:max_length], self._pending[max_length:]
            return out
        out, self._pending = self._pending, b""
        return out

    @property
    def needs_input(self):
        return not self._pending and not self.eof

    def flush(self, length=DEF_BUF_SIZE, /):
        out, self._pending = self._pending, b""
        return out

    def copy(self):
        c = _Decompress(self._wbits, self._zdict)
        c.__dict__.update(self.__dict__)
        return c


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    """Return a decompressor object."""
    return _Decompress(wbits, bytes(_bytes(zdict)) if zdict else None)
