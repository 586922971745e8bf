package sched

import (
	"bytes"
	"errors"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// newSched creates a started scheduler that the test shuts down, checking
// that no goroutine is left behind.
func newSched(t testing.TB, opts Options) *Scheduler {
	t.Helper()
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Shutdown)
	return s
}

func waitOK(t testing.TB, s *Scheduler) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- s.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Wait: %v", err)
		}
	case <-time.After(60 * time.Second):
		var b bytes.Buffer
		s.Dump(&b)
		t.Fatalf("Wait timed out; dump:\n%s", b.String())
	}
}

func TestOptionsErrors(t *testing.T) {
	if _, err := New(Options{Procs: -1}); err == nil {
		t.Fatal("Procs=-1 accepted")
	}
	t.Setenv("WEFT_PROCS", "zero")
	if _, err := New(Options{}); err == nil || !strings.Contains(err.Error(), "WEFT_PROCS") {
		t.Fatalf("bad WEFT_PROCS: err = %v", err)
	}
	t.Setenv("WEFT_PROCS", "3")
	s, err := New(Options{})
	if err != nil || s.Procs() != 3 {
		t.Fatalf("WEFT_PROCS=3: procs %v err %v", s, err)
	}
	bad := errors.New("no ring")
	if _, err := New(Options{Procs: 2, NewPoller: func(int) (Poller, error) { return nil, bad }}); !errors.Is(err, bad) {
		t.Fatalf("poller error not reported: %v", err)
	}
}

func TestRunSteps(t *testing.T) {
	s, err := New(Options{Procs: 2})
	if err != nil {
		t.Fatal(err)
	}
	var steps atomic.Int32
	err = s.Run(func(t *Task) Status {
		if steps.Add(1) < 10 {
			return Yielded
		}
		return Done
	})
	if err != nil || steps.Load() != 10 {
		t.Fatalf("Run: err %v, steps %d", err, steps.Load())
	}
	if m := s.Metrics(); m.Spawned != 1 || m.Finished != 1 {
		t.Fatalf("metrics %+v", m)
	}
}

// TestParkReadyMany spawns many tasks that park, are readied from another
// goroutine, and finish: every task runs exactly twice.
func TestParkReadyMany(t *testing.T) {
	n := 1_000_000
	if testing.Short() || raceEnabled {
		n = 100_000
	}
	s := newSched(t, Options{Procs: runtime.GOMAXPROCS(0)})
	runs := make([]atomic.Int32, n)
	parkedCh := make(chan *Task, 1024)
	for i := 0; i < n; i++ {
		i := i
		s.Spawn(func(t *Task) Status {
			if runs[i].Add(1) == 1 {
				parkedCh <- t
				return Parked
			}
			return Done
		})
	}
	for i := 0; i < n; i++ {
		(<-parkedCh).Ready()
	}
	waitOK(t, s)
	for i := range runs {
		if r := runs[i].Load(); r != 2 {
			t.Fatalf("task %d ran %d times", i, r)
		}
	}
}

// TestReadyDuringStep readies a task while its step is still running: the
// park that follows must not lose the wake-up.
func TestReadyDuringStep(t *testing.T) {
	s := newSched(t, Options{Procs: 2})
	const n = 20000
	var woke atomic.Int32
	for i := 0; i < n; i++ {
		first := true
		s.Spawn(func(t *Task) Status {
			if first {
				first = false
				done := make(chan bool)
				go func() { done <- t.Ready() }()
				if !<-done {
					panic("Ready on a running task reported no effect")
				}
				return Parked
			}
			woke.Add(1)
			return Done
		})
	}
	waitOK(t, s)
	if woke.Load() != n {
		t.Fatalf("%d of %d wake-ups arrived", woke.Load(), n)
	}
}

// TestPingPong: pairs of tasks waking each other with Wake, on two Ps, with
// stealing moving them around; every hand-over arrives exactly once.
func TestPingPong(t *testing.T) {
	s := newSched(t, Options{Procs: 2})
	const pairs, rounds = 50, 2000
	var total atomic.Int64
	for i := 0; i < pairs; i++ {
		var a *Task
		nb := 0
		s.Spawn(func(b *Task) Status {
			if a == nil {
				na := 0
				a = b.Spawn(func(a *Task) Status {
					na++
					total.Add(1)
					a.Wake(b)
					if na == rounds {
						return Done
					}
					return Parked
				})
				return Parked
			}
			nb++
			total.Add(1)
			if nb == rounds {
				return Done
			}
			b.Wake(a)
			return Parked
		})
	}
	waitOK(t, s)
	if got := total.Load(); got != 2*pairs*rounds {
		t.Fatalf("%d steps, want %d", got, 2*pairs*rounds)
	}
}

// TestTimers: timers never fire early, and fire in deadline order. The
// deadlines are absolute (relative to start, not to when each task first
// ran) and there is one P, so one timer heap: across Ps the order depends
// on when the OS runs each carrier, which no scheduler controls. The tasks
// are spawned before Start and the clock starts then, so that a spawning
// goroutine descheduled for milliseconds on a loaded machine does not arm
// the last timers after the first have fired.
func TestTimers(t *testing.T) {
	s := newSchedNotStarted(t, Options{Procs: 1})
	const n = 200
	var mu sync.Mutex
	var order []int
	var start time.Time
	for i := 0; i < n; i++ {
		// 50 ms of head room: every task arms its timer before the
		// earliest deadline even when its first step runs late (race
		// detector, loaded machine), so firing order is deadline order.
		d := 50*time.Millisecond + time.Duration(n-i)*100*time.Microsecond
		i := i
		slept := false
		s.Spawn(func(t *Task) Status {
			if !slept {
				slept = true
				t.Sleep(d - time.Since(start))
				return Parked
			}
			if time.Since(start) < d {
				panic("timer fired early")
			}
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
			return Done
		})
	}
	start = time.Now()
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	waitOK(t, s)
	if len(order) != n {
		t.Fatalf("%d of %d timers fired", len(order), n)
	}
	// Timers 100 µs apart may be fired in one batch; the first and last
	// deadlines are 20 ms apart and must come in deadline order.
	if order[0] < n/2 || order[n-1] > n/2 {
		t.Fatalf("timers out of order: first %d last %d", order[0], order[n-1])
	}
	if s.Metrics().Timers != 0 {
		t.Fatalf("armed timers left: %d", s.Metrics().Timers)
	}
}

func TestTimerStop(t *testing.T) {
	s := newSched(t, Options{Procs: 1})
	var fired atomic.Bool
	step := 0
	s.Spawn(func(t *Task) Status {
		step++
		switch step {
		case 1:
			tm := t.ReadyAfter(time.Millisecond)
			if !tm.Stop() || tm.Stop() {
				panic("Stop did not report correctly")
			}
			t.Sleep(5 * time.Millisecond)
			return Parked
		case 2:
			return Done
		}
		fired.Store(true)
		return Done
	})
	waitOK(t, s)
	if fired.Load() {
		t.Fatal("stopped timer fired")
	}
}

func TestShutdownNoLeak(t *testing.T) {
	before := runtime.NumGoroutine()
	for round := 0; round < 3; round++ {
		s, err := New(Options{Procs: 2, HandoffAfter: time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		s.Start()
		for i := 0; i < 100; i++ {
			s.Spawn(func(t *Task) Status {
				t.Blocking(func() { time.Sleep(100 * time.Microsecond) })
				return Done
			})
		}
		s.Spawn(func(t *Task) Status { return Parked }) // abandoned at shutdown
		pt, err := s.SpawnPlatform(func(t *Task) Status { return Parked })
		if err != nil || pt == nil {
			t.Fatal(err)
		}
		time.Sleep(5 * time.Millisecond)
		s.Shutdown()
		if err := s.Wait(); !errors.Is(err, ErrShutdown) {
			t.Fatalf("Wait after Shutdown: %v", err)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Fatalf("%d goroutines before, %d after Shutdown:\n%s", before, n, buf[:runtime.Stack(buf, true)])
	}
}

// newSchedNotStarted is newSched without Start, for tests that must spawn
// everything first: deadlock detection cannot see a goroutine that is about
// to spawn more tasks.
func newSchedNotStarted(t testing.TB, opts Options) *Scheduler {
	t.Helper()
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Shutdown)
	return s
}

func TestDeadlockDetected(t *testing.T) {
	var got atomic.Int32
	s := newSchedNotStarted(t, Options{Procs: 2, Deadlock: func(parked []*Task) { got.Store(int32(len(parked))) }})
	for i := 0; i < 3; i++ {
		s.Spawn(func(t *Task) Status { return Parked })
	}
	s.Spawn(func(t *Task) Status { return Done })
	s.Start()
	err := s.Wait()
	var de *DeadlockError
	if !errors.As(err, &de) || len(de.Parked) != 3 || got.Load() != 3 {
		t.Fatalf("Wait = %v, callback saw %d", err, got.Load())
	}
	var b bytes.Buffer
	s.Dump(&b)
	if strings.Count(b.String(), ": parked") != 3 {
		t.Fatalf("dump does not list 3 parked tasks:\n%s", b.String())
	}
}

// TestDeadlockResolved: the callback readies the tasks; they finish and Wait
// returns nil; a sleeping task is never reported.
func TestDeadlockResolved(t *testing.T) {
	var calls atomic.Int32
	s := newSchedNotStarted(t, Options{Procs: 1, Deadlock: func(parked []*Task) {
		calls.Add(1)
		for _, t := range parked {
			t.Ready()
		}
	}})
	for i := 0; i < 3; i++ {
		n := 0
		s.Spawn(func(t *Task) Status {
			n++
			switch n {
			case 1:
				t.Sleep(20 * time.Millisecond) // a timer: not a deadlock
				return Parked
			case 2:
				return Parked // now nothing can wake it
			}
			return Done
		})
	}
	s.Start()
	waitOK(t, s)
	if calls.Load() != 1 {
		t.Fatalf("deadlock callback called %d times, want 1", calls.Load())
	}
}
