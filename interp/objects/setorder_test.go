package objects

import (
	"sync"
	"testing"
)

func intSet(t testing.TB, n int) *Set {
	items := make([]Value, n)
	for i := range items {
		items[i] = Int(int64(i * 7 % n))
	}
	s, err := NewSet(nil, items, false)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSetOrderCache checks that the cached iteration order is reused
// while the set is unchanged, follows a mutation, and that successive
// set.pop calls return the elements in the iteration order seen before
// them, as CPython's pops walk the table (a popped slot becomes a dummy
// and no other entry moves).
func TestSetOrderCache(t *testing.T) {
	s := intSet(t, 40)
	first := s.Ordered()
	if got := s.Ordered(); &got[0] != &first[0] {
		t.Error("a second Ordered of an unchanged set replayed instead of using the cache")
	}
	if err := s.D.SetItem(nil, Int(1000), None); err != nil {
		t.Fatal(err)
	}
	if got := s.Ordered(); len(got) != 41 {
		t.Fatalf("after an add, Ordered has %d elements, want 41", len(got))
	}
	order := append([]Value(nil), s.Ordered()...)
	for i := 0; i < 41; i++ {
		want := order[i]
		x, ok, err := s.PopOrdered(nil)
		if err != nil || !ok {
			t.Fatalf("pop %d: ok %v err %v", i, ok, err)
		}
		if !x.Is(want) {
			t.Fatalf("pop %d returned %v, want the first element in iteration order %v", i, x, want)
		}
		if cached := s.Ordered(); len(cached) != s.D.Len() {
			t.Fatalf("after pop %d the cached order has %d elements, the set %d", i, len(cached), s.D.Len())
		}
	}
	if _, ok, _ := s.PopOrdered(nil); ok {
		t.Error("pop from an empty set succeeded")
	}
}

// TestSetConcurrentIterationAndMutation runs iterators, pops and adds on
// one set from several goroutines: under -race it proves the order cache
// is published safely, and every element is popped exactly once.
func TestSetConcurrentIterationAndMutation(t *testing.T) {
	s := intSet(t, 0)
	const adders, per = 4, 500
	var wg sync.WaitGroup
	for a := 0; a < adders; a++ {
		wg.Add(1)
		go func(a int) {
			defer wg.Done()
			for i := 0; i < per; i++ {
				if err := s.D.SetItem(nil, Int(int64(a*per+i)), None); err != nil {
					t.Error(err)
					return
				}
			}
		}(a)
	}
	for r := 0; r < 2; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				it := newSetIter(s)
				for {
					x, err := setIterNext(nil, it)
					if err != nil || x.IsNil() {
						break // a size change is reported, not a crash
					}
				}
			}
		}()
	}
	wg.Wait()
	seen := map[int64]bool{}
	var mu sync.Mutex
	for p := 0; p < 4; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				x, ok, err := s.PopOrdered(nil)
				if err != nil {
					t.Error(err)
					return
				}
				if !ok {
					return
				}
				mu.Lock()
				if seen[x.SmallInt()] {
					t.Errorf("%d popped twice", x.SmallInt())
				}
				seen[x.SmallInt()] = true
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(seen) != adders*per {
		t.Errorf("popped %d distinct elements, want %d", len(seen), adders*per)
	}
}

// BenchmarkSetIterate measures starting an iteration of an unchanged
// 10 000-element set and walking it: with the order cache this is O(n)
// in the walk only; "replay" is the cost of recomputing the order, which
// every iteration paid before the cache.
func BenchmarkSetIterate(b *testing.B) {
	s := intSet(b, 10000)
	b.Run("cached", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			it := newSetIter(s)
			for x, _ := setIterNext(nil, it); !x.IsNil(); x, _ = setIterNext(nil, it) {
			}
		}
	})
	b.Run("replay", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for range s.replayOrder() {
			}
		}
	})
}

// BenchmarkSetPopAll pops every element of a 10 000-element set: O(1)
// per pop with the cache updated in place (the replay made it O(n)).
func BenchmarkSetPopAll(b *testing.B) {
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s := intSet(b, 10000)
		b.StartTimer()
		for {
			if _, ok, _ := s.PopOrdered(nil); !ok {
				break
			}
		}
	}
}
