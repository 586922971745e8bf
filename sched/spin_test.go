package sched

import "testing"

// TestSpinBackoff: spins that find nothing make a P skip exponentially
// more chances to spin (1, 3, 7, ... capped at 2^maxSpinBackoff-1), and one
// spin that finds work restores spinning at every wait.
func TestSpinBackoff(t *testing.T) {
	var h spinHistory
	if !h.allow() {
		t.Fatal("a fresh P must spin")
	}
	for k := 1; k <= maxSpinBackoff+2; k++ {
		if h.record(false) {
			t.Fatal("record(false) reported found")
		}
		want := 1<<min(k, maxSpinBackoff) - 1
		skipped := 0
		for !h.allow() {
			skipped++
			if skipped > 1<<maxSpinBackoff {
				t.Fatalf("after %d failed spins: still skipping after %d chances", k, skipped)
			}
		}
		if skipped != want {
			t.Fatalf("after %d failed spins: skipped %d chances, want %d", k, skipped, want)
		}
	}
	if !h.record(true) {
		t.Fatal("record(true) reported not found")
	}
	for i := range 10 {
		if !h.allow() {
			t.Fatalf("chance %d after a successful spin was skipped", i)
		}
	}
	h.record(false)
	if h.allow() || !h.allow() {
		t.Fatal("one failure after a success must skip exactly one chance")
	}
}
