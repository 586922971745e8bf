package vthread

// Cancel scopes: level-triggered cancellation, as in Trio.
//
// A CancelScope is pushed on a thread's scope stack for the duration of a
// `with` block (vthreads.CancelScope, move_on_after, fail_after, timeout)
// or for the whole life of a thread-group child. Cancelling it — by
// Cancel from any goroutine, or when its deadline passes — does two
// things:
//
//   - it interrupts the owner's current wait (cancel.go), if the scope is
//     in effect for that wait (a deadline does this through the scheduler
//     timer that Park arms for the earliest deadline in effect);
//   - it stays cancelled: every later blocking call of the owner made
//     while the scope is on its stack raises Cancelled at once (Park
//     checks pendingCancelLocked before it begins a wait), until the block
//     exits and pops the scope. That is what level-triggered means, and it
//     is why a lost race with a waker (cancel.go) loses nothing: the
//     exception moves to the next blocking point.
//
// A scope is in effect for a wait if it is cancelled and no shielding
// scope lies between it and the top of the stack: shield=True protects
// the block from the cancellation of the scopes outside it, not from its
// own.
//
// The stack is guarded by the owner's VThread.mu because Cancel reads it
// from other goroutines; the owner alone pushes and pops. owner and
// cancelled are atomics so that Cancel can run before the scope is pushed:
// it then only marks the scope, and the owner's first blocking call after
// the push raises.

import (
	"sync/atomic"
	"time"

	"github.com/weftrun/weft/interp/objects"
)

// CancelScope is one cancel scope; see the comment above.
type CancelScope struct {
	objects.Header
	// Shield protects the scope's block from outer scopes' cancellation.
	Shield    bool
	owner     atomic.Pointer[VThread]
	cancelled atomic.Bool
	// byDeadline records that the deadline (not Cancel) cancelled it.
	byDeadline atomic.Bool
	// deadline is when the scope cancels itself, in time.Time.UnixNano
	// (0: never). It is not a timer of its own: Park arms a scheduler
	// timer for the earliest deadline in effect, so a blocked owner wakes
	// then, and a running owner finds it passed at its next blocking call.
	deadline atomic.Int64
	// exc makes the exception raised for this scope.
	exc func(*CancelScope) error
}

// NewCancelScope makes a scope. exc makes the exception that blocking
// calls raise when the scope is cancelled (Cancelled, carrying the scope
// so that the block's exit recognises its own cancellation).
func NewCancelScope(shield bool, exc func(*CancelScope) error) *CancelScope {
	return &CancelScope{Shield: shield, exc: exc}
}

// SetDeadline cancels the scope after d (d < 0: never), replacing an
// earlier deadline. It takes effect at the owner's next blocking call: set
// it before the scope is pushed.
func (s *CancelScope) SetDeadline(d time.Duration) {
	if d < 0 {
		s.deadline.Store(0)
		return
	}
	s.deadline.Store(time.Now().Add(d).UnixNano())
}

// expire marks the scope cancelled by its deadline if that has passed,
// and reports whether the scope is cancelled.
func (s *CancelScope) expire(now time.Time) bool {
	if s.cancelled.Load() {
		return true
	}
	if dl := s.deadline.Load(); dl != 0 && now.UnixNano() >= dl {
		s.byDeadline.Store(true)
		s.cancelled.Store(true)
		return true
	}
	return false
}

// Cancel cancels the scope: its owner's current wait ends with the scope's
// exception if the scope is in effect for it, and so does every later wait
// inside the scope. Safe from any goroutine; idempotent.
func (s *CancelScope) Cancel() {
	s.cancelled.Store(true)
	vt := s.owner.Load()
	if vt == nil {
		return
	}
	vt.mu.Lock()
	ended := false
	hook := vt.ioCancel
	err := vt.pendingCancelLocked()
	if err != nil {
		ended = vt.endWaitLocked(err)
	}
	vt.mu.Unlock()
	if ended {
		vt.task.Ready()
	}
	if err != nil && !ended && hook != nil {
		hook(err)
	}
}

// Cancelled reports whether the scope was cancelled (its deadline
// included).
func (s *CancelScope) Cancelled() bool { return s.expire(time.Now()) }

// FiredByDeadline reports whether the scope's deadline cancelled it.
func (s *CancelScope) FiredByDeadline() bool { return s.byDeadline.Load() }

// Push makes vt the scope's owner and puts the scope on top of vt's stack.
// A scope is pushed once.
func (vt *VThread) Push(s *CancelScope) {
	s.owner.Store(vt)
	vt.mu.Lock()
	vt.scopes = append(vt.scopes, s)
	vt.mu.Unlock()
}

// Pop removes s, which must be the top of vt's stack, noting whether its
// deadline passed while it was there. It reports false if s is not the top (a scope exited out of
// order, which the Python layer reports as a RuntimeError).
func (vt *VThread) Pop(s *CancelScope) bool {
	vt.mu.Lock()
	n := len(vt.scopes)
	if n == 0 || vt.scopes[n-1] != s {
		vt.mu.Unlock()
		return false
	}
	vt.scopes[n-1] = nil
	vt.scopes = vt.scopes[:n-1]
	vt.mu.Unlock()
	s.owner.Store(nil)
	s.expire(time.Now())
	return true
}

// pendingCancelLocked returns the exception of the innermost cancelled
// scope in effect (none shielded between it and the top), or nil; vt.mu is
// held. A scope whose deadline has passed is cancelled here.
func (vt *VThread) pendingCancelLocked() error {
	now := time.Now()
	for i := len(vt.scopes) - 1; i >= 0; i-- {
		s := vt.scopes[i]
		if s.expire(now) {
			return s.exc(s)
		}
		if s.Shield {
			return nil
		}
	}
	return nil
}

// scopeDeadlineLocked returns the earliest deadline of the scopes in
// effect (zero: none); vt.mu is held.
func (vt *VThread) scopeDeadlineLocked() time.Time {
	var earliest int64
	for i := len(vt.scopes) - 1; i >= 0; i-- {
		s := vt.scopes[i]
		if dl := s.deadline.Load(); dl != 0 && (earliest == 0 || dl < earliest) {
			earliest = dl
		}
		if s.Shield {
			break
		}
	}
	if earliest == 0 {
		return time.Time{}
	}
	return time.Unix(0, earliest)
}
