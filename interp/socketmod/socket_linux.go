package socketmod

import "golang.org/x/sys/unix"

// sendNoSignal keeps a send on a closed connection from raising SIGPIPE:
// the call fails with EPIPE (BrokenPipeError), as in CPython, which
// ignores SIGPIPE at start-up.
const sendNoSignal = unix.MSG_NOSIGNAL

// glibc's EAI_NONAME and EAI_SERVICE, the errno of socket.gaierror.
const (
	eaiNoName  = -2
	eaiService = -8
)
