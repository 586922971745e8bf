package poller

import (
	"errors"
	"net/netip"
	"sync/atomic"
	"time"

	"github.com/weftrun/weft/sched"
)

// NewForScheduler is a sched.Options.NewPoller: every P (and every platform
// task, p = -1) gets its own Poller with the platform's best backend, or the
// one WEFT_POLLER names. The goroutine serving a P changes when the
// scheduler hands the P off, so the io_uring single-issuer mode, which the
// kernel ties to one thread, is not requested.
func NewForScheduler(p int) (sched.Poller, error) { return New(Options{}) }

// NewForSchedulerWith is NewForScheduler with explicit options (to force a
// backend in tests and benchmarks).
func NewForSchedulerWith(opts Options) func(p int) (sched.Poller, error) {
	opts.LockedThread = false
	return func(int) (sched.Poller, error) { return New(opts) }
}

// ErrNoPoller is the result of a TaskIO operation started by a task whose
// scheduler was not given NewForScheduler (or has shut down).
var ErrNoPoller = errors.New("poller: the task's scheduler has no I/O poller")

// TaskIO is blocking I/O for a sched task, written the way a stackless
// virtual thread blocks: the step starts an operation and returns the
// Status the call gives it (sched.Parked); the completion callback, run by
// the P's carrier inside Poller.Wait, records the result and Readies the
// task; its next step reads the result with Result.
//
//	case recvState:
//		return c.io.Recv(t, c.fd, c.buf)          // parks
//	case recvDoneState:
//		n, err, ok := c.io.Result()
//		if !ok { return sched.Parked }            // woken for another reason
//
// A TaskIO carries one operation at a time and is reused across them; it
// belongs to one task. Cancel may be called from anywhere. The operation is
// queued on the poller of the P the task runs on (Task.Poller), so its
// completion wakes the task there.
type TaskIO struct {
	task  *sched.Task
	cb    Callback
	cur   atomic.Pointer[Op] // the operation in flight, for Cancel
	ready atomic.Bool        // a result is waiting for Result
	n     int
	err   error
}

func (io *TaskIO) start(t *sched.Task, queue func(p *Poller, cb Callback) *Op) sched.Status {
	if io.cb == nil {
		io.cb = io.complete
	}
	p, ok := t.Poller().(*Poller)
	if !ok {
		io.n, io.err = 0, ErrNoPoller
		io.ready.Store(true)
		return sched.Yielded
	}
	io.task = t
	io.ready.Store(false)
	io.cur.Store(queue(p, io.cb))
	return sched.Parked
}

func (io *TaskIO) complete(n int, err error) {
	io.n, io.err = n, err
	io.cur.Store(nil)
	io.ready.Store(true)
	io.task.Ready()
}

// Result returns the finished operation's result; ok is false while it is
// still in flight (the task was woken for something else and should park
// again).
func (io *TaskIO) Result() (n int, err error, ok bool) {
	if !io.ready.Swap(false) {
		return 0, nil, false
	}
	return io.n, io.err, true
}

// Cancel cancels the operation in flight, if any: the task wakes with
// ErrCanceled (or the real result, if it won the race). Safe from any
// goroutine or task, which is how cancel scopes and timeouts reach a
// virtual thread blocked in I/O.
func (io *TaskIO) Cancel() {
	if op := io.cur.Load(); op != nil {
		op.owner.Cancel(op)
	}
}

// Read starts Poller.Read for t and returns the Status for t's step.
func (io *TaskIO) Read(t *sched.Task, fd FD, buf []byte) sched.Status {
	return io.start(t, func(p *Poller, cb Callback) *Op { return p.Read(fd, buf, cb) })
}

// Write starts Poller.Write for t.
func (io *TaskIO) Write(t *sched.Task, fd FD, buf []byte) sched.Status {
	return io.start(t, func(p *Poller, cb Callback) *Op { return p.Write(fd, buf, cb) })
}

// Recv starts Poller.Recv for t.
func (io *TaskIO) Recv(t *sched.Task, fd FD, buf []byte) sched.Status {
	return io.start(t, func(p *Poller, cb Callback) *Op { return p.Recv(fd, buf, cb) })
}

// Send starts Poller.Send for t.
func (io *TaskIO) Send(t *sched.Task, fd FD, buf []byte) sched.Status {
	return io.start(t, func(p *Poller, cb Callback) *Op { return p.Send(fd, buf, cb) })
}

// Accept starts Poller.Accept for t; the result n is the new connection.
func (io *TaskIO) Accept(t *sched.Task, fd FD) sched.Status {
	return io.start(t, func(p *Poller, cb Callback) *Op { return p.Accept(fd, cb) })
}

// Connect starts Poller.Connect for t.
func (io *TaskIO) Connect(t *sched.Task, fd FD, addr netip.AddrPort) sched.Status {
	return io.start(t, func(p *Poller, cb Callback) *Op { return p.Connect(fd, addr, cb) })
}

// Timeout starts Poller.Timeout for t: a sleep that Cancel can cut short.
func (io *TaskIO) Timeout(t *sched.Task, d time.Duration) sched.Status {
	return io.start(t, func(p *Poller, cb Callback) *Op { return p.Timeout(d, cb) })
}
