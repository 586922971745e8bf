package objects

import (
	"math/big"
	"sync"
	"testing"
)

// TestDequeConcurrentProducersConsumers runs producers appending at both
// ends and consumers popping from both ends at once (run it under -race):
// every item must come out exactly once, which only holds if each
// operation is atomic.
func TestDequeConcurrentProducersConsumers(t *testing.T) {
	d := NewDeque(DequeType, -1)
	const producers, perProducer = 4, 2000
	var wg sync.WaitGroup
	seen := make([]int32, producers*perProducer)
	var seenMu sync.Mutex
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < perProducer; i++ {
				x := Int(int64(p*perProducer + i))
				if i%2 == 0 {
					d.Append(x)
				} else {
					d.AppendLeft(x)
				}
			}
		}(p)
	}
	done := make(chan struct{})
	var consumers sync.WaitGroup
	for c := 0; c < 3; c++ {
		consumers.Add(1)
		go func(c int) {
			defer consumers.Done()
			for {
				var x Value
				var ok bool
				if c%2 == 0 {
					x, ok = d.PopLeft()
				} else {
					x, ok = d.Pop()
				}
				if !ok {
					select {
					case <-done:
						if d.Len() == 0 {
							return
						}
					default:
					}
					continue
				}
				seenMu.Lock()
				seen[x.SmallInt()]++
				seenMu.Unlock()
			}
		}(c)
	}
	wg.Wait()
	close(done)
	consumers.Wait()
	for i, n := range seen {
		if n != 1 {
			t.Fatalf("item %d came out %d times", i, n)
		}
	}
}

// TestDequeMaxlenAndRotate checks the ring arithmetic across growth,
// wrap-around, the maxlen eviction at both ends and rotation.
func TestDequeMaxlenAndRotate(t *testing.T) {
	d := NewDeque(DequeType, 5)
	for i := 0; i < 20; i++ {
		d.Append(Int(int64(i)))
	}
	d.AppendLeft(Int(100))
	d.Rotate(2)
	items, _ := d.Snapshot()
	want := []int64{17, 18, 100, 15, 16}
	if len(items) != len(want) {
		t.Fatalf("len %d, want %d", len(items), len(want))
	}
	for i, w := range want {
		if items[i].SmallInt() != w {
			t.Fatalf("item %d = %d, want %d (all: %v)", i, items[i].SmallInt(), w, items)
		}
	}
	d.Rotate(-7)
	items, _ = d.Snapshot()
	if items[0].SmallInt() != 100 || items[4].SmallInt() != 18 {
		t.Fatalf("after rotate(-7): %v", items)
	}
}

// TestBigRange checks the arbitrary-precision range path against values
// computed with math/big.
func TestBigRange(t *testing.T) {
	two64 := new(big.Int).Lsh(big.NewInt(1), 64)
	r := AsRange(NewBigRange(big.NewInt(0), two64, big.NewInt(3)))
	if r.Big == nil {
		t.Fatal("range(0, 2**64, 3) took the int64 path")
	}
	want := new(big.Int).Add(two64, big.NewInt(2))
	want.Quo(want, big.NewInt(3))
	if r.Big.length.Cmp(want) != 0 {
		t.Fatalf("len = %v, want %v", r.Big.length, want)
	}
	if !r.containsInt(BigValue(new(big.Int).Sub(two64, big.NewInt(1)))) {
		t.Fatal("2**64-1 should be in range(0, 2**64, 3)")
	}
	if r.containsInt(BigValue(new(big.Int).Sub(two64, big.NewInt(2)))) {
		t.Fatal("2**64-2 should not be in range(0, 2**64, 3)")
	}
	small := AsRange(NewBigRange(big.NewInt(-5), big.NewInt(5), big.NewInt(2)))
	if small.Big != nil || small.Len() != 5 {
		t.Fatalf("range(-5, 5, 2): big=%v len=%d", small.Big != nil, small.Len())
	}
}
