package sched

import (
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// tickerLateness runs, on one P, a ticker task with a 10 ms period next to a
// task whose steps call time.Sleep(100 ms) without announcing it, and
// returns how late each tick ran, how many ticks ran while the other task
// was blocked, and the metrics.
func tickerLateness(t *testing.T, handoffAfter time.Duration) ([]time.Duration, int, Metrics) {
	s := newSched(t, Options{Procs: 1, HandoffAfter: handoffAfter})
	const period = 10 * time.Millisecond
	const ticks = 30
	var late []time.Duration
	var blockerDone, blocked atomic.Bool
	ticksWhileBlocked := 0
	ready := make(chan struct{})
	start := time.Now()
	k := 0
	s.Spawn(func(t *Task) Status {
		now := time.Now()
		if blocked.Load() {
			ticksWhileBlocked++
		}
		if k > 0 {
			late = append(late, now.Sub(start.Add(time.Duration(k)*period)))
		} else {
			close(ready)
		}
		k++
		if k > ticks {
			return Done
		}
		t.Sleep(start.Add(time.Duration(k) * period).Sub(now))
		return Parked
	})
	<-ready
	blocks := 0
	s.Spawn(func(t *Task) Status {
		blocked.Store(true)
		time.Sleep(100 * time.Millisecond) // unannounced: no Blocking
		blocked.Store(false)
		blocks++
		if blocks == 2 {
			blockerDone.Store(true)
			return Done
		}
		return Yielded
	})
	waitOK(t, s)
	if !blockerDone.Load() {
		t.Fatal("blocker did not finish")
	}
	return late, ticksWhileBlocked, s.Metrics()
}

// TestHandoffUnannouncedBlocking is the blocked-carrier detector's test: a
// task blocks its carrier for 100 ms twice without announcing it, on the
// only P; the monitor must hand the P to another carrier so that a ticker
// queued on the same P keeps its 10 ms period. The same run with the
// detector off shows the ticks stalling for the whole 100 ms.
func TestHandoffUnannouncedBlocking(t *testing.T) {
	late, during, m := tickerLateness(t, 0) // default HandoffAfter: 1 ms
	sorted := slices.Clone(late)
	slices.Sort(sorted)
	median, worst := sorted[len(sorted)/2], sorted[len(sorted)-1]
	within2ms := 0
	for _, d := range late {
		if d <= 2*time.Millisecond {
			within2ms++
		}
	}
	t.Logf("detector on: %d ticks, %d while the P's carrier was blocked; lateness median %v, worst %v, %d within 2 ms; retakes %d handoffs %d lost steps %d",
		len(late), during, median, worst, within2ms, m.Retakes, m.Handoffs, m.LostSteps)
	if m.Retakes == 0 || m.LostSteps != 2 {
		t.Fatalf("monitor did not retake the stuck P: %+v", m)
	}
	// The structural check: the two 100 ms blocks cover about 20 ticks;
	// with the P handed over they keep running (the control run below gets
	// none), and no tick waits as long as a block. How close the ticks stay
	// to their period (within 2 ms on a quiet machine, logged above) is a
	// timing, not a correctness property: on a loaded 2-core machine or
	// under Wine it moves with the load, so it is reported, not asserted.
	if during < 10 {
		t.Fatalf("only %d ticks ran while the carrier was blocked", during)
	}
	if worst >= 100*time.Millisecond {
		t.Fatalf("ticker stalled behind a blocked carrier: worst lateness %v (lateness %v)", worst, late)
	}

	lateOff, duringOff, mOff := tickerLateness(t, -1)
	worstOff := slices.Max(lateOff)
	t.Logf("detector off: %d ticks while blocked, worst lateness %v, retakes %d", duringOff, worstOff, mOff.Retakes)
	if mOff.Retakes != 0 || duringOff != 0 || worstOff < 80*time.Millisecond {
		t.Fatalf("control run: with the detector off no tick can run during a block; got %d, worst %v, retakes %d", duringOff, worstOff, mOff.Retakes)
	}
}

// TestBlockingHandsOffAtOnce: on one P with the monitor's detector off, a
// Blocking call waits for something only another task on the same P can
// do. It can finish only if Blocking released the P.
func TestBlockingHandsOffAtOnce(t *testing.T) {
	s := newSched(t, Options{Procs: 1, HandoffAfter: -1})
	release := make(chan struct{})
	var entered atomic.Bool
	var stepsDuring atomic.Int32
	s.Spawn(func(t *Task) Status {
		ok := t.Blocking(func() {
			entered.Store(true)
			<-release
		})
		if !ok {
			panic("Blocking reported shutdown")
		}
		return Done
	})
	s.Spawn(func(t *Task) Status {
		if !entered.Load() {
			return Yielded
		}
		if stepsDuring.Add(1) == 10 {
			close(release)
			return Done
		}
		return Yielded
	})
	waitOK(t, s)
	m := s.Metrics()
	if m.BlockingCalls != 1 || m.Handoffs < 1 || m.Retakes != 0 {
		t.Fatalf("metrics %+v", m)
	}
}

// goid returns the calling goroutine's id, from its stack header; used only
// to prove that a pinned task resumes on its own goroutine.
func goid() int {
	buf := make([]byte, 64)
	buf = buf[:runtime.Stack(buf, false)]
	f := strings.Fields(string(buf))
	id, _ := strconv.Atoi(f[1])
	return id
}

// TestParkPinned parks a task in the middle of Go frames (inside a sort
// comparator) on the only P; another task must run meanwhile and ready it;
// it resumes in the same frames on the same goroutine and the sort finishes.
func TestParkPinned(t *testing.T) {
	s := newSched(t, Options{Procs: 1, HandoffAfter: -1})
	var pinned atomic.Pointer[Task]
	var other atomic.Int32
	data := []int{5, 3, 9, 1, 7, 2, 8}
	var sortedOK, sameG atomic.Bool
	s.Spawn(func(t *Task) Status {
		g := goid()
		parks := 0
		sort.Slice(data, func(i, j int) bool {
			if parks < 3 {
				parks++
				pinned.Store(t)
				if !t.ParkPinned() {
					panic("ParkPinned reported shutdown")
				}
				if goid() != g {
					panic("pinned task resumed on another goroutine")
				}
			}
			return data[i] < data[j]
		})
		sameG.Store(goid() == g)
		sortedOK.Store(sort.IntsAreSorted(data))
		return Done
	})
	s.Spawn(func(t *Task) Status {
		if p := pinned.Swap(nil); p != nil {
			other.Add(1)
			p.Ready()
			if other.Load() == 3 {
				return Done
			}
		}
		return Yielded
	})
	waitOK(t, s)
	m := s.Metrics()
	if !sortedOK.Load() || !sameG.Load() || other.Load() != 3 || m.Pins != 3 {
		t.Fatalf("sorted %v sameG %v readies %d pins %d", sortedOK.Load(), sameG.Load(), other.Load(), m.Pins)
	}
}

// TestPlatformTask: a platform task keeps one goroutine (and OS thread) for
// all its steps, sleeps, parks and is readied by a virtual task.
func TestPlatformTask(t *testing.T) {
	s := newSched(t, Options{Procs: 2})
	var ids []int
	var tids []int
	var plat *Task
	var parkedOnce atomic.Bool
	step := 0
	plat, err := s.SpawnPlatform(func(t *Task) Status {
		ids = append(ids, goid())
		tids = append(tids, threadID())
		step++
		switch step {
		case 1:
			return Yielded
		case 2:
			t.Sleep(2 * time.Millisecond)
			return Parked
		case 3:
			parkedOnce.Store(true)
			return Parked // the virtual task below readies us
		}
		return Done
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Spawn(func(t *Task) Status {
		if !parkedOnce.Load() {
			t.Sleep(100 * time.Microsecond)
			return Parked
		}
		t.Wake(plat)
		return Done
	})
	waitOK(t, s)
	if len(ids) != 4 {
		t.Fatalf("platform task ran %d steps, want 4", len(ids))
	}
	for i := range ids {
		if ids[i] != ids[0] || tids[i] != tids[0] {
			t.Fatalf("platform task migrated: goroutines %v threads %v", ids, tids)
		}
	}
}
