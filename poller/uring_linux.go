package poller

import (
	"fmt"
	"sync/atomic"
	"time"

	"github.com/weftrun/weft/ring"
	"golang.org/x/sys/unix"
)

// uring is the io_uring backend. Each submitted operation owns a ring.Op
// (its slot in the ring's table holds the buffers and the *Op itself in
// Value), so the kernel only ever sees slot indices in user_data.
//
// Wait's shape is the point of this backend: it prepares an SQE for every
// operation queued since the last round, then makes one io_uring_enter that
// both submits them and waits, and reaps every CQE present. A round that
// queued more than the SQ holds submits the excess in extra enters.
//
// Wake-ups: a read on an eventfd is kept armed in the ring; Wake writes the
// eventfd only when the owner announced it is about to sleep (sleeping),
// so wakes of a busy poller cost one atomic swap.
type uring struct {
	r    *ring.Ring
	cqes []ring.CQE

	wakeFd    int
	wakeBuf   []byte
	wakeOp    *ring.Op
	wakeArmed bool
	sleeping  atomic.Bool
	woken     atomic.Bool

	backlog      []*Op // prepared nothing yet because the SQ was full
	interrupts   uint64
	wakeWrites   atomic.Uint64
	sockoptCalls uint64
}

// requiredOps are the opcodes the backend uses; a kernel (or sandbox such as
// gVisor) that lacks one gets epoll instead.
var requiredOps = []uint8{ring.OpNop, ring.OpRead, ring.OpWrite, ring.OpRecv, ring.OpSend,
	ring.OpAccept, ring.OpConnect, ring.OpTimeout, ring.OpAsyncCancel, ring.OpPollAdd}

func newURing(opts Options) (*uring, error) {
	entries := uint32(opts.Entries)
	if entries == 0 {
		entries = 1024
	}
	r, err := newRing(ring.Options{Entries: entries, SingleIssuer: opts.LockedThread})
	if err != nil {
		return nil, err
	}
	for _, op := range requiredOps {
		if !r.Supports(op) {
			r.Close()
			return nil, fmt.Errorf("%w: opcode %d", ring.ErrUnsupported, op)
		}
	}
	if r.Features()&(ring.FeatExtArg|ring.FeatNoDrop) != ring.FeatExtArg|ring.FeatNoDrop {
		r.Close()
		return nil, fmt.Errorf("%w: EXT_ARG and NODROP (Linux >= 5.11)", ring.ErrUnsupported)
	}
	fd, err := unix.Eventfd(0, unix.EFD_CLOEXEC)
	if err != nil {
		r.Close()
		return nil, err
	}
	return &uring{r: r, cqes: make([]ring.CQE, 512), wakeFd: fd, wakeBuf: make([]byte, 8)}, nil
}

// newRing is ring.New; tests replace it to simulate a kernel that refuses
// io_uring.
var newRing = ring.New

func (u *uring) submit(p *Poller, op *Op) {
	if len(u.backlog) > 0 || !u.prep(op) {
		u.backlog = append(u.backlog, op)
	}
}

// prep fills an SQE for op; false when the SQ is full.
func (u *uring) prep(op *Op) bool {
	if u.r.SQSpace() == 0 {
		return false
	}
	if op.sys.polling || op.kind == opPollIn || op.kind == opPollOut {
		return u.prepPolled(op)
	}
	rop := u.r.Acquire()
	rop.Value = op
	op.sys.rop = rop
	switch op.kind {
	case opRead:
		u.r.PrepRead(rop, op.fd, op.buf, op.off)
	case opWrite:
		u.r.PrepWrite(rop, op.fd, op.buf, op.off)
	case opRecv:
		u.r.PrepRecv(rop, op.fd, op.buf, 0)
	case opSend:
		u.r.PrepSend(rop, op.fd, op.buf, unix.MSG_NOSIGNAL)
	case opAccept:
		u.r.PrepAccept(rop, op.fd, unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, false, false)
	case opConnect:
		if err := u.r.PrepConnect(rop, op.fd, sockaddrOf(op.addr)); err != nil {
			// Completes at once and reports err (see handle).
			u.r.PrepNop(rop)
			op.sys.prepErr = err
		}
	case opTimeout:
		u.r.PrepTimeout(rop, op.dur, 0, 0)
	}
	return true
}

// prepPolled queues POLL_ADD for op's direction: the second phase of an
// operation that said EAGAIN (or a connect in progress). Its completion
// retries op (or, for connect, reads SO_ERROR).
func (u *uring) prepPolled(op *Op) bool {
	rop := u.r.Acquire()
	rop.Value = op
	op.sys.rop = rop
	ev := uint32(unix.POLLIN)
	if isWriter(op.kind) {
		ev = unix.POLLOUT
	}
	u.r.PrepPollAdd(rop, op.fd, ev)
	return true
}

func (u *uring) cancel(p *Poller, op *Op) {
	if op.sys.rop == nil {
		// Still in the backlog: never reached the kernel.
		for i, b := range u.backlog {
			if b == op {
				u.backlog = append(u.backlog[:i], u.backlog[i+1:]...)
				break
			}
		}
		p.complete(op, 0, ErrCanceled)
		return
	}
	u.ensureSpace()
	c := u.r.Acquire() // Value nil: its own CQE is only released
	u.r.PrepCancel(c, op.sys.rop.UserData())
}

// ensureSpace submits what is prepared when the SQ is full, so one more
// SQE fits. It costs an extra io_uring_enter (counted by the ring).
func (u *uring) ensureSpace() {
	for u.r.SQSpace() == 0 {
		if _, err := u.r.Submit(); err != nil && err != unix.EINTR {
			return
		}
	}
}

func (u *uring) wait(p *Poller, timeout time.Duration) error {
	// Drain the backlog into the SQ, submitting early only if it is full.
	for len(u.backlog) > 0 {
		if u.r.SQSpace() == 0 {
			u.ensureSpace()
		}
		op := u.backlog[0]
		if !u.prep(op) {
			break
		}
		u.backlog[0] = nil
		u.backlog = u.backlog[1:]
	}
	if !u.wakeArmed {
		u.ensureSpace()
		u.wakeOp = u.r.Acquire()
		u.r.PrepRead(u.wakeOp, u.wakeFd, u.wakeBuf, ring.CurrentPos)
		u.wakeArmed = true
	}
	if u.r.CQReady() > 0 || len(u.backlog) > 0 {
		timeout = 0
	}
	if timeout != 0 {
		u.sleeping.Store(true)
		if u.woken.Swap(false) {
			timeout = 0
		}
	}
	var err error
	if timeout == 0 {
		_, err = u.r.SubmitAndWait(0, 0)
	} else {
		_, err = u.r.SubmitAndWait(1, timeout)
	}
	u.sleeping.Store(false)
	u.woken.Store(false)
	switch {
	case err == nil, err == unix.ETIME:
	case err == unix.EINTR:
		u.interrupts++
	case err == unix.EBUSY || err == unix.EAGAIN:
		// Completions are backed up in the kernel's overflow list: reaping
		// below makes room, and the next Wait submits the rest.
	default:
		return err
	}
	u.reap(p)
	return nil
}

func (u *uring) reap(p *Poller) {
	for {
		n := u.r.Reap(u.cqes)
		for _, c := range u.cqes[:n] {
			u.handle(p, c)
		}
		if n < len(u.cqes) {
			return
		}
	}
}

func (u *uring) handle(p *Poller, c ring.CQE) {
	rop := u.r.Lookup(c.UserData)
	if rop == nil {
		return
	}
	if rop == u.wakeOp {
		u.r.Release(rop)
		u.wakeOp, u.wakeArmed = nil, false
		return
	}
	op, _ := rop.Value.(*Op)
	if c.Flags&ring.CQEMore == 0 {
		u.r.Release(rop)
	}
	if op == nil || op.sys.rop != rop {
		return // an async-cancel request's own completion
	}
	op.sys.rop = nil
	res := int(c.Res)
	switch {
	case op.sys.prepErr != nil:
		p.complete(op, 0, op.sys.prepErr)
	case op.sys.polling && res < 0:
		p.complete(op, 0, unix.Errno(-res)) // e.g. ECANCELED while waiting
	case op.kind == opConnect && op.sys.polling:
		// The POLLOUT after an in-progress connect: SO_ERROR has the verdict.
		u.sockoptCalls++
		soerr, err := unix.GetsockoptInt(op.fd, unix.SOL_SOCKET, unix.SO_ERROR)
		if err == nil && soerr != 0 {
			err = unix.Errno(soerr)
		}
		p.complete(op, 0, err)
	case op.kind == opPollIn || op.kind == opPollOut:
		// A readiness wait is its POLL_ADD: the result is the event mask.
		if res < 0 {
			p.complete(op, 0, unix.Errno(-res))
		} else {
			p.complete(op, 0, nil)
		}
	case op.sys.polling && res >= 0:
		// Readiness arrived for an operation that said EAGAIN: issue it
		// again (next round, with the rest of the queue).
		op.sys.polling = false
		u.submit(p, op)
	case res == -int(unix.EAGAIN) || (op.kind == opConnect && (res == -int(unix.EINPROGRESS) || res == -int(unix.EALREADY))):
		// A non-blocking fd whose O_NONBLOCK the kernel honoured: wait for
		// readiness with a poll request, then retry.
		op.sys.polling = true
		u.submit(p, op)
	case res < 0:
		p.complete(op, 0, unix.Errno(-res))
	case op.kind == opConnect:
		p.complete(op, 0, nil)
	default:
		p.complete(op, res, nil)
	}
}

func (u *uring) wake() {
	if u.woken.Swap(true) {
		return
	}
	if u.sleeping.Load() {
		u.wakeWrites.Add(1)
		one := [8]byte{1}
		unix.Write(u.wakeFd, one[:])
	}
}

func (u *uring) forget(fd int) {}

func (u *uring) stats(s *Stats) {
	st := u.r.Stats()
	s.Enters += st.Enters
	s.IOCalls += u.sockoptCalls
	s.Interrupts += u.interrupts
	s.WakeWrites += u.wakeWrites.Load()
}

func (u *uring) close(p *Poller) error {
	for _, op := range u.backlog {
		p.complete(op, 0, ErrClosed)
	}
	u.backlog = nil
	// Collect the ops the kernel still owns; Close cancels them and waits
	// for their completions before unmapping, so their buffers are free of
	// the kernel once it returns.
	var inflight []*Op
	for _, rop := range u.r.LiveOps() {
		if op, ok := rop.Value.(*Op); ok && op.sys.rop == rop {
			inflight = append(inflight, op)
		}
	}
	err := u.r.Close()
	unix.Close(u.wakeFd)
	for _, op := range inflight {
		p.complete(op, 0, ErrClosed)
	}
	return err
}
