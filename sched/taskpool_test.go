package sched

import (
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
