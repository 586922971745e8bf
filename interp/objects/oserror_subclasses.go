package objects

import "syscall"

// The OSError subclasses that sockets and processes raise, with the errno
// values that select them (CPython's PEP 3151 hierarchy). They are made
// here, after initOSError has given OSError its constructor, so that they
// share it: OSError(errno.ECONNREFUSED, ...) is a ConnectionRefusedError.
var (
	BlockingIOErrorType, ChildProcessErrorType, ProcessLookupErrorType               *Type
	ConnectionAbortedErrorType, ConnectionRefusedErrorType, ConnectionResetErrorType *Type
)

func init() {
	E := func(name string, base *Type) *Type {
		t := newExcType(name, base)
		t.New, t.Init, t.Str = OSErrorType.New, OSErrorType.Init, OSErrorType.Str
		return t
	}
	BlockingIOErrorType = E("BlockingIOError", OSErrorType)
	ChildProcessErrorType = E("ChildProcessError", OSErrorType)
	ProcessLookupErrorType = E("ProcessLookupError", OSErrorType)
	ConnectionAbortedErrorType = E("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType = E("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType = E("ConnectionResetError", ConnectionErrorType)
	for errno, t := range map[syscall.Errno]*Type{
		syscall.EAGAIN:       BlockingIOErrorType,
		syscall.EALREADY:     BlockingIOErrorType,
		syscall.EINPROGRESS:  BlockingIOErrorType,
		syscall.ECHILD:       ChildProcessErrorType,
		syscall.ESRCH:        ProcessLookupErrorType,
		syscall.ECONNABORTED: ConnectionAbortedErrorType,
		syscall.ECONNREFUSED: ConnectionRefusedErrorType,
		syscall.ECONNRESET:   ConnectionResetErrorType,
		syscall.ESHUTDOWN:    BrokenPipeErrorType,
		syscall.ETIMEDOUT:    TimeoutErrorType,
	} {
		errnoSubclasses[int64(errno)] = t
	}
}
