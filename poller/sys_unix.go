//go:build linux || darwin

package poller

import (
	"net/netip"

	"golang.org/x/sys/unix"
)

// FD is what operations act on: a file descriptor on Unix systems, a HANDLE
// or SOCKET on Windows.
type FD = int

// Errors callbacks receive for cancellation and timers, as the platform's
// own error numbers so that errors.Is against syscall values works.
var (
	ErrCanceled error = unix.ECANCELED
	ErrTimedOut error = unix.ETIME
)

func sockaddrOf(ap netip.AddrPort) unix.Sockaddr {
	addr := ap.Addr()
	if addr.Is4() || addr.Is4In6() {
		return &unix.SockaddrInet4{Port: int(ap.Port()), Addr: addr.Unmap().As4()}
	}
	return &unix.SockaddrInet6{Port: int(ap.Port()), Addr: addr.As16()}
}
