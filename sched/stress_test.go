package sched

import (
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"
)

// TestStressMixed runs many tasks that mix every way of leaving a step —
// Yielded, Sleep, Parked with a Ready from a goroutine, Wake from another
// task, Blocking, ParkPinned, an unannounced block long enough for the
// monitor to retake the P — on two Ps. It checks that no task ever runs two
// steps at once and that every task completes exactly its iterations.
func TestStressMixed(t *testing.T) {
	tasks, iters := 200, 40
	if testing.Short() {
		tasks, iters = 100, 25
	}
	s := newSched(t, Options{Procs: 2, HandoffAfter: 200 * time.Microsecond})
	inStep := make([]atomic.Int32, tasks)
	done := make([]int, tasks)
	parkedBy := make(chan *Task, tasks)
	stopHelpers := make(chan struct{})
	helperDone := make(chan struct{})
	go func() { // a goroutine outside the scheduler that readies tasks
		defer close(helperDone)
		for {
			select {
			case t := <-parkedBy:
				t.Ready()
			case <-stopHelpers:
				return
			}
		}
	}()
	var mailbox atomic.Pointer[Task] // a parked task any task may Wake
	var finished atomic.Int32
	for i := 0; i < tasks; i++ {
		i := i
		rng := rand.New(rand.NewPCG(uint64(i), 7))
		s.Spawn(func(t *Task) Status {
			if !inStep[i].CompareAndSwap(0, 1) {
				panic("task running two steps at once")
			}
			defer inStep[i].Store(0)
			if w := mailbox.Swap(nil); w != nil {
				t.Wake(w)
			}
			if done[i] == iters {
				finished.Add(1)
				return Done
			}
			done[i]++
			switch rng.IntN(7) {
			case 0:
				return Yielded
			case 1:
				t.Sleep(time.Duration(rng.IntN(200)) * time.Microsecond)
				return Parked
			case 2:
				parkedBy <- t
				return Parked
			case 3:
				// Park in the mailbox; if another task is already there,
				// take its place and wake it, so nobody is left behind.
				if old := mailbox.Swap(t); old != nil {
					t.Wake(old)
				}
				t.Sleep(2 * time.Millisecond) // in case nobody steps again
				return Parked
			case 4:
				t.Blocking(func() { time.Sleep(time.Duration(rng.IntN(100)) * time.Microsecond) })
				return Yielded
			case 5:
				parkedBy <- t
				t.ParkPinned()
				return Yielded
			default:
				time.Sleep(300 * time.Microsecond) // unannounced
				return Yielded
			}
		})
	}
	waitOK(t, s)
	close(stopHelpers)
	<-helperDone
	for i, n := range done {
		if n != iters {
			t.Fatalf("task %d did %d iterations, want %d", i, n, iters)
		}
	}
	m := s.Metrics()
	t.Logf("metrics: %+v", m)
	if int(finished.Load()) != tasks || m.Finished != uint64(tasks) || m.Pins == 0 || m.BlockingCalls == 0 {
		t.Fatalf("finished %d, metrics %+v", finished.Load(), m)
	}
}
