//go:build linux || darwin

package poller

import (
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

// readinessLinks is the per-operation state of the readiness engine: its
// place in its fd's wait list or in the timer heap.
type readinessLinks struct {
	prev, next *Op
	deadline   time.Time
	heapIndex  int
}

// notifier is the kernel readiness mechanism under the engine: epoll or
// kqueue. Registration is edge-triggered for both directions, once per fd.
type notifier interface {
	register(fd int) error
	deregister(fd int)
	// wait fills evs and returns how many; a wake-up event is reported as
	// fd -1. EINTR is returned as is.
	wait(evs []readyEvent, timeout time.Duration) (int, error)
	wake() error
	close() error
}

type readyEvent struct {
	fd          int
	read, write bool
}

// opList is a FIFO of operations waiting for one direction of one fd.
type opList struct{ head, tail *Op }

func (l *opList) empty() bool { return l.head == nil }

func (l *opList) push(op *Op) {
	op.sys.prev, op.sys.next = l.tail, nil
	if l.tail != nil {
		l.tail.sys.next = op
	} else {
		l.head = op
	}
	l.tail = op
}

func (l *opList) remove(op *Op) {
	if op.sys.prev != nil {
		op.sys.prev.sys.next = op.sys.next
	} else {
		l.head = op.sys.next
	}
	if op.sys.next != nil {
		op.sys.next.sys.prev = op.sys.prev
	} else {
		l.tail = op.sys.prev
	}
	op.sys.prev, op.sys.next = nil, nil
}

type fdState struct {
	readers opList // read, recv, accept
	writers opList // write, send, connect
}

// readiness is the engine shared by epoll and kqueue. An operation first
// tries its non-blocking system call at submit (most sends, and reads of
// data that already arrived, finish there); on EAGAIN it joins its fd's
// FIFO for that direction, and the fd is registered with the notifier.
// When the notifier reports a direction ready the FIFO is retried in order
// until a call says EAGAIN again: with edge-triggered registration that is
// the only correct place to stop.
type readiness struct {
	n      notifier
	fds    []*fdState // indexed by fd
	timers timerHeap
	evs    []readyEvent

	sleeping atomic.Bool
	woken    atomic.Bool

	ctls, polls, iocalls, interrupts uint64
	wakeWrites                       atomic.Uint64
}

func newReadiness(n notifier) *readiness {
	return &readiness{n: n, evs: make([]readyEvent, 256)}
}

func (r *readiness) state(fd int) *fdState {
	if fd >= len(r.fds) {
		r.fds = append(r.fds, make([]*fdState, fd+1-len(r.fds)+len(r.fds)/2)...)
	}
	s := r.fds[fd]
	if s == nil {
		s = &fdState{}
		r.fds[fd] = s
	}
	return s
}

func isWriter(k opKind) bool {
	return k == opWrite || k == opSend || k == opConnect || k == opPollOut
}

func (r *readiness) submit(p *Poller, op *Op) {
	if op.kind == opTimeout {
		r.timers.add(op)
		return
	}
	if op.fd < 0 {
		p.complete(op, 0, unix.EBADF)
		return
	}
	// Waiters already queued on this direction keep their turn.
	if op.fd < len(r.fds) && r.fds[op.fd] != nil {
		s := r.fds[op.fd]
		list := &s.readers
		if isWriter(op.kind) {
			list = &s.writers
		}
		if !list.empty() {
			list.push(op)
			return
		}
	}
	if op.kind == opConnect {
		r.iocalls++
		err := unix.Connect(op.fd, sockaddrOf(op.addr))
		if err != unix.EINPROGRESS && err != unix.EINTR {
			p.complete(op, 0, err)
			return
		}
		// The handshake finishes when the socket becomes writable; then
		// SO_ERROR says how it went.
	} else if r.try(p, op) {
		return
	}
	// Only now, with the kernel having accepted fd as an open descriptor
	// (EAGAIN, EINPROGRESS), is it used as an index: a bogus huge number
	// fails with EBADF above instead of growing the table.
	//
	// The fd is (re-)registered on every wait rather than once: tasks move
	// between Ps, so an fd is closed by code that cannot tell every P's
	// poller, and a cached "registered" bit would outlive the close and
	// strand the next file to get that number. Registering an fd that is
	// already in the set is a cheap EEXIST (kqueue: an idempotent EV_ADD).
	s := r.state(op.fd)
	r.ctls++
	if err := r.n.register(op.fd); err != nil {
		p.complete(op, 0, err)
		return
	}
	if isWriter(op.kind) {
		s.writers.push(op)
	} else {
		s.readers.push(op)
	}
}

// try performs op's system call once, retrying EINTR, and completes it
// unless the call said EAGAIN.
func (r *readiness) try(p *Poller, op *Op) bool {
	for {
		r.iocalls++
		var n int
		var err error
		switch op.kind {
		case opRead, opRecv:
			if op.off >= 0 && op.kind == opRead {
				n, err = unix.Pread(op.fd, op.buf, op.off)
			} else {
				n, err = unix.Read(op.fd, op.buf)
			}
		case opWrite:
			if op.off >= 0 {
				n, err = unix.Pwrite(op.fd, op.buf, op.off)
			} else {
				n, err = unix.Write(op.fd, op.buf)
			}
		case opSend:
			n, err = unix.SendmsgN(op.fd, op.buf, nil, nil, sendFlags)
		case opAccept:
			n, err = acceptNonblock(op.fd)
		case opPollIn, opPollOut:
			// The fd may have become ready before it was (re-)registered,
			// when an edge-triggered registration that already exists
			// reports nothing new: ask the kernel directly, without
			// blocking.
			n, err = pollNow(op.fd, op.kind == opPollOut)
		case opConnect:
			var soerr int
			soerr, err = unix.GetsockoptInt(op.fd, unix.SOL_SOCKET, unix.SO_ERROR)
			if err == nil && soerr != 0 {
				err = unix.Errno(soerr)
			}
		}
		switch err {
		case unix.EINTR:
			continue
		case unix.EAGAIN:
			return false
		case nil:
			p.complete(op, max(n, 0), nil)
		default:
			p.complete(op, 0, err)
		}
		return true
	}
}

// retry runs the FIFO until it is empty or a call says EAGAIN.
func (r *readiness) retry(p *Poller, list *opList) {
	for op := list.head; op != nil; op = list.head {
		list.remove(op)
		if !r.try(p, op) {
			// Put it back at the front: it keeps its turn.
			op.sys.next = list.head
			if list.head != nil {
				list.head.sys.prev = op
			} else {
				list.tail = op
			}
			list.head = op
			return
		}
	}
}

func (r *readiness) cancel(p *Poller, op *Op) {
	if op.kind == opTimeout {
		r.timers.remove(op)
	} else if op.fd >= 0 && op.fd < len(r.fds) && r.fds[op.fd] != nil {
		s := r.fds[op.fd]
		if isWriter(op.kind) {
			s.writers.remove(op)
		} else {
			s.readers.remove(op)
		}
	}
	p.complete(op, 0, ErrCanceled)
}

func (r *readiness) wait(p *Poller, timeout time.Duration) error {
	timeout = r.timers.clamp(timeout)
	if timeout != 0 {
		r.sleeping.Store(true)
		if r.woken.Swap(false) {
			timeout = 0
		}
	}
	r.polls++
	n, err := r.n.wait(r.evs, timeout)
	r.sleeping.Store(false)
	r.woken.Store(false)
	if err == unix.EINTR {
		r.interrupts++
		n, err = 0, nil
	}
	if err != nil {
		return err
	}
	for _, ev := range r.evs[:n] {
		if ev.fd < 0 || ev.fd >= len(r.fds) || r.fds[ev.fd] == nil {
			continue
		}
		s := r.fds[ev.fd]
		if ev.read {
			r.retry(p, &s.readers)
		}
		if ev.write {
			r.retry(p, &s.writers)
		}
	}
	r.timers.fire(p)
	return nil
}

func (r *readiness) wake() {
	if r.woken.Swap(true) {
		return
	}
	if r.sleeping.Load() {
		r.wakeWrites.Add(1)
		r.n.wake()
	}
}

func (r *readiness) forget(fd int) {
	if fd >= 0 && fd < len(r.fds) && r.fds[fd] != nil {
		r.ctls++
		r.n.deregister(fd)
		r.fds[fd] = nil
	}
}

func (r *readiness) stats(s *Stats) {
	s.Ctls += r.ctls
	s.PollWaits += r.polls
	s.IOCalls += r.iocalls
	s.Interrupts += r.interrupts
	s.WakeWrites += r.wakeWrites.Load()
}

func (r *readiness) close(p *Poller) error {
	for _, s := range r.fds {
		if s == nil {
			continue
		}
		for _, l := range []*opList{&s.readers, &s.writers} {
			for op := l.head; op != nil; op = l.head {
				l.remove(op)
				p.complete(op, 0, ErrClosed)
			}
		}
	}
	for len(r.timers) > 0 {
		op := r.timers[0]
		r.timers.remove(op)
		p.complete(op, 0, ErrClosed)
	}
	return r.n.close()
}

// pollNow reports, without blocking, whether fd is ready for reading (or
// writing): nil when it is (an error or hang-up counts as ready: the next
// call reports it), EAGAIN when not.
func pollNow(fd int, write bool) (int, error) {
	ev := int16(unix.POLLIN)
	if write {
		ev = unix.POLLOUT
	}
	fds := []unix.PollFd{{Fd: int32(fd), Events: ev}}
	n, err := unix.Poll(fds, 0)
	if err != nil {
		return 0, err
	}
	if n == 0 || fds[0].Revents == 0 {
		return 0, unix.EAGAIN
	}
	if fds[0].Revents&unix.POLLNVAL != 0 {
		return 0, unix.EBADF
	}
	return 0, nil
}
