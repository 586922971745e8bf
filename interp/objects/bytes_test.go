package objects

import (
	"math"
	"sync"
	"testing"
)

// TestByteArrayConcurrentMutation checks the free-threading rule for
// bytearray: appends and slice assignments from many goroutines are each
// atomic, so none is lost and the length is exact (run under -race).
func TestByteArrayConcurrentMutation(t *testing.T) {
	a := NewByteArray(nil)
	v := a.Value()
	var wg sync.WaitGroup
	const workers, per = 8, 200
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i++ {
				if _, err := InPlace(nil, v, BytesValue([]byte{'x'}), OpAdd); err != nil {
					t.Error(err)
					return
				}
				_ = a.Snapshot()
			}
		}()
	}
	wg.Wait()
	if n := a.Len(); n != workers*per {
		t.Fatalf("len = %d after %d appends", n, workers*per)
	}
}

func TestByteArraySliceAssignment(t *testing.T) {
	v := ByteArrayValue([]byte("hello"))
	sl := func(start, stop, step Value) Value { return NewSlice(start, stop, step) }
	if err := SetItem(nil, v, sl(Int(1), Int(3), None), BytesValue([]byte("EEE"))); err != nil {
		t.Fatal(err)
	}
	if got := string(AsByteArray(v).Snapshot()); got != "hEEElo" {
		t.Fatalf("slice assign: %q", got)
	}
	if err := SetItem(nil, v, sl(None, None, Int(2)), Value{}); err != nil {
		t.Fatal(err)
	}
	if got := string(AsByteArray(v).Snapshot()); got != "EEo" {
		t.Fatalf("extended slice delete: %q", got)
	}
	err := SetItem(nil, v, Int(0), Int(256))
	if e, ok := err.(*Exception); !ok || !e.Matches(ValueErrorType) || ExceptionString(e) != "byte must be in range(0, 256)" {
		t.Fatalf("out of range byte: %v", err)
	}
	err = SetItem(nil, v, Int(9), Int(1))
	if e, ok := err.(*Exception); !ok || ExceptionString(e) != "bytearray index out of range" {
		t.Fatalf("index error: %v", err)
	}
	if _, err := Hash(nil, v); err == nil {
		t.Fatal("bytearray must be unhashable")
	}
}

func TestBytesHashMatchesEqualStr(t *testing.T) {
	hb, _ := Hash(nil, BytesValue([]byte("abc")))
	hs, _ := Hash(nil, StrValue("abc"))
	if hb != hs {
		t.Fatalf("hash(b'abc') = %d, hash('abc') = %d", hb, hs)
	}
}

// TestComplexArithmetic pins results that differ between CPython's
// algorithms and Go's built-in complex operators or naive formulas.
func TestComplexArithmetic(t *testing.T) {
	q, ok := complexQuot(complex(1, -1), complex(2, 0))
	if !ok || q != complex(0.5, -0.5) {
		t.Fatalf("(1-1j)/2 = %v", q)
	}
	if _, ok := complexQuot(1, 0); ok {
		t.Fatal("division by 0j must fail")
	}
	// Smith's method avoids the overflow of |b|**2 for huge divisors.
	q, _ = complexQuot(complex(1e300, 1e300), complex(1e300, 1e300))
	if q != 1 {
		t.Fatalf("huge/huge = %v", q)
	}
	r, err := ComplexPow(complex(0, 1), 2)
	if err != nil || complexOf(r) != complex(-1, 0) {
		t.Fatalf("1j**2 = %v %v", r, err)
	}
	if _, err := ComplexPow(0, complex(-1, 0)); err == nil {
		t.Fatal("0j ** -1 must raise ZeroDivisionError")
	}
	if _, err := ComplexPow(complex(1e200, 0), 3); err == nil {
		t.Fatal("overflow must raise OverflowError")
	}
	h1 := complexHash(complex(1, 0))
	if h1 != hashInt64(1) {
		t.Fatalf("hash(1+0j) = %d", h1)
	}
	if h := complexHash(complex(math.Inf(1), 0)); h != hashFloat(math.Inf(1)) {
		t.Fatalf("hash(inf+0j) = %d", h)
	}
}

// complexOf unwraps a complex result.
func complexOf(v Value) complex128 { c, _ := AsComplex(v); return c }
