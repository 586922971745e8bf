package vthread

import (
	"sync"
	"syscall"
	"time"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/poller"
)

// I/O waits.
//
// A virtual thread that blocks in a socket call must not block its carrier.
// WaitIO queues the operation on the poller of the P the thread runs on and
// parks the thread through the ordinary wait protocol (Park): the
// operation's completion callback, which the P's carrier runs inside
// Poller.Wait when it has nothing else to do, converts the result to a
// Python value and Wakes the waiter. The thread then resumes on a later
// step, usually on the same P.
//
// Timeouts (socket.settimeout) are a second poller operation, a Timeout on
// the same poller, whose callback cancels the I/O operation; the I/O
// callback cancels the timer. Both callbacks run on the P's owner, so
// neither needs a lock against the other, and the I/O callback — which
// runs exactly once, with ErrCanceled or with the real result if the
// operation won the race — is the only place the wait ends. This matters:
// a wait ended by a step-side timeout (Park's own deadline) would return
// while the kernel may still complete the receive into the buffer, losing
// the bytes it consumed.
//
// Cancellation from outside (a cancel scope, interpreter shutdown) goes
// through CancelIO, which cancels the operation in flight the same way; the
// blocked call then raises what the canceller asked for.

// IOStart queues the operations of one wait on p, all with done as their
// callback, and returns their handles (for Cancel). The wait ends with the
// first completion; the other operations are then cancelled and their
// callbacks ignored. A socket call queues one operation; select() queues a
// readiness wait per descriptor.
type IOStart func(p *poller.Poller, done poller.Callback) []*poller.Op

// IOFinish converts the first completed operation's result into the blocked
// call's Python result; err is poller.ErrTimedOut when the wait's timeout
// expired first. It runs on the carrier inside Poller.Wait, or on the
// calling goroutine for a thread that has no scheduler.
type IOFinish func(n int, err error) (objects.Value, error)

// ioWait is one WaitIO in flight: its operations, its timer and why it was
// cancelled. mu orders the callbacks (on the P's owner) against CancelIO
// (from anywhere).
type ioWait struct {
	mu       sync.Mutex
	p        *poller.Poller
	ops      []*poller.Op
	timer    *poller.Op
	timedOut bool
	reason   error // the exception CancelIO asked the call to raise
	finished bool  // the first callback ran
}

// cancel cancels every operation of the wait, recording why.
func (w *ioWait) cancel(reason error, timedOut bool) {
	w.mu.Lock()
	if w.reason == nil && !w.timedOut {
		w.reason, w.timedOut = reason, timedOut
	}
	ops := w.ops
	w.mu.Unlock()
	for _, op := range ops {
		w.p.Cancel(op)
	}
}

// SetIOCanceller records how to cancel the I/O wait the thread is blocked
// in (nil when none). WaitIO sets it for the duration of each wait; cancel
// scopes reach it through CancelIO.
func (vt *VThread) SetIOCanceller(f func(reason error)) {
	vt.mu.Lock()
	vt.ioCancel = f
	vt.mu.Unlock()
}

// CancelIO cancels the I/O wait the thread is blocked in, if any, and
// reports whether there was one. The blocked call raises reason (a Python
// exception; nil means OSError(ECANCELED)), unless an operation completed
// first, in which case the call returns normally. Safe from any goroutine.
func (vt *VThread) CancelIO(reason error) bool {
	vt.mu.Lock()
	f := vt.ioCancel
	vt.mu.Unlock()
	if f == nil {
		return false
	}
	f(reason)
	return true
}

// WaitIO performs one poller wait for the calling built-in and returns its
// result: it parks the virtual thread until the first operation completes
// (returning objects.ErrPark to the eval loop when the eval loop called the
// built-in named name directly, else waiting pinned). timeout < 0 waits
// forever; on expiry the operations are cancelled and finish gets
// poller.ErrTimedOut. what names the wait in deadlock reports. A caller
// that is not a virtual thread (Go code driving the interpreter directly)
// waits on a poller of its own.
func WaitIO(c objects.Ctx, name, what string, timeout time.Duration, start IOStart, finish IOFinish) (objects.Value, error) {
	vt := currentOf(c)
	if vt == nil || vt.task == nil {
		return waitIOAlone(timeout, start, finish)
	}
	p, ok := vt.task.Poller().(*poller.Poller)
	if !ok {
		return waitIOAlone(timeout, start, finish)
	}
	w := &ioWait{p: p}
	register := func(waiter Waiter) {
		done := func(n int, err error) {
			w.mu.Lock()
			if w.finished {
				w.mu.Unlock()
				return // a later operation of a select, cancelled
			}
			timer, timedOut, reason, ops := w.timer, w.timedOut, w.reason, w.ops
			w.ops, w.timer, w.finished = nil, nil, true
			w.mu.Unlock()
			vt.SetIOCanceller(nil)
			if timer != nil {
				p.Cancel(timer)
			}
			for _, op := range ops {
				p.Cancel(op) // no-ops for the one that completed
			}
			var v objects.Value
			switch {
			case (err == poller.ErrCanceled || err == poller.ErrTimedOut) && timedOut:
				v, err = finish(0, poller.ErrTimedOut)
			case err == poller.ErrCanceled && reason != nil:
				err = reason
			default:
				v, err = finish(n, err)
			}
			waiter.Wake(v, err)
		}
		ops := start(p, done)
		w.mu.Lock()
		if w.finished {
			// Completed inside start (a closed poller): nothing to cancel.
			w.mu.Unlock()
			return
		}
		w.ops = ops
		if timeout >= 0 {
			w.timer = p.Timeout(timeout, func(_ int, err error) {
				if err != nil && err != poller.ErrTimedOut {
					return // cancelled: an operation completed first
				}
				w.mu.Lock()
				none := len(w.ops) == 0 && !w.finished
				w.timedOut = w.timedOut || w.reason == nil
				w.mu.Unlock()
				if none {
					done(0, poller.ErrTimedOut) // a pure sleep: select([], [], [], t)
					return
				}
				w.cancel(nil, true)
			})
		}
		w.mu.Unlock()
		vt.SetIOCanceller(func(reason error) {
			if reason == nil {
				reason = objects.NewOSError(int(syscall.ECANCELED), "Operation canceled", "")
			}
			w.cancel(reason, false)
		})
	}
	return settle(c, objects.Value{}, vt.Park(what, -1, register, nil), calledDirectly(c, name))
}

// Blocking runs f, a call that blocks its OS thread with no poller
// operation to wait on (a DNS lookup through the system resolver), after
// announcing it to the scheduler: the P is handed to another carrier for
// the duration, so the other virtual threads keep running.
func Blocking(c objects.Ctx, f func()) {
	if vt := currentOf(c); vt != nil && vt.task != nil {
		vt.task.Blocking(f)
		return
	}
	f()
}

// waitIOAlone is WaitIO for a caller without a scheduler: a private poller,
// waited on by this goroutine.
func waitIOAlone(timeout time.Duration, start IOStart, finish IOFinish) (objects.Value, error) {
	p, err := poller.New(poller.Options{})
	if err != nil {
		return objects.Value{}, objects.Errorf(objects.OSErrorType, "cannot create an I/O poller: %v", err)
	}
	defer p.Close()
	var (
		done bool
		n    int
		ioe  error
	)
	ops := start(p, func(rn int, rerr error) {
		if !done {
			done, n, ioe = true, rn, rerr
		}
	})
	var deadline time.Time
	if timeout >= 0 {
		deadline = time.Now().Add(timeout)
	}
	canceled := false
	if len(ops) == 0 && timeout >= 0 {
		time.Sleep(timeout)
		return finish(0, poller.ErrTimedOut)
	}
	for !done {
		wait := time.Duration(-1)
		if !deadline.IsZero() && !canceled {
			wait = time.Until(deadline)
			if wait <= 0 {
				for _, op := range ops {
					p.Cancel(op)
				}
				canceled = true
				wait = 0
			}
		}
		if err := p.Wait(wait); err != nil {
			return objects.Value{}, objects.Errorf(objects.OSErrorType, "I/O poller: %v", err)
		}
	}
	for _, op := range ops {
		p.Cancel(op) // a select's other waits
	}
	if canceled && ioe == poller.ErrCanceled {
		ioe = poller.ErrTimedOut
	}
	return finish(n, ioe)
}
