package sched

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestTaskReuseStaleTimer checks the two rules of task reuse (taskpool.go):
// a spawn after a task finished gets its struct back, cleared, and a timer
// the finished task left armed does not wake the task now living there.
func TestTaskReuseStaleTimer(t *testing.T) {
	s := newSched(t, Options{Procs: 1, HandoffAfter: -1})
	var first, second *Task
	var firstGen, secondGen uint32
	var valueAtStart any
	var parkedAt time.Time
	var slept time.Duration
	s.Spawn(func(parent *Task) Status {
		if first == nil {
			first = parent.Spawn(func(a *Task) Status {
				firstGen = a.state.Load() & genMask
				a.ReadyAfter(time.Millisecond) // never stopped: outlives a
				a.Value = "payload"
				return Done
			})
			return Yielded // first runs and finishes before our next step
		}
		second = parent.Spawn(func(b *Task) Status {
			if parkedAt.IsZero() {
				valueAtStart = b.Value
				secondGen = b.state.Load() & genMask
				parkedAt = time.Now()
				b.ReadyAfter(30 * time.Millisecond)
				return Parked
			}
			slept = time.Since(parkedAt)
			return Done
		})
		return Done
	})
	waitOK(t, s)
	if first != second {
		t.Fatalf("the second spawn did not reuse the finished task's struct")
	}
	if valueAtStart != nil {
		t.Fatalf("reused task kept Value %v", valueAtStart)
	}
	if secondGen == firstGen {
		t.Fatalf("generation did not advance on reuse (%#x)", firstGen)
	}
	if slept < 30*time.Millisecond {
		t.Fatalf("reused task woke after %v: the stale 1 ms timer of its predecessor woke it", slept)
	}
}

// TestTaskReuseStress spawns and finishes many short tasks from many
// parents on several Ps, each parking once on a timer and once on a Ready
// from a sibling, so reused structs meet stale timers, steals and
// overflow to the global free list; every task must run its steps exactly.
func TestTaskReuseStress(t *testing.T) {
	parents, children := 8, 400
	if testing.Short() {
		children = 100
	}
	s := newSched(t, Options{Procs: 4})
	steps := make([][3]int, parents*children)
	for i := 0; i < parents; i++ {
		i := i
		spawned := 0
		s.Spawn(func(pt *Task) Status {
			for k := 0; k < 20 && spawned < children; k++ {
				idx := i*children + spawned
				spawned++
				pt.Spawn(func(c *Task) Status {
					st := &steps[idx]
					switch {
					case st[0] == 0:
						st[0]++
						c.ReadyAfter(time.Duration(idx%7) * 10 * time.Microsecond)
						return Parked
					case st[1] == 0:
						st[1]++
						c.Ready() // from its own step: leaves a permit
						return Parked
					default:
						st[2]++
						return Done
					}
				})
			}
			if spawned < children {
				return Yielded
			}
			return Done
		})
	}
	waitOK(t, s)
	for idx, st := range steps {
		if st != [3]int{1, 1, 1} {
			t.Fatalf("task %d ran steps %v, want [1 1 1]", idx, st)
		}
	}
}

// TestStoppedTimersCompacted: stopping most of a P's timers shrinks its
// heap at the next arm instead of leaving them until their time comes, and
// the timers still armed keep firing in deadline order.
func TestStoppedTimersCompacted(t *testing.T) {
	s := newSched(t, Options{Procs: 1, HandoffAfter: -1})
	var sizeAfter int
	var order []int
	var armed []*Timer
	step := 0
	s.Spawn(func(tk *Task) Status {
		step++
		if step == 1 {
			for i := 0; i < 1000; i++ {
				armed = append(armed, tk.ReadyAfter(time.Hour))
			}
			for _, tm := range armed {
				if !tm.Stop() {
					t.Error("Stop of an armed timer reported false")
				}
			}
			// Three live timers among a thousand stopped ones.
			for _, ms := range []int{3, 1, 2} {
				d := time.Duration(ms) * time.Millisecond
				w := ms
				tk.Spawn(func(c *Task) Status {
					if c.Value == nil {
						c.Value = true
						c.ReadyAfter(d)
						return Parked
					}
					order = append(order, w)
					return Done
				})
			}
			tk.Sleep(10 * time.Millisecond)
			return Parked
		}
		sizeAfter = tk.m.p.timers.len()
		return Done
	})
	waitOK(t, s)
	if sizeAfter > 10 {
		t.Fatalf("heap holds %d timers after 1000 were stopped and 4 fired", sizeAfter)
	}
	if len(order) != 3 || order[0] != 1 || order[1] != 2 || order[2] != 3 {
		t.Fatalf("timers fired in order %v, want [1 2 3]", order)
	}
	if n := s.Metrics().Timers; n != 0 {
		t.Fatalf("%d timers still counted as armed", n)
	}
}

// TestIdleRunQueueHoldsNoTasks: once a P has gone idle, its run queue's
// slots no longer refer to the tasks that passed through them, including
// those a thief took.
func TestIdleRunQueueHoldsNoTasks(t *testing.T) {
	s := newSched(t, Options{Procs: 2})
	s.Spawn(func(tk *Task) Status {
		for i := 0; i < 300; i++ {
			tk.Spawn(func(c *Task) Status {
				if c.Value == nil {
					c.Value = true
					return Yielded
				}
				return Done
			})
		}
		return Done
	})
	waitOK(t, s)
	deadline := time.Now().Add(5 * time.Second)
	for _, p := range s.ps {
		for !p.idle.Load() {
			if time.Now().After(deadline) {
				t.Fatalf("P%d did not go idle", p.id)
			}
			time.Sleep(time.Millisecond)
		}
	}
	for _, p := range s.ps {
		for i := range p.q.slots {
			if p.q.slots[i].Load() != nil {
				t.Fatalf("idle P%d's run queue slot %d still refers to a task", p.id, i)
			}
		}
	}
}

// TestDumpListsQueuedTasks: tasks that never parked appear in Dump through
// the queues that hold them: the global queue before Start, a P's run queue
// while another task holds the P.
func TestDumpListsQueuedTasks(t *testing.T) {
	s, err := New(Options{Procs: 1, HandoffAfter: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Shutdown()
	var ids []uint64
	for i := 0; i < 3; i++ {
		ids = append(ids, s.Spawn(func(*Task) Status { return Done }).ID())
	}
	var b strings.Builder
	s.Dump(&b)
	want := fmt.Sprintf("global queue: %d %d %d\n", ids[0], ids[1], ids[2])
	if !strings.Contains(b.String(), want) {
		t.Fatalf("dump lacks %q:\n%s", want, b.String())
	}

	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	waitOK(t, s)

	// A spawns B and C and yields: the run queue is B, C, A. B then blocks
	// its carrier (unannounced; the detector is off) until the test has
	// dumped, so C and A, which never parked, sit in the P's run queue.
	running := make(chan uint64)
	dumped := make(chan struct{})
	var a, c *Task
	a = s.Spawn(func(tk *Task) Status {
		if c != nil {
			return Done
		}
		tk.Spawn(func(b *Task) Status {
			running <- b.ID()
			<-dumped
			return Done
		})
		c = tk.Spawn(func(*Task) Status { return Done })
		return Yielded
	})
	aID := a.ID()
	<-running
	b.Reset()
	s.Dump(&b)
	close(dumped)
	want = fmt.Sprintf("runq: %d %d\n", c.ID(), aID)
	if !strings.Contains(b.String(), want) {
		t.Fatalf("dump lacks %q:\n%s", want, b.String())
	}
	waitOK(t, s)
}
