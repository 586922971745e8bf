package objects

import (
	"math"
	"testing"
)

// TestNaNIdentity pins the rules in nan.go: each NaN Float creates is a new
// object, a copied Value is the same object, the sign survives, and the
// identity never leaks into the encoded bits or the equality of numbers.
func TestNaNIdentity(t *testing.T) {
	a, b := Float(math.NaN()), Float(math.NaN())
	if a.Is(b) || a.ID() == b.ID() {
		t.Fatal("two NaNs from Float are the same object")
	}
	c := a
	if !c.Is(a) {
		t.Fatal("a copied NaN lost its identity")
	}
	if !math.IsNaN(a.FloatVal()) || a.Type() != FloatType {
		t.Fatalf("not a float NaN: %v %s", a.FloatVal(), a.Type().Name)
	}
	neg := Float(math.Copysign(math.NaN(), -1))
	if !math.Signbit(neg.FloatVal()) || math.Signbit(a.FloatVal()) {
		t.Fatal("the sign of a NaN was not kept")
	}
	if got := CanonicalNaNBits(a.FloatVal()); got != 0x7ff8000000000000 {
		t.Fatalf("canonical bits %#x, want 0x7ff8000000000000", got)
	}
	if got := CanonicalNaNBits(neg.FloatVal()); got != 0xfff8000000000000 {
		t.Fatalf("canonical bits of -nan %#x, want 0xfff8000000000000", got)
	}
	if got := CanonicalNaNBits(1.5); got != math.Float64bits(1.5) {
		t.Fatalf("CanonicalNaNBits changed a number: %#x", got)
	}
	if x := Float(2.5); !x.Is(Float(2.5)) {
		t.Fatal("equal non-NaN floats must stay identical")
	}
}

// TestNaNHashByIdentity: as in CPython >= 3.10, hash(nan) follows the
// object, so one NaN is stable and two NaNs (almost always) differ.
func TestNaNHashByIdentity(t *testing.T) {
	a, b := Float(math.NaN()), Float(math.NaN())
	ha, _ := Hash(nil, a)
	ha2, _ := Hash(nil, a)
	hb, _ := Hash(nil, b)
	if ha != ha2 {
		t.Fatal("hash of one NaN changed")
	}
	if ha == hb {
		t.Fatalf("two NaNs hash alike (%d)", ha)
	}
}

// TestNaNFloatDoesNotAllocate: giving NaNs an identity keeps floats inline.
func TestNaNFloatDoesNotAllocate(t *testing.T) {
	nan := math.NaN()
	allocs := testing.AllocsPerRun(100, func() {
		if v := Float(nan); v.Type() != FloatType {
			t.Fatal("wrong type")
		}
	})
	if allocs != 0 {
		t.Fatalf("%v allocations per NaN, want 0", allocs)
	}
}

// BenchmarkFloatResult is the cost Float adds to every float result (the
// NaN test): compare with BenchmarkFloatResultNaN, the rare slow path.
func BenchmarkFloatResult(b *testing.B) {
	acc := Float(0)
	for i := 0; i < b.N; i++ {
		acc = Float(acc.FloatVal() + 1.5)
	}
	if acc.FloatVal() < 0 {
		b.Fatal("wrong sum")
	}
}

// BenchmarkFloatResultNaN creates a NaN per iteration (the atomic counter).
func BenchmarkFloatResultNaN(b *testing.B) {
	nan := math.NaN()
	var last Value
	for i := 0; i < b.N; i++ {
		last = Float(nan)
	}
	if !math.IsNaN(last.FloatVal()) {
		b.Fatal("not NaN")
	}
}
