package sched

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// newTestP makes a P that is not part of a running scheduler, to exercise
// its run queue directly (runqput overflows into s.gq).
func newTestP(t *testing.T) *p {
	t.Helper()
	s, err := New(Options{Procs: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Shutdown)
	return s.ps[0]
}

func idsOf(ts []*Task) []uint64 {
	var ids []uint64
	for _, t := range ts {
		ids = append(ids, t.id.Load())
	}
	return ids
}

func testTasks(n int) []*Task {
	ts := make([]*Task, n)
	for i := range ts {
		ts[i] = &Task{}
		ts[i].id.Store(uint64(i + 1))
	}
	return ts
}

// TestRunqSwapFIFO: swap queues at the tail and takes the head, in one step,
// with the order a put followed by a get would give; across the ring's
// wrap-around, with a full queue (where the tail slot is the head slot) and
// with an empty one (nil: the task is queued alone).
func TestRunqSwapFIFO(t *testing.T) {
	pp := newTestP(t)
	ts := testTasks(runqSize + 1)
	if got := pp.runqswap(ts[0]); got != nil || pp.q.len() != 1 {
		t.Fatalf("swap on an empty queue: got %v, len %d; want nil, 1", got, pp.q.len())
	}
	if pp.q.get() != ts[0] {
		t.Fatal("the swapped-in task is not queued")
	}
	// Cycle three tasks through many swaps: wraps the ring several times.
	pp.runqput(ts[1])
	pp.runqput(ts[2])
	cur := ts[3]
	var order []uint64
	for i := 0; i < 3*runqSize; i++ {
		next := pp.runqswap(cur)
		order = append(order, next.id.Load())
		cur = next
	}
	for i, id := range order {
		if want := uint64(i%3 + 2); id != want {
			t.Fatalf("swap %d returned task %d, want %d (order %v...)", i, id, want, order[:6])
		}
	}
	// Full queue: fill to runqSize, swap, check that nothing is lost.
	for pp.q.get() != nil {
	}
	for _, x := range ts[:runqSize] {
		pp.runqput(x)
	}
	if pp.q.len() != runqSize {
		t.Fatalf("len %d, want %d", pp.q.len(), runqSize)
	}
	if got := pp.runqswap(ts[runqSize]); got != ts[0] {
		t.Fatalf("swap on a full queue returned %v, want task 1", got)
	}
	var rest []*Task
	for x := pp.q.get(); x != nil; x = pp.q.get() {
		rest = append(rest, x)
	}
	if len(rest) != runqSize || rest[0] != ts[1] || rest[len(rest)-1] != ts[runqSize] {
		t.Fatalf("after a full swap the queue holds %d tasks %v...%v", len(rest), idsOf(rest[:1]), idsOf(rest[len(rest)-1:]))
	}
}

// TestRunqPutList: a linked list enters the queue in order with one
// publication; one that does not fit falls back to put, which overflows
// half of the queue to the global queue, and no task is lost or doubled.
func TestRunqPutList(t *testing.T) {
	pp := newTestP(t)
	ts := testTasks(runqSize + 10)
	link := func(xs []*Task) *Task {
		for i := range xs[:len(xs)-1] {
			xs[i].link = xs[i+1]
		}
		xs[len(xs)-1].link = nil
		return xs[0]
	}
	pp.runqputList(link(ts[:100]), 100)
	if pp.q.len() != 100 {
		t.Fatalf("len %d after a list of 100", pp.q.len())
	}
	for i := 0; i < 100; i++ {
		x := pp.q.get()
		if x != ts[i] {
			t.Fatalf("position %d holds task %d, want %d", i, x.id.Load(), i+1)
		}
		if x.link != nil {
			t.Fatalf("task %d still linked", i+1)
		}
	}
	pp.runqputList(link(ts[:200]), 200)
	pp.runqputList(link(ts[200:]), len(ts)-200) // does not fit
	var got []*Task
	for x := pp.q.get(); x != nil; x = pp.q.get() {
		got = append(got, x)
	}
	for x := pp.s.gq.get(pp, 1); x != nil; x = pp.s.gq.get(pp, 1) {
		got = append(got, x)
		for y := pp.q.get(); y != nil; y = pp.q.get() {
			got = append(got, y)
		}
	}
	if len(got) != len(ts) {
		t.Fatalf("got %d tasks back, want %d", len(got), len(ts))
	}
	seen := map[*Task]bool{}
	for _, x := range got {
		if seen[x] {
			t.Fatalf("task %d returned twice", x.id.Load())
		}
		seen[x] = true
	}
}

// TestExternalSpawnOrder: tasks spawned from one goroutine (through the
// lock-free stack of the global queue) start in spawn order on one P. (With
// more than one share of the global queue, up to 128 tasks, the periodic
// global check interleaves shares: order is kept within a share.)
func TestExternalSpawnOrder(t *testing.T) {
	s, err := New(Options{Procs: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Shutdown)
	var order []int
	for i := 0; i < 100; i++ {
		s.Spawn(func(*Task) Status {
			order = append(order, i)
			return Done
		})
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	waitOK(t, s)
	for i, v := range order {
		if v != i {
			t.Fatalf("task %d started at position %d", v, i)
		}
	}
	if len(order) != 100 {
		t.Fatalf("%d tasks ran, want 100", len(order))
	}
}

// TestExternalSpawnConcurrent: many goroutines spawning at once while the
// carriers run: every task runs exactly once (the lock-free push and the
// consumers' flush lose and duplicate nothing).
func TestExternalSpawnConcurrent(t *testing.T) {
	s := newSched(t, Options{Procs: 2})
	const producers, each = 8, 5000
	var ran [producers * each]atomic.Int32
	var wg sync.WaitGroup
	for g := 0; g < producers; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				k := g*each + i
				s.Spawn(func(*Task) Status {
					ran[k].Add(1)
					return Done
				})
			}
		}()
	}
	wg.Wait()
	waitOK(t, s)
	for k := range ran {
		if n := ran[k].Load(); n != 1 {
			t.Fatalf("task %d ran %d times", k, n)
		}
	}
}

// TestLoneYielderSeesOthers: a task alone on its P that keeps yielding (the
// one-CAS path) still lets a task spawned from outside run, and a timer
// fire, on the same P.
func TestLoneYielderSeesOthers(t *testing.T) {
	s := newSched(t, Options{Procs: 1, HandoffAfter: -1})
	var stop atomic.Bool
	var yields atomic.Int64
	s.Spawn(func(*Task) Status {
		if stop.Load() {
			return Done
		}
		yields.Add(1)
		return Yielded
	})
	for yields.Load() < 1000 {
		time.Sleep(100 * time.Microsecond)
	}
	done := make(chan struct{})
	slept := false
	s.Spawn(func(t *Task) Status {
		if !slept {
			slept = true
			t.Sleep(time.Millisecond)
			return Parked
		}
		close(done)
		return Done
	})
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("a task spawned beside a lone yielder did not run (or its timer did not fire)")
	}
	stop.Store(true)
	waitOK(t, s)
}
