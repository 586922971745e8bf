package sched

import (
	"iter"
	"runtime"
	"strconv"
	"sync"
	"testing"
)

// Switch benchmarks: one op is one switch from one task (or goroutine, or
// coroutine) to another. Compare the sched rows with the chan and iter.Pull
// rows of the same run.

// BenchmarkSwitch/sched-wake: two tasks on one P hand over with Wake and
// park (a lock/queue hand-off in the interpreter).
func BenchmarkSwitch(b *testing.B) {
	b.Run("sched-wake", func(b *testing.B) {
		s := newSched(b, Options{Procs: 1, HandoffAfter: -1})
		n := b.N
		var a *Task
		b.ResetTimer()
		s.Spawn(func(bt *Task) Status {
			if a == nil {
				a = bt.Spawn(func(at *Task) Status {
					n--
					at.Wake(bt)
					if n <= 0 {
						return Done
					}
					return Parked
				})
				return Parked
			}
			n--
			if n <= 0 {
				bt.Wake(a)
				return Done
			}
			bt.Wake(a)
			return Parked
		})
		s.Wait()
	})
	b.Run("sched-yield", func(b *testing.B) {
		s := newSched(b, Options{Procs: 1, HandoffAfter: -1})
		n := b.N
		b.ResetTimer()
		for i := 0; i < 2; i++ {
			s.Spawn(func(t *Task) Status {
				n--
				if n <= 0 {
					return Done
				}
				return Yielded
			})
		}
		s.Wait()
	})
	// One task alone on its P yielding: the eval breaker of a single
	// virtual thread. One op is one yield and resumption.
	b.Run("sched-yield-alone", func(b *testing.B) {
		s := newSched(b, Options{Procs: 1, HandoffAfter: -1})
		n := b.N
		b.ResetTimer()
		s.Spawn(func(t *Task) Status {
			n--
			if n <= 0 {
				return Done
			}
			return Yielded
		})
		s.Wait()
	})
	b.Run("chan", func(b *testing.B) {
		ping, pong := make(chan int), make(chan int)
		go func() {
			for v := range ping {
				pong <- v
			}
			close(pong)
		}()
		b.ResetTimer()
		for i := 0; i < b.N; i += 2 {
			ping <- i
			<-pong
		}
		close(ping)
	})
	b.Run("iter.Pull", func(b *testing.B) {
		next, stop := iter.Pull(func(yield func(int) bool) {
			for i := 0; ; i++ {
				if !yield(i) {
					return
				}
			}
		})
		defer stop()
		b.ResetTimer()
		for i := 0; i < b.N; i += 2 {
			next()
		}
	})
}

// BenchmarkSpawn: one op is one task (goroutine) created, run and finished.
func BenchmarkSpawn(b *testing.B) {
	// From inside a task, as threading.Thread.start in Python code does.
	b.Run("sched-task", func(b *testing.B) {
		s := newSched(b, Options{})
		b.ReportAllocs()
		b.ResetTimer()
		n := b.N
		s.Spawn(func(t *Task) Status {
			for i := 0; i < 128 && n > 0; i++ {
				n--
				t.Spawn(func(*Task) Status { return Done })
			}
			if n > 0 {
				return Yielded
			}
			return Done
		})
		s.Wait()
	})
	// From a goroutine outside the scheduler (global queue).
	b.Run("sched-external", func(b *testing.B) {
		s := newSched(b, Options{})
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			s.Spawn(func(*Task) Status { return Done })
		}
		s.Wait()
	})
	b.Run("goroutine", func(b *testing.B) {
		b.ReportAllocs()
		var wg sync.WaitGroup
		for i := 0; i < b.N; i++ {
			wg.Add(1)
			go func() { wg.Done() }()
		}
		wg.Wait()
	})
}

// spin is CPU-bound work the compiler cannot remove.
//
//go:noinline
func spin(n int) int {
	x := 1
	for i := 0; i < n; i++ {
		x = x*1664525 + 1013904223
	}
	return x
}

var sink int

// BenchmarkSpeedup: one op is 64 CPU-bound tasks of ~50 µs each, on P = 1..
// NumCPU carriers; speedup(P) = time(P=1) / time(P). The goroutine rows run
// the same work as goroutines under GOMAXPROCS = 1..NumCPU: the speedup the
// machine actually offers at that moment (on a shared machine, less than P).
func BenchmarkSpeedup(b *testing.B) {
	for procs := 1; procs <= runtime.NumCPU(); procs++ {
		b.Run("goroutines/P="+strconv.Itoa(procs), func(b *testing.B) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			var mu sync.Mutex
			var wg sync.WaitGroup
			for i := 0; i < b.N; i++ {
				for j := 0; j < 64; j++ {
					wg.Add(1)
					go func() {
						x := spin(20000)
						mu.Lock()
						sink += x
						mu.Unlock()
						wg.Done()
					}()
				}
				wg.Wait()
			}
		})
	}
	for procs := 1; procs <= runtime.NumCPU(); procs++ {
		b.Run("sched/P="+strconv.Itoa(procs), func(b *testing.B) {
			s := newSched(b, Options{Procs: procs})
			var mu sync.Mutex
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for j := 0; j < 64; j++ {
					s.Spawn(func(*Task) Status {
						x := spin(20000)
						mu.Lock()
						sink += x
						mu.Unlock()
						return Done
					})
				}
				s.Wait()
			}
		})
	}
}
