package sched

import (
	"sync"
	"sync/atomic"
)

// Timer states.
const (
	timerArmed uint32 = iota + 1
	timerFired
	timerStopped
)

// A Timer Readies its task when it fires, unless stopped first. Timers live
// in the heap of the P (or platform thread) whose task armed them and are
// fired by that P's carrier, which also bounds its poller wait by the earliest
// one: an idle P sleeps exactly until its next timer.
type Timer struct {
	when  int64 // Scheduler.now() time
	task  *Task
	heap  *timers // the heap holding it, which counts its stopped timers
	gen   uint32  // task's generation when armed: a timer outliving its task wakes nobody
	state atomic.Uint32
}

// Stop prevents the timer from firing. It reports whether it did (false: it
// already fired or was stopped). A stopped timer stays in its heap until its
// time comes or until stopped timers are more than half of the heap, when the
// next add or fire on that heap compacts it (as Go's timers did between 1.14
// and 1.23): timed waits that end early, the common case of a lock acquire
// with a timeout, cannot grow a heap without bound. Only armed timers count
// for deadlock detection.
func (tm *Timer) Stop() bool {
	if tm.state.CompareAndSwap(timerArmed, timerStopped) {
		tm.task.s.ntimers.Add(-1)
		tm.heap.stopped.Add(1)
		return true
	}
	return false
}

// timers is a 4-ary min-heap on when. A 4-ary heap halves the depth of a
// binary one and keeps the four children in one or two cache lines, which is
// why Go's runtime uses it for its timers too. It is guarded by a mutex
// because a step whose P was retaken may still arm a timer on it; first
// mirrors the earliest when (0: empty) so the carrier's hot path checks timers
// with one atomic load and no lock.
type timers struct {
	mu    sync.Mutex
	heap  []*Timer
	first atomic.Int64
	// stopped counts the heap's stopped timers, give or take a Stop in
	// progress: Stop adds after its CAS, so fire may pop a timer before it
	// is counted. It only decides when to compact, which tolerates that.
	stopped atomic.Int64
}

// add inserts tm and reports whether it became the earliest timer, which
// a sleeping owner of the heap must learn about.
func (ts *timers) add(tm *Timer) (earliest bool) {
	tm.heap = ts
	ts.mu.Lock()
	ts.compactIfSparse()
	ts.heap = append(ts.heap, tm)
	ts.siftUp(len(ts.heap) - 1)
	earliest = ts.heap[0] == tm
	ts.first.Store(ts.heap[0].when)
	ts.mu.Unlock()
	return earliest
}

// fire pops every timer due at now and readies the armed ones through ready,
// which the caller chooses (a carrier queues on its own P).
func (ts *timers) fire(now int64, ready func(*Task, uint32)) {
	if w := ts.first.Load(); w == 0 || w > now {
		return
	}
	ts.mu.Lock()
	var due []*Timer
	for len(ts.heap) > 0 && ts.heap[0].when <= now {
		tm := ts.pop()
		if tm.state.Load() == timerStopped {
			ts.stopped.Add(-1)
			continue
		}
		due = append(due, tm)
	}
	ts.compactIfSparse()
	if len(ts.heap) > 0 {
		ts.first.Store(ts.heap[0].when)
	} else {
		ts.first.Store(0)
	}
	ts.mu.Unlock()
	for _, tm := range due {
		if tm.state.CompareAndSwap(timerArmed, timerFired) {
			tm.task.s.ntimers.Add(-1)
			ready(tm.task, tm.gen)
		}
	}
}

// len is the number of timers in the heap, stopped ones included.
func (ts *timers) len() int {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return len(ts.heap)
}

// compactIfSparse drops the stopped timers when they are more than half of
// the heap, and rebuilds the heap from the rest (ts.mu held). Each timer is
// moved by at most a constant number of compactions per Stop, so the cost is
// amortised over the Stops that made the heap sparse.
func (ts *timers) compactIfSparse() {
	if n := ts.stopped.Load(); n == 0 || 2*n <= int64(len(ts.heap)) {
		return
	}
	live := ts.heap[:0]
	removed := 0
	for _, tm := range ts.heap {
		if tm.state.Load() == timerStopped {
			removed++
			continue
		}
		live = append(live, tm)
	}
	clear(ts.heap[len(live):])
	ts.heap = live
	ts.stopped.Add(int64(-removed))
	if len(live) > 1 {
		for i := (len(live) - 2) / 4; i >= 0; i-- {
			ts.siftDown(i)
		}
	}
	if len(live) > 0 {
		ts.first.Store(live[0].when)
	} else {
		ts.first.Store(0)
	}
}

func (ts *timers) pop() *Timer {
	h := ts.heap
	top := h[0]
	last := len(h) - 1
	h[0] = h[last]
	h[last] = nil
	ts.heap = h[:last]
	if last > 0 {
		ts.siftDown(0)
	}
	return top
}

func (ts *timers) siftUp(i int) {
	h := ts.heap
	tm := h[i]
	for i > 0 {
		parent := (i - 1) / 4
		if h[parent].when <= tm.when {
			break
		}
		h[i] = h[parent]
		i = parent
	}
	h[i] = tm
}

func (ts *timers) siftDown(i int) {
	h := ts.heap
	n := len(h)
	tm := h[i]
	for {
		child := 4*i + 1
		if child >= n {
			break
		}
		best := child
		for c := child + 1; c < child+4 && c < n; c++ {
			if h[c].when < h[best].when {
				best = c
			}
		}
		if h[best].when >= tm.when {
			break
		}
		h[i] = h[best]
		i = best
	}
	h[i] = tm
}
