package poller

import (
	"fmt"
	"os"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// sendFlags is 0 here: Darwin has no MSG_NOSIGNAL, and the Go runtime
// already turns SIGPIPE on a socket into an EPIPE result.
const sendFlags = 0

// acceptNonblock accepts and makes the new socket non-blocking and
// close-on-exec; without accept4 that takes three calls, made under
// syscall.ForkLock so that no fork sees the descriptor before CLOEXEC.
func acceptNonblock(fd int) (int, error) {
	syscall.ForkLock.RLock()
	nfd, _, err := unix.Accept(fd)
	if err == nil {
		unix.CloseOnExec(nfd)
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return -1, err
	}
	if err := unix.SetNonblock(nfd, true); err != nil {
		unix.Close(nfd)
		return -1, err
	}
	return nfd, nil
}

// kqueue is the macOS readiness notifier: EVFILT_READ and
// EVFILT_WRITE filters with EV_CLEAR (edge-triggered), added together in
// one kevent call per fd, and an EVFILT_USER event for wake-ups.
type kqueue struct {
	kq  int
	raw []unix.Kevent_t
}

const kqueueWakeIdent = 0 // EVFILT_USER idents are their own namespace

func newKqueue() (*kqueue, error) {
	kq, err := unix.Kqueue()
	if err != nil {
		return nil, err
	}
	unix.CloseOnExec(kq)
	var ev [1]unix.Kevent_t
	unix.SetKevent(&ev[0], kqueueWakeIdent, unix.EVFILT_USER, unix.EV_ADD|unix.EV_CLEAR)
	if _, err := unix.Kevent(kq, ev[:], nil, nil); err != nil {
		unix.Close(kq)
		return nil, err
	}
	return &kqueue{kq: kq, raw: make([]unix.Kevent_t, 256)}, nil
}

func (k *kqueue) register(fd int) error {
	var ev [2]unix.Kevent_t
	unix.SetKevent(&ev[0], fd, unix.EVFILT_READ, unix.EV_ADD|unix.EV_CLEAR)
	unix.SetKevent(&ev[1], fd, unix.EVFILT_WRITE, unix.EV_ADD|unix.EV_CLEAR)
	_, err := unix.Kevent(k.kq, ev[:], nil, nil)
	return err
}

func (k *kqueue) deregister(fd int) {
	var ev [2]unix.Kevent_t
	unix.SetKevent(&ev[0], fd, unix.EVFILT_READ, unix.EV_DELETE)
	unix.SetKevent(&ev[1], fd, unix.EVFILT_WRITE, unix.EV_DELETE)
	unix.Kevent(k.kq, ev[:], nil, nil)
}

func (k *kqueue) wait(evs []readyEvent, timeout time.Duration) (int, error) {
	var ts *unix.Timespec
	if timeout >= 0 {
		t := unix.NsecToTimespec(int64(timeout))
		ts = &t
	}
	n, err := unix.Kevent(k.kq, nil, k.raw[:len(evs)], ts)
	if err != nil {
		return 0, err
	}
	for i, ev := range k.raw[:n] {
		if ev.Filter == unix.EVFILT_USER {
			evs[i] = readyEvent{fd: -1}
			continue
		}
		bad := ev.Flags&(unix.EV_EOF|unix.EV_ERROR) != 0
		evs[i] = readyEvent{
			fd:    int(ev.Ident),
			read:  bad || ev.Filter == unix.EVFILT_READ,
			write: bad || ev.Filter == unix.EVFILT_WRITE,
		}
	}
	return n, nil
}

func (k *kqueue) wake() error {
	var ev [1]unix.Kevent_t
	unix.SetKevent(&ev[0], kqueueWakeIdent, unix.EVFILT_USER, 0)
	ev[0].Fflags = unix.NOTE_TRIGGER
	_, err := unix.Kevent(k.kq, ev[:], nil, nil)
	return err
}

func (k *kqueue) close() error { return unix.Close(k.kq) }

// opSys is an operation's backend bookkeeping: the readiness engine's links.
type opSys struct {
	readinessLinks
}

// newBackend returns the kqueue backend, the only one here.
func newBackend(opts Options) (backend, string, error, error) {
	name := opts.Backend
	if name == "" {
		name = os.Getenv("WEFT_POLLER")
	}
	if name != "" && name != "kqueue" {
		return nil, "", nil, fmt.Errorf("poller: unknown backend %q (want kqueue)", name)
	}
	k, err := newKqueue()
	if err != nil {
		return nil, "", nil, fmt.Errorf("poller: kqueue: %w", err)
	}
	return newReadiness(k), "kqueue", nil, nil
}
