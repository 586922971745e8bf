package weft

import (
	"math"
	"testing"
	"time"
)

func TestTicksMonotonic(t *testing.T) {
	prev := Ticks()
	for i := 0; i < 100000; i++ {
		now := Ticks()
		if now < prev {
			t.Fatalf("tick counter went backwards: %d after %d", now, prev)
		}
		prev = now
	}
}

// TestTicksToNanos checks the calibrated rate against the monotonic clock
// over an interval; the bound is loose because the machine may be loaded and
// the clock may be coarse (Windows).
func TestTicksToNanos(t *testing.T) {
	if r := TickRate(); !(r > 1e6 && r < 1e11) {
		t.Fatalf("implausible tick rate %g/s", r)
	}
	t0, c0 := time.Now(), Ticks()
	time.Sleep(200 * time.Millisecond)
	c1, elapsed := Ticks(), time.Since(t0)
	got := TicksToNanos(c1 - c0)
	if ratio := got / float64(elapsed.Nanoseconds()); math.Abs(ratio-1) > 0.15 {
		t.Fatalf("200ms sleep measured as %.0f ns by ticks vs %d ns by the clock", got, elapsed.Nanoseconds())
	}
}

func TestSpinWait(t *testing.T) {
	for i := 0; i < 1000; i++ {
		SpinWait() // must not fault (PAUSE/YIELD are hints, valid at EL0)
	}
}

func TestCPU(t *testing.T) {
	c := CPU()
	if c.Model == "" || c.Arch == "" {
		t.Fatalf("empty CPU identity: %+v", c)
	}
	if n := CacheLineSize(); n < 16 || n > 512 || n&(n-1) != 0 {
		t.Fatalf("cache line size %d is not a plausible power of two", n)
	}
	t.Logf("%+v", c)
}

func BenchmarkTicks(b *testing.B) {
	for b.Loop() {
		Ticks()
	}
}

func BenchmarkTimeNow(b *testing.B) {
	for b.Loop() {
		time.Now()
	}
}
