package poller

import (
	"fmt"
	"os"
	"strings"
)

// newBackend picks io_uring when it can be set up, epoll otherwise.
//
// io_uring is refused in several ways that all mean "use epoll": the
// kernel.io_uring_disabled sysctl (2: nobody; 1: only a group; setup gives
// EPERM), a seccomp filter (Docker's default profile returns EPERM), kernels
// before 5.1 or sandboxes such as gVisor (ENOSYS), flag combinations an
// older kernel rejects (EINVAL), and kernels whose probe lacks an opcode we
// need. Each is recorded as the fallback reason rather than an error.
func newBackend(opts Options) (backend, string, error, error) {
	name := opts.Backend
	if name == "" {
		name = os.Getenv("WEFT_POLLER")
	}
	switch name {
	case "uring", "io_uring":
		u, err := newURing(opts)
		if err != nil {
			return nil, "", nil, fmt.Errorf("poller: io_uring forced but unavailable: %w", err)
		}
		return u, "uring", nil, nil
	case "epoll":
		e, err := newEpollBackend()
		return e, "epoll", nil, err
	case "":
	default:
		return nil, "", nil, fmt.Errorf("poller: unknown backend %q (want uring or epoll)", name)
	}
	var reason error
	if b, err := os.ReadFile("/proc/sys/kernel/io_uring_disabled"); err == nil && strings.TrimSpace(string(b)) == "2" {
		reason = fmt.Errorf("io_uring disabled by sysctl kernel.io_uring_disabled=2")
	} else if u, err := newURing(opts); err == nil {
		return u, "uring", nil, nil
	} else {
		reason = fmt.Errorf("io_uring set-up failed: %w", err)
	}
	e, err := newEpollBackend()
	return e, "epoll", reason, err
}

func newEpollBackend() (backend, error) {
	n, err := newEpoll()
	if err != nil {
		return nil, fmt.Errorf("poller: epoll: %w", err)
	}
	return newReadiness(n), nil
}
