// Package poller turns a per-P queue of I/O operations into one system call
// per scheduling round, on every platform weft runs on.
//
// A virtual thread that reads a socket does not block its carrier: it queues
// an operation with a completion callback and parks. When its carrier runs
// out of work it calls [Poller.Wait], which submits everything queued since
// the last round in one system call, sleeps until something completes (or
// [Poller.Wake] is called), and runs the callbacks of what completed — which
// make the parked virtual threads runnable again.
//
// Backends, chosen by [New]:
//
//   - io_uring (Linux, default when usable): completion-based. Every queued
//     operation becomes an SQE; one io_uring_enter per Wait submits them all
//     and reaps every CQE that is ready. The ring and its memory rules are
//     in package ring.
//   - epoll (Linux fallback): readiness-based. An operation first tries its
//     non-blocking system call; on EAGAIN the fd is registered (an EEXIST
//     no-op when it already is), edge-triggered, for both directions, and
//     the operation waits in the fd's FIFO until epoll reports the
//     direction ready.
//   - kqueue (macOS): the same readiness engine with EV_CLEAR filters.
//   - IOCP (Windows): completion-based overlapped I/O on HANDLEs and
//     SOCKETs, reaped with GetQueuedCompletionStatusEx.
//
// Concurrency contract. A Poller belongs to one P. Queuing operations
// (Read, Write, Recv, Send, Accept, Connect, Timeout), Forget, Wait, Stats
// and Close are called by the goroutine that currently holds that P — one
// goroutine at a time, with a happens-before edge between holders (the P
// hand-off provides it). Completion callbacks run on that goroutine inside
// Wait; they may queue further operations, which the next Wait submits.
// Wake, Cancel and Pending may be called from any goroutine at any time: Cancel only
// records the request under a lock and wakes the poller; the holder applies
// it in its next Wait, so a cancelled operation's callback still runs on the
// owner, exactly once, with the cancellation error (or with its real result
// if it completed first).
//
// File descriptors must be non-blocking for the readiness backends (io_uring
// does not care); Accept returns non-blocking, close-on-exec sockets. Cancel
// an fd's pending operations before closing it. Forget releases the
// poller's bookkeeping for an fd (optional: a closed fd's number may be
// reused safely without it).
package poller

import (
	"errors"
	"net/netip"
	"sync"
	"sync/atomic"
	"time"
)

// Callback receives an operation's result: a byte count (or, for Accept, the
// new connection's descriptor) and nil, or a system error such as
// ErrCanceled, ErrTimedOut, or the errno of the failed call.
type Callback func(n int, err error)

type opKind uint8

const (
	opRead opKind = iota
	opWrite
	opRecv
	opSend
	opAccept
	opConnect
	opTimeout
	opPollIn  // readiness only: completes when fd is readable
	opPollOut // readiness only: completes when fd is writable
)

type opState uint8

const (
	opQueued    opState = iota // in Poller.queue, not yet handed to the backend
	opSubmitted                // owned by the backend
	opDone                     // callback ran (or is running)
)

// Op is the handle of one queued operation, used to Cancel it. Its fields
// belong to the Poller's owner goroutine.
type Op struct {
	owner *Poller
	kind  opKind
	state opState
	fd    FD
	buf   []byte
	off   int64 // ReadAt/WriteAt offset; -1 for the current position
	addr  netip.AddrPort
	dur   time.Duration
	cb    Callback

	sys opSys // backend bookkeeping
}

// Options configure [New].
type Options struct {
	// Backend forces a backend by name ("uring", "epoll", "kqueue", "iocp").
	// Empty means the WEFT_POLLER environment variable, and if that is
	// empty too, the best backend the platform offers.
	Backend string
	// Entries sizes the io_uring submission queue (0: 1024). Operations
	// beyond it are submitted in several io_uring_enter calls.
	Entries int
	// LockedThread promises that every Wait comes from the OS thread that
	// called New (the caller holds runtime.LockOSThread). io_uring can then
	// use SINGLE_ISSUER|DEFER_TASKRUN, which the kernel enforces per thread.
	LockedThread bool
}

// Stats counts the system calls a Poller made, so benchmarks can report
// system calls per request.
type Stats struct {
	Waits      uint64 // Wait calls
	Enters     uint64 // io_uring_enter
	PollWaits  uint64 // epoll_wait, kevent, GetQueuedCompletionStatusEx
	Ctls       uint64 // epoll_ctl, kevent registrations, IOCP associations
	IOCalls    uint64 // read, write, recv, send, accept, connect, getsockopt ... made directly
	WakeWrites uint64 // eventfd writes / NOTE_TRIGGER / PostQueuedCompletionStatus by Wake
	Interrupts uint64 // waits cut short by a signal (EINTR)
	Completed  uint64 // callbacks run
}

// Syscalls is the total number of system calls counted in s.
func (s Stats) Syscalls() uint64 {
	return s.Enters + s.PollWaits + s.Ctls + s.IOCalls + s.WakeWrites
}

// Poller is one P's I/O poller. See the package comment for its
// concurrency contract.
type Poller struct {
	b      backend
	name   string
	reason error // why a preferred backend was not used, if one was not

	queue   []*Op        // queued since the last Wait (owner only)
	pending atomic.Int64 // queued or submitted, not completed (written by the owner, read by anyone)
	ran     int          // callbacks run during the current Wait (owner only)
	stats   Stats        // owner-only counters (backends add their own)
	closed  bool

	cancelMu sync.Mutex
	cancels  []*Op // Cancel requests from any goroutine
}

// backend is what each platform mechanism implements. submit and cancel
// hand work to the backend; wait blocks and completes operations through
// Poller.complete. All but wake are called by the owner goroutine.
type backend interface {
	submit(p *Poller, op *Op)
	cancel(p *Poller, op *Op)
	wait(p *Poller, timeout time.Duration) error
	wake()
	forget(fd FD)
	stats(s *Stats)
	close(p *Poller) error
}

// ErrClosed is returned by Wait on a closed Poller and given to the
// callbacks of operations that were pending when it closed.
var ErrClosed = errors.New("poller: closed")

// New creates a Poller with the platform's best backend, or the one
// opts.Backend or WEFT_POLLER names. On Linux, when io_uring cannot be set up
// (EPERM from io_uring_disabled or seccomp, ENOSYS from old kernels or
// sandboxes such as gVisor, EINVAL, a missing opcode or feature), it falls
// back to epoll and records why in FallbackReason.
func New(opts Options) (*Poller, error) {
	p := &Poller{}
	b, name, reason, err := newBackend(opts)
	if err != nil {
		return nil, err
	}
	p.b, p.name, p.reason = b, name, reason
	return p, nil
}

// Backend names the mechanism in use: "uring", "epoll", "kqueue" or "iocp".
func (p *Poller) Backend() string { return p.name }

// FallbackReason is why the platform's preferred backend is not in use
// (nil when it is, or when a backend was forced).
func (p *Poller) FallbackReason() error { return p.reason }

func (p *Poller) enqueue(op *Op) *Op {
	op.owner = p
	if p.closed {
		// The callback still runs exactly once, from the next Wait's
		// caller perspective it is an immediate failure.
		op.state = opDone
		op.cb(0, ErrClosed)
		return op
	}
	op.state = opQueued
	p.queue = append(p.queue, op)
	p.pending.Add(1)
	return op
}

// Read queues read(fd, buf) at the current position (pipes, sockets, files).
func (p *Poller) Read(fd FD, buf []byte, cb Callback) *Op {
	return p.enqueue(&Op{kind: opRead, fd: fd, buf: buf, off: -1, cb: cb})
}

// ReadAt queues a positional read (pread) of a file at off.
func (p *Poller) ReadAt(fd FD, buf []byte, off int64, cb Callback) *Op {
	return p.enqueue(&Op{kind: opRead, fd: fd, buf: buf, off: off, cb: cb})
}

// Write queues write(fd, buf) at the current position. Like write(2) it may
// complete with fewer bytes than len(buf).
func (p *Poller) Write(fd FD, buf []byte, cb Callback) *Op {
	return p.enqueue(&Op{kind: opWrite, fd: fd, buf: buf, off: -1, cb: cb})
}

// WriteAt queues a positional write (pwrite) of a file at off.
func (p *Poller) WriteAt(fd FD, buf []byte, off int64, cb Callback) *Op {
	return p.enqueue(&Op{kind: opWrite, fd: fd, buf: buf, off: off, cb: cb})
}

// Recv queues recv(fd, buf) on a connected socket. A stream socket's EOF
// completes with n == 0 and a nil error.
func (p *Poller) Recv(fd FD, buf []byte, cb Callback) *Op {
	return p.enqueue(&Op{kind: opRecv, fd: fd, buf: buf, cb: cb})
}

// Send queues send(fd, buf) on a connected socket without raising SIGPIPE.
func (p *Poller) Send(fd FD, buf []byte, cb Callback) *Op {
	return p.enqueue(&Op{kind: opSend, fd: fd, buf: buf, cb: cb})
}

// Accept queues accept on a listening socket; n is the new socket.
func (p *Poller) Accept(fd FD, cb Callback) *Op {
	return p.enqueue(&Op{kind: opAccept, fd: fd, cb: cb})
}

// Connect queues connect(fd, addr); n is 0 on success.
func (p *Poller) Connect(fd FD, addr netip.AddrPort, cb Callback) *Op {
	return p.enqueue(&Op{kind: opConnect, fd: fd, addr: addr, cb: cb})
}

// Timeout queues a timer that completes with ErrTimedOut after d (unless it
// is cancelled first). It is how sleeps and deadlines park.
func (p *Poller) Timeout(d time.Duration, cb Callback) *Op {
	if d < 0 {
		d = 0
	}
	return p.enqueue(&Op{kind: opTimeout, dur: d, cb: cb})
}

// PollReadable queues a readiness wait: cb runs with n = 0 when fd has data
// to read (or a peer to accept, or an error or hang-up to report). It is
// for calls the poller does not carry out itself (recvfrom, sendmsg on
// datagram sockets, connect on AF_UNIX, select()): the caller waits for
// readiness and then makes its non-blocking call, waiting again on EAGAIN.
// IOCP has no readiness notification; there the callback gets
// ErrNotSupported.
func (p *Poller) PollReadable(fd FD, cb Callback) *Op {
	return p.enqueue(&Op{kind: opPollIn, fd: fd, cb: cb})
}

// PollWritable is PollReadable for room to write.
func (p *Poller) PollWritable(fd FD, cb Callback) *Op {
	return p.enqueue(&Op{kind: opPollOut, fd: fd, cb: cb})
}

// Cancel asks for op to be cancelled. It may be called from any goroutine;
// the owner applies it in its next Wait, which Cancel wakes. The callback
// then runs once: with ErrCanceled, or with the real result if the operation
// completed first. Cancelling a completed operation does nothing.
func (p *Poller) Cancel(op *Op) {
	if op == nil {
		return
	}
	p.cancelMu.Lock()
	p.cancels = append(p.cancels, op)
	p.cancelMu.Unlock()
	p.b.wake()
}

// Forget drops the poller's registration and bookkeeping for fd (after its
// operations are cancelled or done). It is optional: the readiness backends
// re-register an fd whenever an operation waits on it, so a reused
// descriptor number is never mistaken for the file it replaced.
func (p *Poller) Forget(fd FD) { p.b.forget(fd) }

// Pending is the number of operations queued or in flight. Any goroutine
// may call it (the scheduler's deadlock detector does); from another
// goroutine the answer is a snapshot.
func (p *Poller) Pending() int { return int(p.pending.Load()) }

// Stats returns the system call counters.
func (p *Poller) Stats() Stats {
	s := p.stats
	p.b.stats(&s)
	return s
}

// Wake makes a blocked Wait return, or the next Wait not block if none is
// blocked. Any goroutine may call it; it makes a system call only when the
// owner is asleep in the kernel.
func (p *Poller) Wake() { p.b.wake() }

// Wait submits every queued operation, waits up to timeout (< 0: forever; 0:
// just poll) until at least one completes or Wake is called, and runs the
// callbacks of all completed operations before returning. It returns early
// without completions on Wake, on a signal, or on a spurious readiness
// event; callers loop.
func (p *Poller) Wait(timeout time.Duration) error {
	if p.closed {
		return ErrClosed
	}
	p.stats.Waits++
	p.ran = 0
	p.applyCancels()
	queue := p.queue
	p.queue = p.queue[len(p.queue):]
	for i, op := range queue {
		queue[i] = nil
		if op.state == opQueued {
			op.state = opSubmitted
			p.b.submit(p, op)
		}
	}
	if len(p.queue) == 0 {
		p.queue = queue[:0] // reuse the array
	}
	if p.ran > 0 {
		timeout = 0
	}
	return p.b.wait(p, timeout)
}

func (p *Poller) applyCancels() {
	p.cancelMu.Lock()
	cancels := p.cancels
	p.cancels = nil
	p.cancelMu.Unlock()
	for _, op := range cancels {
		switch op.state {
		case opQueued:
			p.complete(op, 0, ErrCanceled)
		case opSubmitted:
			p.b.cancel(p, op)
		}
	}
}

// complete runs op's callback once. Backends call it from wait (or submit,
// for operations that finish at once).
func (p *Poller) complete(op *Op, n int, err error) {
	if op.state == opDone {
		return
	}
	op.state = opDone
	op.buf = nil
	p.pending.Add(-1)
	p.ran++
	p.stats.Completed++
	op.cb(n, err)
}

// Close releases the backend. Operations still pending complete with
// ErrClosed (io_uring first cancels them in the kernel, so their buffers are
// no longer written).
func (p *Poller) Close() error {
	if p.closed {
		return nil
	}
	p.closed = true
	err := p.b.close(p)
	for _, op := range p.queue {
		p.complete(op, 0, ErrClosed)
	}
	p.queue = nil
	return err
}
