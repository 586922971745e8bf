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
//     in effect for that wait;
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
	"sync"
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
	// exc makes the exception raised for this scope.
	exc func(*CancelScope) error

	timerMu sync.Mutex
	timer   *time.Timer
}

// NewCancelScope makes a scope. exc makes the exception that blocking
// calls raise when the scope is cancelled (Cancelled, carrying the scope
// so that the block's exit recognises its own cancellation).
func NewCancelScope(shield bool, exc func(*CancelScope) error) *CancelScope {
	return &CancelScope{Shield: shield, exc: exc}
}

// SetDeadline cancels the scope after d (d < 0: never), replacing an
// earlier deadline.
func (s *CancelScope) SetDeadline(d time.Duration) {
	s.timerMu.Lock()
	defer s.timerMu.Unlock()
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	if d >= 0 {
		s.timer = time.AfterFunc(d, func() {
			s.byDeadline.Store(true)
			s.Cancel()
		})
	}
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

// Cancelled reports whether the scope was cancelled.
func (s *CancelScope) Cancelled() bool { return s.cancelled.Load() }

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

// Pop removes s, which must be the top of vt's stack, and stops its
// deadline. It reports false if s is not the top (a scope exited out of
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
	s.SetDeadline(-1)
	return true
}

// pendingCancelLocked returns the exception of the innermost cancelled
// scope in effect (none shielded between it and the top), or nil; vt.mu is
// held.
func (vt *VThread) pendingCancelLocked() error {
	for i := len(vt.scopes) - 1; i >= 0; i-- {
		s := vt.scopes[i]
		if s.cancelled.Load() {
			return s.exc(s)
		}
		if s.Shield {
			return nil
		}
	}
	return nil
}
