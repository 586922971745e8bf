package objects

import (
	"fmt"
	"testing"
)

func intList(n int) *List {
	items := make([]Value, n)
	for i := range items {
		items[i] = Int(int64(i))
	}
	return NewList(items)
}

func listInts(t *testing.T, v Value) []int64 {
	t.Helper()
	l := AsList(v)
	if l == nil {
		t.Fatalf("not a list: %v", v)
	}
	var out []int64
	for _, x := range l.Snapshot() {
		out = append(out, x.SmallInt())
	}
	return out
}

// TestListGetSlice checks GetSlice against sliceItems over a copy (the
// whole-list path it replaces) for bounds in and out of range and every
// step sign.
func TestListGetSlice(t *testing.T) {
	l := intList(10)
	bound := []Value{None, Int(-12), Int(-3), Int(0), Int(4), Int(9), Int(15)}
	for _, a := range bound {
		for _, b := range bound {
			for _, st := range []Value{None, Int(1), Int(2), Int(-1), Int(-3)} {
				s := AsSlice(NewSlice(a, b, st))
				got, err := l.GetSlice(nil, s)
				if err != nil {
					t.Fatal(err)
				}
				want := NewList(sliceItems(nil, s, l.Snapshot())).Value()
				if g, w := fmt.Sprint(listInts(t, got)), fmt.Sprint(listInts(t, want)); g != w {
					t.Fatalf("[%v:%v:%v] = %s, want %s", a, b, st, g, w)
				}
			}
		}
	}
	if _, err := l.GetSlice(nil, AsSlice(NewSlice(None, None, Int(0)))); err == nil {
		t.Fatal("step 0 gave no error")
	}
}

// TestListFindCount checks Find's bounds and Count.
func TestListFindCount(t *testing.T) {
	l := NewList([]Value{Int(1), Int(2), Int(1), Int(3)})
	for _, c := range []struct{ x, start, stop, want int }{
		{1, 0, ScanToEnd, 0}, {1, 1, ScanToEnd, 2}, {1, 1, 2, -1}, {3, 0, 4, 3}, {7, 0, ScanToEnd, -1},
	} {
		if got, err := l.Find(nil, Int(int64(c.x)), c.start, c.stop); err != nil || got != c.want {
			t.Fatalf("Find(%d, %d, %d) = %d, %v; want %d", c.x, c.start, c.stop, got, err, c.want)
		}
	}
	if n, err := l.Count(nil, Int(1)); err != nil || n != 2 {
		t.Fatalf("Count(1) = %d, %v", n, err)
	}
}

// BenchmarkListSliceOne is xs[i:i+1] over a 40 000-element list: "new"
// copies one element, "snapshot" is the former path (copy the whole list,
// then slice the copy), measured in the same run for the ratio.
func BenchmarkListSliceOne(b *testing.B) {
	l := intList(40000)
	s := AsSlice(NewSlice(Int(20000), Int(20001), None))
	b.Run("new", func(b *testing.B) {
		for b.Loop() {
			if _, err := l.GetSlice(nil, s); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("snapshot", func(b *testing.B) {
		for b.Loop() {
			NewList(sliceItems(nil, s, l.Snapshot()))
		}
	})
}

// BenchmarkListContains is `x in xs` for an x near the front of a
// 40 000-element list: a scan through the view against a whole-list copy
// first.
func BenchmarkListContains(b *testing.B) {
	l := intList(40000)
	b.Run("new", func(b *testing.B) {
		for b.Loop() {
			l.Find(nil, Int(3), 0, ScanToEnd)
		}
	})
	b.Run("snapshot", func(b *testing.B) {
		for b.Loop() {
			containsIn(nil, l.Snapshot(), Int(3))
		}
	})
}
