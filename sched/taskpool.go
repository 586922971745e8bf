package sched

import (
	"sync"
	"sync/atomic"
)

// Task reuse (Go's gfree lists, one level up).
//
// A spawn that allocates costs a 112-byte object with a dozen pointers, and
// at a million spawns a second the garbage collector's share of that dwarfs
// the scheduling itself. So a finished task goes to a free list and the next
// spawn takes it back: first the carrier's own list (m.free, M-local, so a
// step may spawn from it without touching its possibly retaken P), then a
// global overflow list, then the heap.
//
// Reuse is safe because of two rules:
//
//   - Inside the scheduler, nothing refers to a finished task except stale
//     run-queue slots (never read as tasks: runq.go) and timers the task armed
//     and did not stop. A Timer records the generation of the task it wakes
//     (the high bits of the state word, advanced at every reuse) and fires
//     through makeRunnableGen, which does nothing when the generation moved
//     on: a stale timer is a no-op.
//   - Outside, a *Task is valid until its step returns Done; a client that
//     keeps one longer and Readies it causes at worst a spurious wake-up of
//     the task that now lives in the struct, which the Ready contract already
//     allows (waiters re-check their condition). Documented on Ready and
//     Spawn.
//
// A pooled task's client fields (Value, fn) are cleared when it finishes,
// so the pool keeps no client data alive. home (a P of the same scheduler,
// which owns the pool) is kept: it is read only for a parked task, and a
// task parks only after a step, which sets home first; keeping it spares a
// reused task spawned on the same P two atomic stores (clear, set).
type taskPool struct {
	mu   sync.Mutex
	head *Task // linked through Task.link
	n    int
	// avail mirrors n so that a spawn with an empty local list checks the
	// global one without the lock.
	avail atomic.Int32
}

const (
	// localFreeMax bounds a carrier's free list; when it is full, half
	// moves to the global list in one lock acquisition.
	localFreeMax = 128
	// globalFreeMax bounds the global list: beyond it finished tasks are
	// left to the garbage collector, so a burst of spawns does not pin its
	// peak memory forever.
	globalFreeMax = 4096
)

// get returns a finished task for reuse, or nil.
func (tp *taskPool) get(mp *m) *Task {
	if mp != nil {
		if n := len(mp.free); n > 0 {
			t := mp.free[n-1]
			mp.free[n-1] = nil
			mp.free = mp.free[:n-1]
			return t
		}
	}
	if tp.avail.Load() == 0 {
		return nil
	}
	tp.mu.Lock()
	t := tp.head
	if t == nil {
		tp.mu.Unlock()
		return nil
	}
	if mp == nil {
		tp.head = t.link
		tp.n--
	} else {
		// Refill half of the local list in the same acquisition.
		for i := 1; i < localFreeMax/2 && t.link != nil; i++ {
			next := t.link
			t.link = nil
			mp.free = append(mp.free, t)
			tp.n--
			t = next
		}
		tp.head = t.link
		tp.n--
	}
	tp.avail.Store(int32(tp.n))
	tp.mu.Unlock()
	t.link = nil
	return t
}

// put recycles t, whose step returned Done on carrier mp.
func (tp *taskPool) put(mp *m, t *Task) {
	t.Value = nil
	t.fn = nil
	if t.flags.Load() != 0 {
		t.flags.Store(0)
	}
	t.registered = false
	if len(mp.free) < localFreeMax {
		mp.free = append(mp.free, t)
		return
	}
	half := mp.free[localFreeMax/2:]
	tp.putList(half)
	clear(half)
	mp.free = append(mp.free[:localFreeMax/2], t)
}

// putList moves ts to the global list, dropping what exceeds its bound.
func (tp *taskPool) putList(ts []*Task) {
	tp.mu.Lock()
	for _, t := range ts {
		if tp.n >= globalFreeMax {
			break
		}
		t.link = tp.head
		tp.head = t
		tp.n++
	}
	tp.avail.Store(int32(tp.n))
	tp.mu.Unlock()
}
