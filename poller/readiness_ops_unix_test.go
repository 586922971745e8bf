//go:build linux || darwin

package poller

import (
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestPollReadableWritable checks the readiness waits on every backend: a
// PollReadable on an empty socket stays pending until the peer writes, one
// on a socket that already has data completes in the first round (also when
// the fd was registered before, which an edge-triggered backend would not
// report again), PollWritable completes at once on an empty send buffer,
// and Cancel ends a pending wait with ErrCanceled.
func TestPollReadableWritable(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		p := newPoller(t, backend)
		fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer unix.Close(fds[0])
		defer unix.Close(fds[1])
		unix.SetNonblock(fds[0], true)
		unix.SetNonblock(fds[1], true)

		var rd result
		p.PollReadable(fds[0], rd.cb())
		if err := p.Wait(30 * time.Millisecond); err != nil {
			t.Fatal(err)
		}
		if rd.done {
			t.Fatalf("PollReadable on an empty socket completed: %v", rd.err)
		}
		unix.Write(fds[1], []byte("x"))
		until(t, p, func() bool { return rd.done })
		if rd.err != nil {
			t.Fatalf("PollReadable: %v", rd.err)
		}

		// Still readable (nothing was read): a second wait completes
		// without a new edge.
		var again result
		p.PollReadable(fds[0], again.cb())
		until(t, p, func() bool { return again.done })
		if again.err != nil {
			t.Fatalf("second PollReadable: %v", again.err)
		}

		var wr result
		p.PollWritable(fds[1], wr.cb())
		until(t, p, func() bool { return wr.done })
		if wr.err != nil {
			t.Fatalf("PollWritable: %v", wr.err)
		}

		var buf [8]byte
		unix.Read(fds[0], buf[:])
		var canceled result
		op := p.PollReadable(fds[0], canceled.cb())
		p.Wait(0)
		p.Cancel(op)
		until(t, p, func() bool { return canceled.done })
		if canceled.err != ErrCanceled {
			t.Fatalf("cancelled PollReadable: got %v, want ErrCanceled", canceled.err)
		}
	})
}
