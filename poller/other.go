//go:build !linux && !darwin && !windows

package poller

import (
	"errors"
	"time"
)

// FD is a file descriptor; no backend exists on this system yet.
type FD = int

// Errors callbacks receive for cancellation and timers.
var (
	ErrCanceled     = errors.New("poller: operation canceled")
	ErrTimedOut     = errors.New("poller: timer expired")
	ErrNotSupported = errors.New("poller: not supported")
)

type opSys struct {
	deadline  time.Time
	heapIndex int
}

// newBackend reports that weft has no poller for this system: weft targets
// Linux, macOS and Windows; the BSDs would reuse the kqueue backend once
// their EVFILT_USER support is checked.
func newBackend(Options) (backend, string, error, error) {
	return nil, "", nil, errors.New("poller: no backend for this operating system")
}
