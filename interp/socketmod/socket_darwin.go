package socketmod

// sendNoSignal: macOS has no MSG_NOSIGNAL; the Go runtime already turns a
// SIGPIPE for a descriptor other than stdout/stderr into EPIPE.
const sendNoSignal = 0

// macOS's EAI_NONAME and EAI_SERVICE, the errno of socket.gaierror.
const (
	eaiNoName  = 8
	eaiService = 9
)
