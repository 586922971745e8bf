"""Reading and writing gzip files (RFC 1952), written for weft on zlib.

A GzipFile being read decompresses the whole file when it is first read
(weft's inflater cannot be suspended mid-stream, see zlib.decompressobj),
so memory use is the uncompressed size; writing streams.
"""

import io
import os
import struct
import time
import zlib

_builtin_open = open  # this module's open() shadows it below

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = "rb", "wb"
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _header(level, mtime, fname=b""):
    xfl = 2 if level == _COMPRESS_LEVEL_BEST else 4 if level == _COMPRESS_LEVEL_FAST else 0
    if mtime is None:
        mtime = time.time()
    flags = FNAME if fname else 0
    out = b"\x1f\x8b\x08" + bytes((flags,)) + struct.pack("<L", int(mtime) & 0xFFFFFFFF)
    out += bytes((xfl, 255))
    if fname:
        out += fname + b"\0"
    return out


def _skip_header(data, pos):
    """Return where the DEFLATE data of the member at data[pos:] starts."""
    magic = data[pos:pos + 2]
    if magic != b"\x1f\x8b":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    if len(data) - pos < 10:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
    method, flag = data[pos + 2], data[pos + 3]
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    pos += 10
    if flag & FEXTRA:
        (extra_len,) = struct.unpack("<H", data[pos:pos + 2])
        pos += 2 + extra_len
    for bit in (FNAME, FCOMMENT):
        if flag & bit:
            end = data.find(b"\0", pos)
            if end < 0:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            pos = end + 1
    if flag & FHCRC:
        pos += 2
    return pos


def decompress(data):
    """Decompress a gzip compressed string in one shot; concatenated
    members decompress to the concatenation of their contents."""
    data = bytes(data)
    out = []
    pos = 0
    while pos < len(data):
        start = _skip_header(data, pos)
        d = zlib.decompressobj(-zlib.MAX_WBITS)
        chunk = d.decompress(data[start:]) + d.flush()
        if not d.eof:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        trailer = d.unused_data
        if len(trailer) < 8:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        crc, isize = struct.unpack("<LL", trailer[:8])
        if crc != zlib.crc32(chunk):
            raise BadGzipFile("CRC check failed")
        if isize != len(chunk) & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        out.append(chunk)
        pos = len(data) - len(trailer) + 8
        while pos < len(data) and data[pos] == 0:  # padding between members
            pos += 1
    return b"".join(out)


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip file's bytes."""
    c = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS)
    body = c.compress(data) + c.flush()
    return (_header(compresslevel, mtime) + body +
            struct.pack("<LL", zlib.crc32(data), len(data) & 0xFFFFFFFF))


class GzipFile:
    """A file object that reads or writes gzip data on filename or
    fileobj."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = _builtin_open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        self.name = filename
        self.fileobj = fileobj
        if mode.startswith("r"):
            self.mode = READ
            self._data = None
            self._pos = 0
        elif mode.startswith(("w", "a", "x")):
            if not 0 <= compresslevel <= 9 and compresslevel != -1:
                raise ValueError("Invalid compression level: %r" % compresslevel)
            self.mode = WRITE
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS)
            self._crc = zlib.crc32(b"")
            self._size = 0
            fname = os.path.basename(filename)
            if isinstance(fname, str):
                fname = fname.encode("latin-1", "replace")
            if fname.endswith(b".gz"):
                fname = fname[:-3]
            fileobj.write(_header(compresslevel, mtime, fname))
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

    @property
    def closed(self):
        return self.fileobj is None

    def _check(self, mode):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")
        if self.mode != mode:
            import errno
            what = "read() on write-only" if mode == READ else "write() on read-only"
            raise OSError(errno.EBADF, what + " GzipFile object")

    def write(self, data):
        self._check(WRITE)
        if isinstance(data, str):
            raise TypeError("memoryview: a bytes-like object is required, not 'str'")
        data = bytes(data)
        if data:
            self.fileobj.write(self._compress.compress(data))
            self._crc = zlib.crc32(data, self._crc)
            self._size += len(data)
        return len(data)

    def _load(self):
        if self._data is None:
            self._data = decompress(self.fileobj.read())
        return self._data

    def read(self, size=-1):
        self._check(READ)
        data = self._load()
        end = len(data) if size is None or size < 0 else min(len(data), self._pos + size)
        out = data[self._pos:end]
        self._pos = end
        return out

    read1 = read

    def peek(self, n):
        self._check(READ)
        return self._load()[self._pos:self._pos + max(n, 1)]

    def readline(self, size=-1):
        self._check(READ)
        data = self._load()
        end = data.find(b"\n", self._pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = data[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def tell(self):
        return self._pos if self.mode == READ else self._size

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode != READ:
            raise OSError("Seek is only supported in read mode")
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: len(self._load())}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return self.mode == READ

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        if self.mode == WRITE and self.fileobj is not None:
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                fileobj.write(self._compress.flush())
                fileobj.write(struct.pack("<LL", self._crc, self._size & 0xFFFFFFFF))
        finally:
            self.fileobj = None
            if self.myfileobj is not None:
                self.myfileobj.close()
                self.myfileobj = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return "<gzip %r>" % self.name


class _TextWriter:
    """Text-mode writing on a GzipFile: str is encoded on the way in."""

    def __init__(self, binary, encoding, errors, newline):
        self._binary = binary
        self._encoding = encoding or "utf-8"
        self._errors = errors or "strict"
        self._newline = newline

    def write(self, s):
        if self._newline not in (None, "", "\n"):
            s = s.replace("\n", self._newline)
        self._binary.write(s.encode(self._encoding, self._errors))
        return len(s)

    def close(self):
        self._binary.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode; filename is a
    path or a file object."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" not in mode:
        return binary
    if binary.mode == WRITE:
        return _TextWriter(binary, encoding, errors, newline)
    with binary:
        text = binary.read().decode(encoding or "utf-8", errors or "strict")
    if newline is None:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return io.StringIO(text)
