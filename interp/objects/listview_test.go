package objects

import (
	"sync"
	"sync/atomic"
	"testing"
)

// TestListLockFreeReadsStress races readers that take no lock (At, the
// private and shared list iterators) against writers that append, store
// elements, shrink and regrow the list. Every value a reader sees must be
// one that some writer stored (the ints 0..999), never the zero Value or
// a torn pointer. Under -race it also checks that the view protocol
// publishes every backing array before readers use it.
func TestListLockFreeReadsStress(t *testing.T) {
	l := NewList(nil)
	for i := 0; i < 8; i++ {
		l.Append(Int(int64(i)))
	}
	const rounds = 2000
	var wg sync.WaitGroup
	stop := make(chan struct{})
	bad := make(chan string, 4)
	check := func(x Value) {
		if !x.IsSmallInt() || x.SmallInt() < 0 || x.SmallInt() >= 1000 {
			select {
			case bad <- "read a value no writer stored":
			default:
			}
		}
	}
	for r := 0; r < 2; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				for i := 0; i < 16; i++ {
					if x, ok := l.At(i); ok {
						check(x)
					}
				}
				it, _ := IterPrivate(l.Value())
				if r == 1 {
					it = newSeqIter(l.Value())
				}
				for {
					x, _ := NextFast(it)
					if x.IsNil() {
						break
					}
					check(x)
				}
			}
		}(r)
	}
	var writers sync.WaitGroup
	for w := 0; w < 2; w++ {
		writers.Add(1)
		go func(w int) {
			defer writers.Done()
			for i := 0; i < rounds; i++ {
				v := Int(int64((i*7 + w) % 1000))
				switch i % 4 {
				case 0, 1:
					l.Append(v)
				case 2:
					ListSetItem(l.Value(), int64(i%8), v)
				case 3:
					if l.Len() > 64 {
						l.SetItems(l.Snapshot()[:4])
					}
				}
			}
		}(w)
	}
	writers.Wait()
	close(stop)
	wg.Wait()
	select {
	case msg := <-bad:
		t.Fatal(msg)
	default:
	}
	// After the writers, the view must agree with the locked contents.
	items := l.Snapshot()
	for i, want := range items {
		if got, ok := l.At(i); !ok || !got.Is(want) {
			t.Fatalf("At(%d) = %v, %v; the list holds %v", i, got, ok, want)
		}
	}
	if _, ok := l.At(len(items)); ok {
		t.Fatalf("At(len) succeeded")
	}
}

// TestRangeIterSharedNoDuplicates advances one range iterator from
// several goroutines: each number must come out exactly once.
func TestRangeIterSharedNoDuplicates(t *testing.T) {
	r := &Range{Start: 0, Stop: 20000, Step: 1}
	it := newRangeIter(r, false)
	seen := make([]int32, 20000)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				n, ok := it.advance()
				if !ok {
					return
				}
				mu.Lock()
				seen[n]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	for i, c := range seen {
		if c != 1 {
			t.Fatalf("%d produced %d times", i, c)
		}
	}
}

// TestRangeIterOverflow checks that a step past the int64 limit ends the
// iteration instead of wrapping around to negative numbers.
func TestRangeIterOverflow(t *testing.T) {
	const max = 1<<63 - 1
	it := newRangeIter(&Range{Start: max - 5, Stop: max, Step: 4}, true)
	var got []int64
	for {
		n, ok := it.advance()
		if !ok {
			break
		}
		got = append(got, n)
		if len(got) > 3 {
			break
		}
	}
	if len(got) != 2 || got[0] != max-5 || got[1] != max-1 {
		t.Fatalf("range(max-5, max, 4) gave %v", got)
	}
}

// TestListPopConcurrent: threads popping from one list (from the end and
// from the front) while readers index it get every element exactly once,
// and a reader never sees an index past the shrinking end.
func TestListPopConcurrent(t *testing.T) {
	const n = 20000
	items := make([]Value, n)
	for i := range items {
		items[i] = Int(int64(i))
	}
	l := NewList(items)
	var wg sync.WaitGroup
	seen := make([]atomic.Int32, n)
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			if v, ok := l.At(0); ok && (!v.IsSmallInt() || v.SmallInt() < 0 || v.SmallInt() >= n) {
				t.Errorf("read %v", v)
				return
			}
		}
	}()
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for {
				v, _, ok := l.Pop(0, w%2 == 0)
				if !ok {
					return
				}
				seen[v.SmallInt()].Add(1)
			}
		}(w)
	}
	wg.Wait()
	close(stop)
	for i := range seen {
		if c := seen[i].Load(); c != 1 {
			t.Fatalf("element %d popped %d times", i, c)
		}
	}
	if l.Len() != 0 {
		t.Fatalf("len %d after popping everything", l.Len())
	}
}
