package vthread

// Cancellation of a blocked virtual thread.
//
// Interrupt ends the thread's current wait — whatever parks through
// VThread.Park: a lock, a Condition (and so Event, Semaphore, Queue,
// Barrier), a join, a sleep — with an error that the blocked call raises.
// It is the one primitive under every form of cancellation: cancel scopes
// and thread groups (scope.go), asyncio's Task.cancel, the I/O layer.
//
// # Racing a wake-up
//
// A wait ends exactly once. Interrupt, a waker (Waiter.wake) and the
// wait's own timeout all decide under VThread.mu, by clearing waiting; the
// first one to do so wins and the others see a wait that is over:
//
//   - Interrupt wins: waiting is cleared and interrupted is set. The
//     waiter may still sit in its queue (a lock's FIFO), so the thread's
//     next step runs the wait's cancel function to remove it. A waker that
//     pops it in the meantime gets false from wake and passes what it was
//     giving (the lock) on to the next waiter, exactly as for a waiter
//     that timed out.
//   - A waker wins: Interrupt finds waiting false and returns false; the
//     call returns its normal result. Cancellation that must not be lost
//     is level-triggered instead (a cancelled scope raises again at the
//     next blocking call), so a lost race only moves the exception to the
//     next blocking point.
//
// Interrupt never runs the cancel function itself: it may be called by a
// goroutine holding any lock (even the lock whose queue the waiter is in),
// and cancel takes the queue's lock. Running cancel on the thread's own
// step keeps the lock order one-way.
//
// # Waits that cannot be interrupted
//
// A few waits are clean-up that must complete for the program's
// invariants to hold: Condition.wait re-acquiring its lock after the wait
// (so that the `with cond:` around it releases a lock it holds). Such a
// wait parks with uncancellable set (uncancellably) and Interrupt
// passes it by.

import (
	"github.com/weftrun/weft/interp/objects"
)

// Interrupt ends the thread's current wait, if it has one that may be
// interrupted, with err raised at the blocking call, and reports whether
// it did. If the I/O layer registered a canceller (SetIOCanceller), it is
// called as well, so that I/O that does not park through Park ends too.
// Safe from any goroutine, including one that holds the lock the thread
// waits for.
func (vt *VThread) Interrupt(err error) bool {
	vt.mu.Lock()
	hook := vt.ioCancel
	ended := vt.endWaitLocked(err)
	vt.mu.Unlock()
	if ended {
		vt.task.Ready()
	}
	if hook != nil {
		hook()
	}
	return ended
}

// endWaitLocked ends a wait that may be interrupted with err; vt.mu is
// held. The step removes the waiter from its queue (endWait).
func (vt *VThread) endWaitLocked(err error) bool {
	if !vt.waiting || vt.shielded {
		return false
	}
	vt.waiting = false
	vt.interrupted = true
	vt.val, vt.err = objects.Value{}, err
	return true
}

// SetIOCanceller registers f as the way to end the thread's in-flight I/O
// (a socket or file operation that blocks outside Park, or an io_uring
// operation that must be cancelled with ASYNC_CANCEL) and returns the
// previous one; nil unregisters. Interrupt and the cancellation of a scope
// around the thread call it from their own goroutine; it must not block.
// The I/O call, once woken, should call CheckCancel to raise the pending
// cancellation.
func (vt *VThread) SetIOCanceller(f func()) func() {
	vt.mu.Lock()
	prev := vt.ioCancel
	vt.ioCancel = f
	vt.mu.Unlock()
	return prev
}

// CheckCancel returns the exception a blocking call of the thread must
// raise now because a cancel scope around it is cancelled, or nil. Blocking
// calls that park through Park get this check for free; I/O that blocks
// otherwise calls it before it begins and after it was woken.
func (vt *VThread) CheckCancel() error {
	vt.mu.Lock()
	defer vt.mu.Unlock()
	return vt.pendingCancelLocked()
}

// uncancellably runs f, a call that may park, with the thread's waits
// shielded from Interrupt and cancelled scopes (clean-up that must
// complete, such as Condition.wait re-acquiring its lock). The flag is
// copied into the wait when Park begins it, so a pinned wait that outlives
// f stays shielded.
func (vt *VThread) uncancellably(f func() (objects.Value, error)) (objects.Value, error) {
	if vt == nil {
		return f()
	}
	vt.uncancellable = true
	defer func() { vt.uncancellable = false }()
	return f()
}

// Runtime returns the runtime the thread belongs to.
func (vt *VThread) Runtime() *Runtime { return vt.rt }

// Thread returns the live virtual thread with the given ident, or nil.
func (rt *Runtime) Thread(ident int64) *VThread {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	for _, vt := range rt.threads {
		if vt.Ident == ident {
			return vt
		}
	}
	return nil
}
