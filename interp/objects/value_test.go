package objects

import (
	"math"
	"testing"
)

// TestInlineNumbersDoNotAllocate checks the core claim of the Value
// representation: small ints and floats are built and used without heap
// allocation.
func TestInlineNumbersDoNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		acc := Int(0)
		for i := int64(0); i < 100; i++ {
			r, ok, _ := SmallIntOp(OpAdd, acc.SmallInt(), i)
			if !ok {
				t.Fatal("overflow")
			}
			acc = r
		}
		f := Float(1.5)
		if acc.SmallInt() != 4950 || f.FloatVal() != 1.5 || acc.Type() != IntType || f.Type() != FloatType {
			t.Fatal("wrong value")
		}
	})
	if allocs != 0 {
		t.Fatalf("%v allocations per run, want 0", allocs)
	}
}

func TestIntOverflowPromotesToBig(t *testing.T) {
	r, err := Binary(nil, Int(math.MaxInt64), Int(1), OpAdd)
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := Repr(nil, r); s != "9223372036854775808" || r.IsSmallInt() || r.Type() != IntType {
		t.Fatalf("MaxInt64+1 = %s (small=%v)", s, r.IsSmallInt())
	}
	back, _ := Binary(nil, r, Int(1), OpSub)
	if !back.IsSmallInt() || back.SmallInt() != math.MaxInt64 {
		t.Fatal("result back in int64 range is not normalised to the inline form")
	}
}

func TestHashMatchesCPython(t *testing.T) {
	for _, c := range []struct {
		v    Value
		want int64
	}{{Int(-1), -2}, {Int(1 << 61), 1}, {Float(1.5), 1152921504606846977}, {Float(-0.5), -1152921504606846976}, {Float(3.0), 3}} {
		if h, _ := Hash(nil, c.v); h != c.want {
			r, _ := Repr(nil, c.v)
			t.Errorf("hash(%s) = %d, want %d", r, h, c.want)
		}
	}
}

func TestDictInsertionOrderAndDelete(t *testing.T) {
	d := NewDict()
	for i := int64(0); i < 100; i++ {
		if err := d.SetItem(nil, Int(i), Int(i*i)); err != nil {
			t.Fatal(err)
		}
	}
	for i := int64(0); i < 100; i += 2 {
		if ok, _ := d.DelItem(nil, Int(i)); !ok {
			t.Fatalf("delete %d failed", i)
		}
	}
	keys := d.Keys()
	if len(keys) != 50 || keys[0].SmallInt() != 1 || keys[49].SmallInt() != 99 {
		t.Fatalf("keys after deletes: len %d", len(keys))
	}
	v, ok, _ := d.GetItem(nil, Int(51))
	if !ok || v.SmallInt() != 2601 {
		t.Fatal("lookup after deletes failed")
	}
	if _, ok, _ := d.GetItem(nil, Float(51.0)); !ok {
		t.Fatal("51.0 must find key 51 (equal hash and ==)")
	}
}

// boxedAdd is the interface-based alternative the Value design is
// measured against: every int result is boxed in an interface.
func boxedAdd(a, b any) any {
	if x, ok := a.(int64); ok {
		if y, ok := b.(int64); ok {
			return x + y
		}
	}
	return nil
}

// BenchmarkIntLoopValue sums ints with the two-word Value.
func BenchmarkIntLoopValue(b *testing.B) {
	for n := 0; n < b.N; n++ {
		acc := Int(0)
		for i := int64(0); i < 1000; i++ {
			x := Int(i + 1000)
			if acc.IsSmallInt() && x.IsSmallInt() {
				acc, _, _ = SmallIntOp(OpAdd, acc.SmallInt(), x.SmallInt())
			}
		}
		if acc.SmallInt() == 0 {
			b.Fatal("bad sum")
		}
	}
}

// BenchmarkIntLoopInterface sums ints boxed in interfaces (what a
// `type Value interface{}` interpreter such as gpython does).
func BenchmarkIntLoopInterface(b *testing.B) {
	for n := 0; n < b.N; n++ {
		var acc any = int64(0)
		for i := int64(0); i < 1000; i++ {
			acc = boxedAdd(acc, any(i+1000))
		}
		if acc.(int64) == 0 {
			b.Fatal("bad sum")
		}
	}
}

func TestBigFloorDivModSigns(t *testing.T) {
	big20, _ := Binary(nil, Int(10), Int(20), OpPow)
	x, _ := Binary(nil, big20, Int(3), OpAdd) // 10**20 + 3
	for _, c := range []struct {
		a, b   Value
		q, m   string
		negate bool
	}{
		{x, Int(-7), "-14285714285714285715", "-2", false},
		{x, Int(7), "14285714285714285714", "5", false},
		{x, Int(-7), "14285714285714285714", "-5", true},
	} {
		a := c.a
		if c.negate {
			a, _ = Neg(nil, a)
		}
		q, err := Binary(nil, a, c.b, OpFloorDiv)
		if err != nil {
			t.Fatal(err)
		}
		m, _ := Binary(nil, a, c.b, OpMod)
		qs, _ := Repr(nil, q)
		ms, _ := Repr(nil, m)
		if qs != c.q || ms != c.m {
			t.Errorf("divmod = (%s, %s), want (%s, %s)", qs, ms, c.q, c.m)
		}
	}
}

// TestSetOrderMatchesCPython compares with orders printed by CPython 3.11.
func TestSetOrderMatchesCPython(t *testing.T) {
	for _, c := range []struct {
		items []int64
		want  string
	}{
		{[]int64{3, 1, 2}, "{1, 2, 3}"},
		{[]int64{9, 4, 1, 0}, "{0, 9, 4, 1}"},
		{[]int64{-1, -2, 5}, "{5, -1, -2}"},
		{[]int64{100, 8, 16, 1}, "{8, 16, 100, 1}"},
	} {
		vals := make([]Value, len(c.items))
		for i, x := range c.items {
			vals[i] = Int(x)
		}
		s, err := NewSet(nil, vals, false)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := Repr(nil, s.Value()); got != c.want {
			t.Errorf("set(%v) = %s, want %s", c.items, got, c.want)
		}
	}
}
