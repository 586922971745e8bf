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
// it did. A wait that only its waker may end (an I/O wait, see
// endWaitLocked) is handed to the I/O layer's canceller instead
// (SetIOCanceller, in io.go): the operation is cancelled and its
// completion ends the wait with err, or with its result if it completed
// first; Interrupt then reports true. Safe from any goroutine, including
// one that holds the lock the thread waits for.
func (vt *VThread) Interrupt(err error) bool {
	vt.mu.Lock()
	hook := vt.ioCancel
	ended := vt.endWaitLocked(err)
	vt.mu.Unlock()
	if ended {
		vt.task.Ready()
		return true
	}
	if hook != nil {
		hook(err)
		return true
	}
	return false
}

// endWaitLocked ends a wait that may be interrupted with err; vt.mu is
// held. The step removes the waiter from its queue (endWait).
//
// A wait that registered a waiter but has no cancel function cannot take
// the waiter back, so it may only be ended by its waker: ending it here
// would lose what the waker delivers (the bytes an I/O completion read
// into its buffer). The I/O layer ends such waits through its canceller.
func (vt *VThread) endWaitLocked(err error) bool {
	if !vt.waiting || vt.shielded || vt.wakerOnly {
		return false
	}
	vt.waiting = false
	vt.interrupted = true
	vt.val, vt.err = objects.Value{}, err
	return true
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

// checkpoint is the cancellation check of time.sleep(0), which does not
// park: as in Trio, sleep(0) is a checkpoint, so a loop that only yields
// still notices that a scope around it was cancelled. An acquire of a free
// lock is deliberately not one: library clean-up code (Condition.wait's
// re-acquire, a future's state change in `with cond:`) takes locks inside
// cancelled scopes and must not fail there; a lock wait that parks is
// cancellable, as every park is. Only the thread itself pushes and pops
// its scopes (Push and Pop run on it), so the empty test reads vt.scopes
// without the lock; the common case costs one load.
func (vt *VThread) checkpoint() error {
	if vt == nil || len(vt.scopes) == 0 || vt.uncancellable {
		return nil
	}
	return vt.CheckCancel()
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
