# errno names and errorcode, and the OSError subclasses errno selects.
import errno

for name in ["EPERM", "ENOENT", "EINTR", "EBADF", "EAGAIN", "EACCES", "EEXIST", "ENOTDIR", "EISDIR",
             "EINVAL", "EPIPE", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EINPROGRESS", "EWOULDBLOCK"]:
    n = getattr(errno, name)
    print(name, errno.errorcode[n] if name != "EWOULDBLOCK" else errno.errorcode[n] in ("EAGAIN", "EWOULDBLOCK"), n == errno.EAGAIN)
print(errno.EWOULDBLOCK == errno.EAGAIN, all(errno.errorcode[getattr(errno, k)] for k in dir(errno) if k.startswith("E") and k != "errorcode"))
for n in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.EINTR,
          errno.EPIPE, errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.ETIMEDOUT,
          errno.EAGAIN, errno.EINPROGRESS, errno.ECHILD, errno.ESRCH, errno.EINVAL]:
    e = OSError(n, "message", "file.txt")
    print(errno.errorcode[n], type(e).__name__, e.errno == n, str(e).endswith("message: 'file.txt'"))
print(issubclass(ConnectionRefusedError, ConnectionError), issubclass(BlockingIOError, OSError), issubclass(TimeoutError, OSError))
print(ConnectionResetError.__mro__[1].__name__, ChildProcessError.__mro__[1].__name__)
try:
    raise ProcessLookupError(errno.ESRCH, "No such process")
except OSError as e:
    print(repr(e.args[1]), e.errno == errno.ESRCH)
