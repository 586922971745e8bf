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
// again when the element moved.
func removeValue(t *testing.T, l *List, x Value) {
	for {
		found := false
		for i := 0; ; i++ {
			y, ok := l.At(i)
			if !ok {
				break
			}
			if y.Is(x) {
				found = true
				if l.RemoveIf(i, y) {
					return
				}
				break
			}
		}
		if !found {
			t.Errorf("%d not in the list", x.SmallInt())
			return
		}
	}
}
