package vthread

import (
	"sync"
	"time"

	"github.com/weftrun/weft/interp/objects"
)

// lockObj is _thread.lock (threading.Lock) and, with reentrant set,
// _thread.RLock. It is the one blocking primitive written in Go: threading's
// Condition, Event, Semaphore, Barrier and queue's Queue are Python (in
// interp/lib) on top of it, as in CPython.
//
// Waiting threads park in FIFO order and release hands the lock directly
// to the oldest waiter (ownership passes inside release, under mu), so a
// woken thread never finds the lock taken again by a barging thread and no
// waiter starves. The cost is a lock convoy under heavy contention: every
// release to a waiter is a switch. mu is held only for the bookkeeping,
// never across a park.
type lockObj struct {
	objects.Header
	mu        sync.Mutex
	locked    bool
	waiters   waitQueue
	reentrant bool
	owner     int64 // RLock: ident of the owning thread
	count     int   // RLock: recursion depth
}

var (
	lockType  = objects.NewNativeType("lock")
	rlockType = objects.NewNativeType("RLock")
)

func newLock(reentrant bool) *lockObj {
	l := &lockObj{reentrant: reentrant}
	if reentrant {
		objects.SetHeaderType(&l.Header, rlockType)
	} else {
		objects.SetHeaderType(&l.Header, lockType)
	}
	return l
}

func (l *lockObj) value() objects.Value { return objects.FromHeader(&l.Header) }

// identOf is the caller's thread identity: its virtual thread's ident, or 0
// for a thread that does not run on a scheduler.
func identOf(c objects.Ctx) int64 {
	if vt := currentOf(c); vt != nil {
		return vt.Ident
	}
	return 0
}

// acquire takes the lock, parking the calling thread while it is held.
// timeout < 0 waits forever; blocking false (timeout 0) never waits.
func (l *lockObj) acquire(c objects.Ctx, blocking bool, timeout time.Duration) (objects.Value, error) {
	me := identOf(c)
	l.mu.Lock()
	if l.reentrant && l.locked && l.owner == me {
		l.count++
		l.mu.Unlock()
		return objects.True, nil
	}
	if !l.locked {
		l.locked, l.owner, l.count = true, me, 1
		l.mu.Unlock()
		return objects.True, nil
	}
	if !blocking || timeout == 0 {
		l.mu.Unlock()
		return objects.False, nil
	}
	vt := currentOf(c)
	if vt == nil {
		l.mu.Unlock()
		return objects.Value{}, objects.Errorf(objects.RuntimeErrorType, "cannot wait for a lock outside a virtual thread (no scheduler)")
	}
	var mine Waiter
	what := "Lock.acquire"
	if l.reentrant {
		what = "RLock.acquire"
	}
	err := vt.Park(what, timeout,
		func(w Waiter) { mine = w; l.waiters.push(w) },
		func() (objects.Value, error) {
			l.mu.Lock()
			l.waiters.remove(mine)
			l.mu.Unlock()
			return objects.False, nil
		})
	l.mu.Unlock()
	return objects.Value{}, err
}

// release frees the lock or hands it to the oldest waiter that is still
// waiting. For an RLock only the owner may release, and only the outermost
// release frees it.
func (l *lockObj) release(c objects.Ctx) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.locked {
		if l.reentrant {
			return objects.Errorf(objects.RuntimeErrorType, "cannot release un-acquired lock")
		}
		return objects.Errorf(objects.RuntimeErrorType, "release unlocked lock")
	}
	if l.reentrant {
		if l.owner != identOf(c) {
			return objects.Errorf(objects.RuntimeErrorType, "cannot release un-acquired lock")
		}
		if l.count--; l.count > 0 {
			return nil
		}
	}
	l.handOff()
	return nil
}

// handOff passes the held lock to the oldest live waiter, or unlocks it.
// l.mu is held.
func (l *lockObj) handOff() {
	for {
		w, ok := l.waiters.pop()
		if !ok {
			l.locked, l.owner, l.count = false, 0, 0
			return
		}
		l.owner, l.count = w.vt.Ident, 1
		if w.wake(objects.True, nil) {
			return
		}
	}
}
