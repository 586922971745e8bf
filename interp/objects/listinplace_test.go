package objects

import (
	"sync"
	"testing"
)

// TestListInsertRemoveInPlace checks Insert at the ends and the middle,
// with and without spare capacity, and RemoveIf, against a plain slice
// model, and that At (the lock-free view) agrees with the contents.
func TestListInsertRemoveInPlace(t *testing.T) {
	l := NewList(nil)
	var model []int64
	check := func(what string) {
		t.Helper()
		items := l.Snapshot()
		if len(items) != len(model) {
			t.Fatalf("%s: len %d, want %d", what, len(items), len(model))
		}
		for i, want := range model {
			if got, ok := l.At(i); !ok || got.SmallInt() != want {
				t.Fatalf("%s: At(%d) = %v, %v; want %d", what, i, got, ok, want)
			}
		}
		if _, ok := l.At(len(model)); ok {
			t.Fatalf("%s: At(len) succeeded", what)
		}
	}
	for i := int64(0); i < 40; i++ {
		at := int(i*7) % (len(model) + 1)
		l.Insert(at, Int(i))
		model = append(model[:at], append([]int64{i}, model[at:]...)...)
		check("insert")
	}
	l.Insert(-5, Int(100))
	model = append([]int64{100}, model...)
	l.Insert(1000, Int(101))
	model = append(model, 101)
	check("clamped insert")
	if l.RemoveIf(3, Int(12345)) {
		t.Fatal("RemoveIf removed an element that was not there")
	}
	for len(model) > 0 {
		i := len(model) / 3
		x, _ := l.At(i)
		if !l.RemoveIf(i, x) {
			t.Fatalf("RemoveIf(%d) failed", i)
		}
		model = append(model[:i], model[i+1:]...)
		check("remove")
	}
}

// TestListInsertRemoveConcurrent runs inserts and removes from several
// goroutines against lock-free readers: no insert or removal may be lost
// (each goroutine inserts then removes its own values, so the list ends
// as it began), and a reader never sees the zero Value or a value no
// writer stored.
func TestListInsertRemoveConcurrent(t *testing.T) {
	l := NewList(nil)
	for i := 0; i < 4; i++ {
		l.Append(Int(int64(i)))
	}
	const writers, rounds = 4, 300
	stop := make(chan struct{})
	var readers, wg sync.WaitGroup
	bad := make(chan string, 1)
	readers.Add(1)
	go func() {
		defer readers.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			for i := 0; i < 64; i++ {
				if x, ok := l.At(i); ok && (!x.IsSmallInt() || x.SmallInt() < 0 || x.SmallInt() >= 1000*writers) {
					select {
					case bad <- "read a value no writer stored":
					default:
					}
				}
			}
		}
	}()
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			mine := make([]Value, 0, 8)
			for r := 0; r < rounds; r++ {
				v := Int(int64(1000*w + r%1000))
				l.Insert(r%5, v)
				mine = append(mine, v)
				if len(mine) == 8 {
					for _, x := range mine {
						removeValue(t, l, x)
					}
					mine = mine[:0]
				}
			}
			for _, x := range mine {
				removeValue(t, l, x)
			}
		}(w)
	}
	wg.Wait()
	close(stop)
	readers.Wait()
	select {
	case msg := <-bad:
		t.Fatal(msg)
	default:
	}
	items := l.Snapshot()
	if len(items) != 4 {
		t.Fatalf("list has %d items after balanced inserts and removes; want 4", len(items))
	}
}

// removeValue is list.remove(x) for a small int x, as the builtin does
// it: find by reading elements one at a time, then RemoveIf, searching
// again when the element moved; a scan that finds nothing is confirmed on
// a snapshot, since a concurrent removal can shift x down behind it.
func removeValue(t *testing.T, l *List, x Value) {
search:
	for {
		for i := 0; ; i++ {
			y, ok := l.At(i)
			if !ok {
				break
			}
			if y.Is(x) {
				if l.RemoveIf(i, y) {
					return
				}
				continue search
			}
		}
		for i, y := range l.Snapshot() {
			if y.Is(x) {
				if l.RemoveIf(i, y) {
					return
				}
				continue search
			}
		}
		t.Errorf("%d not in the list", x.SmallInt())
		return
	}
}

// TestListInPlaceAllocs checks that insert into spare capacity, removal
// and unpacking allocate nothing: before, list.insert and list.remove
// copied the whole list and `a, b = lst` made a snapshot of it.
func TestListInPlaceAllocs(t *testing.T) {
	items := make([]Value, 100, 128)
	for i := range items {
		items[i] = Int(int64(i))
	}
	l := NewList(items)
	x := Int(1000)
	if n := testing.AllocsPerRun(100, func() {
		l.Insert(50, x)
		if !l.RemoveIf(50, x) {
			t.Fatal("RemoveIf did not find the inserted value")
		}
	}); n != 0 {
		t.Errorf("insert+remove: %v allocations per run; want 0", n)
	}
	pair := NewList([]Value{Int(1), Int(2)})
	dst := make([]Value, 2)
	if n := testing.AllocsPerRun(100, func() {
		if !pair.UnpackReversed(dst) {
			t.Fatal("UnpackReversed refused a list of the right length")
		}
	}); n != 0 {
		t.Errorf("unpack: %v allocations per run; want 0", n)
	}
	if dst[0].SmallInt() != 2 || dst[1].SmallInt() != 1 {
		t.Errorf("UnpackReversed gave %v, %v; want 2, 1", dst[0].SmallInt(), dst[1].SmallInt())
	}
	if pair.UnpackReversed(make([]Value, 3)) {
		t.Error("UnpackReversed accepted a length mismatch")
	}
}

// BenchmarkListInsertRemoveMiddle measures list.insert and list.remove
// at the middle of a 1000-element list, the pattern of a work list kept
// in order; compare with BenchmarkListCopyInsertRemove, the copying
// implementation they replaced.
func BenchmarkListInsertRemoveMiddle(b *testing.B) {
	items := make([]Value, 1000, 1024)
	for i := range items {
		items[i] = Int(int64(i))
	}
	l := NewList(items)
	x := Int(5000)
	b.ReportAllocs()
	for b.Loop() {
		l.Insert(500, x)
		l.RemoveIf(500, x)
	}
}

// BenchmarkListCopyInsertRemove is the former implementation (snapshot,
// rebuild, install) of the same two operations, kept as the peer.
func BenchmarkListCopyInsertRemove(b *testing.B) {
	items := make([]Value, 1000, 1024)
	for i := range items {
		items[i] = Int(int64(i))
	}
	l := NewList(items)
	x := Int(5000)
	b.ReportAllocs()
	for b.Loop() {
		s := l.Snapshot()
		l.SetItems(append(append(append(make([]Value, 0, len(s)+1), s[:500]...), x), s[500:]...))
		s = l.Snapshot()
		l.SetItems(append(s[:500:500], s[501:]...))
	}
}
