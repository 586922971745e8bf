package modules

import (
	"runtime"
	"testing"
	"time"
)

// TestProcessCPUTimeCountsWorkNotSleep checks that process_time is CPU
// time: it advances while the process computes and (nearly) stands still
// while the process sleeps, unlike the wall clock it used to return.
func TestProcessCPUTimeCountsWorkNotSleep(t *testing.T) {
	before := processCPUTime()
	deadline := time.Now().Add(60 * time.Millisecond)
	x := 0
	for time.Now().Before(deadline) {
		x++
	}
	busy := processCPUTime() - before
	if busy < 10*time.Millisecond {
		t.Fatalf("60ms of busy work (%d iterations) added only %v of process CPU time", x, busy)
	}
	before = processCPUTime()
	time.Sleep(150 * time.Millisecond)
	if idle := processCPUTime() - before; idle >= 100*time.Millisecond {
		t.Fatalf("a 150ms sleep added %v of process CPU time", idle)
	}
}

// TestThreadCPUTimeAdvances checks that the calling thread's CPU clock
// moves while it computes. The goroutine is pinned to its thread so that
// both readings come from the same clock.
func TestThreadCPUTimeAdvances(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	before := threadCPUTime()
	deadline := time.Now().Add(60 * time.Millisecond)
	for time.Now().Before(deadline) {
	}
	if threadCPUTime() <= before {
		t.Fatalf("thread CPU time did not advance over 60ms of busy work")
	}
}
