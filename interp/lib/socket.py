"""weft's socket module: the socket class over the fd-level _socket module.

Every descriptor is non-blocking at the OS level; a socket in blocking mode
or with a timeout waits by parking its virtual thread on the poller of its
carrier's P (see interp/socketmod), so thousands of threads blocked in recv
occupy no carrier. The timeout of a blocking call is passed down with it.
"""

import _socket
from _socket import *

error = OSError
timeout = TimeoutError
herror = OSError


class gaierror(OSError):
    pass


_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(t):
    global _default_timeout
    _default_timeout = None if t is None else float(t)


def _monotonic():
    import time
    return time.monotonic()


class socket:
    """A network socket (CPython's socket.socket surface)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        if fileno is None:
            fileno = _socket.socket(family, type, proto)
        self._fd = fileno
        self.family = family
        self.type = type
        self.proto = proto
        self._timeout = _default_timeout
        self._io_refs = 0
        self._closed = False

    def __repr__(self):
        s = "<socket.socket fd=%d, family=%d, type=%d, proto=%d" % (self._fd, self.family, self.type, self.proto)
        return s + ">"

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _check(self):
        if self._fd < 0:
            raise OSError(9, "Bad file descriptor")
        return self._fd

    def fileno(self):
        return self._fd

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _real_close(self):
        if self._fd >= 0:
            fd, self._fd = self._fd, -1
            _socket.close(fd)

    def detach(self):
        fd, self._fd = self._fd, -1
        return fd

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    # Timeouts.
    def settimeout(self, value):
        if value is not None:
            value = float(value)
            if value < 0:
                raise ValueError("Timeout value out of range")
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    # Connections.
    def bind(self, address):
        _socket.bind(self._check(), self.family, address)

    def listen(self, backlog=128):
        _socket.listen(self._check(), backlog)

    def _accept(self):
        return _socket.accept(self._check(), self._timeout)

    def accept(self):
        fd, addr = self._accept()
        # As in CPython, the new socket takes the default timeout, not the
        # listening socket's.
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        return sock, addr

    def connect(self, address):
        fd = self._check()
        if self.family == AF_UNIX:
            while True:
                try:
                    return _socket.connect(fd, self.family, address, self._timeout)
                except BlockingIOError:
                    if self._timeout == 0.0:
                        raise
                    _socket.wait(fd, True, self._timeout)
        _socket.connect(fd, self.family, address, self._timeout)

    def connect_ex(self, address):
        try:
            self.connect(address)
        except OSError as e:
            if e.errno is None:
                raise
            return e.errno
        return 0

    def shutdown(self, how):
        _socket.shutdown(self._check(), how)

    # Data.
    def recv(self, bufsize, flags=0):
        fd = self._check()
        if flags == 0:
            return _socket.recv(fd, bufsize, 0, self._timeout)
        return self._retry(False, _socket.recv, fd, bufsize, flags, 0.0)

    def recv_into(self, buffer, nbytes=0, flags=0):
        if nbytes <= 0:
            nbytes = len(buffer)
        data = self.recv(nbytes, flags)
        n = len(data)
        buffer[:n] = data
        return n

    def send(self, data, flags=0):
        fd = self._check()
        if flags == 0:
            return _socket.send(fd, data, 0, self._timeout)
        return self._retry(True, _socket.send, fd, data, flags, 0.0)

    def sendall(self, data, flags=0):
        data = bytes(data)
        total = len(data)
        sent = 0
        while sent < total:
            sent += self.send(data[sent:] if sent else data, flags)
        return None

    def _retry(self, write, call, *args):
        # A call the poller does not carry out itself: non-blocking
        # attempts, parked on readiness in between, within the timeout.
        fd = self._fd
        t = self._timeout
        deadline = None if t is None else _monotonic() + t
        while True:
            try:
                return call(*args)
            except BlockingIOError:
                if t == 0.0:
                    raise
                left = None
                if deadline is not None:
                    left = deadline - _monotonic()
                    if left <= 0:
                        raise TimeoutError("timed out")
                _socket.wait(fd, write, left)

    def recvfrom(self, bufsize, flags=0):
        return self._retry(False, _socket.recvfrom_nb, self._check(), bufsize, flags)

    def sendto(self, data, flags_or_addr, addr=None):
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = flags_or_addr
        return self._retry(True, _socket.sendto_nb, self._check(), data, flags, self.family, addr)

    # Options and names.
    def setsockopt(self, level, optname, value, optlen=None):
        _socket.setsockopt(self._check(), level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        if buflen is None:
            return _socket.getsockopt(self._check(), level, optname)
        return _socket.getsockopt(self._check(), level, optname, buflen)

    def getsockname(self):
        return _socket.getsockname(self._check())

    def getpeername(self):
        return _socket.getpeername(self._check())

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        for c in mode:
            if c not in {"r", "w", "b"}:
                raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        self._io_refs += 1
        return SocketFile(self, mode, encoding or "utf-8", errors or "strict")


class SocketFile:
    """What socket.makefile() returns: buffered line-oriented reads and
    writes over the socket (text unless the mode has "b")."""

    def __init__(self, sock, mode, encoding, errors):
        self._sock = sock
        self.mode = mode
        self._binary = "b" in mode
        self._encoding = encoding
        self._errors = errors
        self._buf = b""
        self._eof = False
        self.closed = False

    def _fill(self):
        data = self._sock.recv(65536)
        if not data:
            self._eof = True
        self._buf += data

    def _out(self, b):
        return b if self._binary else b.decode(self._encoding, self._errors)

    def readline(self, size=-1):
        while b"\n" not in self._buf and not self._eof and (size < 0 or len(self._buf) < size):
            self._fill()
        i = self._buf.find(b"\n")
        n = len(self._buf) if i < 0 else i + 1
        if size >= 0:
            n = min(n, size)
        line, self._buf = self._buf[:n], self._buf[n:]
        return self._out(line)

    def read(self, size=-1):
        if size is None or size < 0:
            while not self._eof:
                self._fill()
            data, self._buf = self._buf, b""
            return self._out(data)
        while len(self._buf) < size and not self._eof:
            self._fill()
        data, self._buf = self._buf[:size], self._buf[size:]
        return self._out(data)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self):
        return list(self)

    def write(self, data):
        b = data if self._binary else data.encode(self._encoding, self._errors)
        self._sock.sendall(b)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def fromfd(fd, family, type, proto=0):
    import os
    return socket(family, type, proto, os.dup(fd))


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    try:
        return _socket.getaddrinfo(host, port, family, type, proto, flags)
    except OSError as e:
        if isinstance(e, (TimeoutError, PermissionError)):
            raise
        raise gaierror(e.errno, e.strerror) from None


def gethostbyname(name):
    try:
        return _socket.gethostbyname(name)
    except OSError as e:
        raise gaierror(e.errno, e.strerror) from None


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    host, port = address
    errors = []
    for family, type_, proto, _, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, type_, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            return sock
        except OSError as e:
            errors.append(e)
            if sock is not None:
                sock.close()
    if not errors:
        raise OSError("getaddrinfo returns an empty list")
    raise errors[0]


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


SocketType = socket
