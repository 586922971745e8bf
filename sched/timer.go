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
	gen   uint32 // task's generation when armed: a timer outliving its task wakes nobody
	state atomic.Uint32
}

// Stop prevents the timer from firing. It reports whether it did (false: it
// already fired or was stopped). A stopped timer stays in its heap until its
// time comes (lazy deletion, as Go's timers did before 1.14); only armed
// timers count for deadlock detection.
func (tm *Timer) Stop() bool {
	if tm.state.CompareAndSwap(timerArmed, timerStopped) {
		tm.task.s.ntimers.Add(-1)
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
}

func (ts *timers) add(tm *Timer) {
	ts.mu.Lock()
	ts.heap = append(ts.heap, tm)
	ts.siftUp(len(ts.heap) - 1)
	ts.first.Store(ts.heap[0].when)
	ts.mu.Unlock()
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
		due = append(due, ts.pop())
	}
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
