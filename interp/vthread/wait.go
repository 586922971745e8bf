package vthread

import (
	"time"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// Waiter names one wait of one thread: the thread and the wait's sequence
// number. A wait queue holds Waiters; waking a Waiter whose wait already
// ended (it timed out) does nothing and reports false.
type Waiter struct {
	vt  *VThread
	seq uint64
}

// Thread returns the waiting thread.
func (w Waiter) Thread() *VThread { return w.vt }

// wake ends the wait with the blocked call's result (or err, raised at the
// call) and makes the thread runnable. It reports false if the wait had
// already ended: the caller must then give what it meant for this waiter
// (a lock, an item) to another one. Safe from any goroutine.
func (w Waiter) wake(v objects.Value, err error) bool {
	vt := w.vt
	vt.mu.Lock()
	if !vt.waiting || vt.waitSeq != w.seq {
		vt.mu.Unlock()
		return false
	}
	vt.waiting = false
	vt.val, vt.err = v, err
	vt.mu.Unlock()
	vt.task.Ready()
	return true
}

// Wake is wake for code outside the package (modules built on the
// runtime's waits).
func (w Waiter) Wake(v objects.Value, err error) bool { return w.wake(v, err) }

// Park begins a wait of the current thread and returns objects.ErrPark, which
// the calling built-in must return. register is called with the new Waiter
// before any waker can see it, and must put it where the waker finds it
// (a queue under its own lock). timeout < 0 waits forever; otherwise, if no
// waker ends the wait within timeout, cancel is called on the thread's own
// step: it must remove the waiter from its queue and return the blocked
// call's result for a timeout (False for an acquire). what names the wait
// in deadlock reports ("Lock.acquire").
//
// If a cancel scope around the thread is cancelled or past its deadline
// (level-triggered, see scope.go), Park begins no wait and returns the
// scope's Cancelled exception instead, which the built-in raises at the
// blocking call.
func (vt *VThread) Park(what string, timeout time.Duration, register func(Waiter), cancel func() (objects.Value, error)) error {
	vt.mu.Lock()
	if !vt.uncancellable {
		if err := vt.pendingCancelLocked(); err != nil {
			vt.mu.Unlock()
			return err
		}
	}
	vt.shielded = vt.uncancellable
	vt.wakerOnly = register != nil && cancel == nil
	vt.waitSeq++
	w := Waiter{vt: vt, seq: vt.waitSeq}
	vt.waiting = true
	vt.what = what
	vt.cancel = cancel
	now := time.Now()
	vt.ownDeadline = time.Time{}
	if timeout >= 0 {
		vt.ownDeadline = now.Add(timeout)
	}
	// The step wakes at the call's own deadline or at the deadline of a
	// cancel scope in effect, whichever comes first (endWait tells them
	// apart). Scope deadlines are scheduler timers armed here, not
	// goroutine timers, so the deadlock detector sees them.
	vt.deadline = vt.ownDeadline
	if !vt.uncancellable {
		if sd := vt.scopeDeadlineLocked(); !sd.IsZero() && (vt.deadline.IsZero() || sd.Before(vt.deadline)) {
			vt.deadline = sd
		}
	}
	deadline := vt.deadline
	vt.mu.Unlock()
	if register != nil {
		register(w)
	}
	if !deadline.IsZero() {
		tm := vt.task.ReadyAfter(deadline.Sub(now))
		vt.mu.Lock()
		if vt.waiting && vt.waitSeq == w.seq {
			vt.timer = tm
			vt.mu.Unlock()
		} else {
			vt.mu.Unlock()
			tm.Stop()
		}
	}
	return objects.ErrPark
}

// Yield makes the current thread give its carrier to the other runnable
// threads (time.sleep(0)); the calling built-in returns the error, and the
// call's result is None.
func (vt *VThread) Yield() error {
	vt.yielding = true
	return objects.ErrPark
}

// waitQueue is a FIFO of waiters. It has no lock of its own: the object
// that owns it (a lock, a thread's completion) guards it.
type waitQueue struct {
	ws []Waiter
}

func (q *waitQueue) push(w Waiter) { q.ws = append(q.ws, w) }

// pop removes the oldest waiter.
func (q *waitQueue) pop() (Waiter, bool) {
	if len(q.ws) == 0 {
		return Waiter{}, false
	}
	w := q.ws[0]
	q.ws[0] = Waiter{}
	q.ws = q.ws[1:]
	if len(q.ws) == 0 {
		q.ws = nil
	}
	return w, true
}

// remove drops w (a waiter that timed out), if still queued.
func (q *waitQueue) remove(w Waiter) {
	for i, x := range q.ws {
		if x == w {
			copy(q.ws[i:], q.ws[i+1:])
			q.ws[len(q.ws)-1] = Waiter{}
			q.ws = q.ws[:len(q.ws)-1]
			return
		}
	}
}

// takeAll empties the queue and returns its waiters.
func (q *waitQueue) takeAll() []Waiter {
	ws := q.ws
	q.ws = nil
	return ws
}

// timeoutArg converts a Python timeout argument (seconds as int or float;
// None or a negative value when allowNegative means "forever") into a
// duration, < 0 for forever.
func timeoutArg(fname string, v objects.Value, negativeForever bool) (time.Duration, error) {
	if v.IsNil() || v.IsNone() {
		return -1, nil
	}
	f, ok, err := objects.ToFloat(v)
	if err != nil || !ok {
		return 0, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer or float", v.Type().Name)
	}
	if f < 0 {
		if negativeForever && f == -1 {
			return -1, nil
		}
		if negativeForever {
			return 0, objects.Errorf(objects.ValueErrorType, "timeout value must be a non-negative number")
		}
		return 0, nil
	}
	if f > timeoutMax {
		return 0, objects.Errorf(objects.OverflowErrorType, "timeout value is too large")
	}
	return time.Duration(f * float64(time.Second)), nil
}

// timeoutMax is _thread.TIMEOUT_MAX in seconds: what a time.Duration holds.
const timeoutMax = float64(1<<63-1) / float64(time.Second)

// calledDirectly reports whether the eval loop itself is calling the
// running built-in, known by its names (a method has several: acquire,
// __enter__). Only then may the built-in return objects.ErrPark: the loop
// takes it as a park of the call it made. A built-in called by another
// built-in's Go code (list(map(time.sleep, ds))) must wait pinned instead.
func calledDirectly(c objects.Ctx, names ...string) bool {
	th, ok := c.(*vm.Thread)
	if !ok {
		return false
	}
	b := objects.AsBuiltin(th.DirectCallee())
	if b == nil {
		return false
	}
	for _, n := range names {
		if b.Name == n {
			return true
		}
	}
	return false
}

// settle finishes a built-in that may have begun a park (err is
// objects.ErrPark): a direct call returns the park to the eval loop; any
// other call waits here, pinned, and returns the wait's result.
func settle(c objects.Ctx, v objects.Value, err error, direct bool) (objects.Value, error) {
	if err != objects.ErrPark || direct {
		return v, err
	}
	vt := currentOf(c)
	return vt.pinnedWait(vt.th)
}
