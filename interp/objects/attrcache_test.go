package objects

import (
	"strconv"
	"sync"
	"testing"
)

// TestAttrCacheHints checks that a hint learnt on one dict is reused on a
// dict of the same layout, and that a stale hint (another layout, a
// deleted key, an equal but distinct str) never yields a wrong value.
func TestAttrCacheHints(t *testing.T) {
	a, b, c := NewStr("a"), NewStr("b"), NewStr("c")
	var cache AttrCache
	d1 := NewDict()
	d1.SetStr(a, Int(1))
	d1.SetStr(b, Int(2))
	if v, ok := d1.GetStrCached(b, &cache); !ok || v.SmallInt() != 2 {
		t.Fatalf("d1.b = %v, %v; want 2", v, ok)
	}
	if got, want := int(cache.hint.Load()), d1.indexSlotStr(b); got != want || want < 0 {
		t.Fatalf("hint after reading b = %d; want b's index slot %d", got, want)
	}
	d2 := NewDict()
	d2.SetStr(a, Int(10))
	d2.SetStr(b, Int(20))
	if v, ok := d2.GetStrCached(b, &cache); !ok || v.SmallInt() != 20 {
		t.Fatalf("d2.b = %v, %v; want 20", v, ok)
	}
	// Another layout: the hint is pointed at c's slot, and must be
	// rejected for b.
	d3 := NewDict()
	d3.SetStr(b, Int(30))
	d3.SetStr(c, Int(31))
	cache.hint.Store(int32(d3.indexSlotStr(c)))
	if v, ok := d3.GetStrCached(b, &cache); !ok || v.SmallInt() != 30 {
		t.Fatalf("d3.b = %v, %v; want 30", v, ok)
	}
	if got, want := int(cache.hint.Load()), d3.indexSlotStr(b); got != want {
		t.Fatalf("hint after reading d3.b = %d; want b's index slot %d", got, want)
	}
	// An equal str that is another object still matches the entry.
	if v, ok := d3.GetStrCached(NewStr("b"), &cache); !ok || v.SmallInt() != 30 {
		t.Fatalf("d3[equal str b] = %v, %v; want 30", v, ok)
	}
	// A deleted key is not found through the hint.
	if ok, err := d3.DelItem(nil, b.Value()); !ok || err != nil {
		t.Fatalf("del d3.b: %v, %v", ok, err)
	}
	if v, ok := d3.GetStrCached(b, &cache); ok {
		t.Fatalf("d3.b after del = %v; want missing", v)
	}
	// An empty dict and a nil cache work too.
	if _, ok := NewDict().GetStrCached(a, &cache); ok {
		t.Fatal("found a in an empty dict")
	}
	if v, ok := d1.GetStrCached(a, nil); !ok || v.SmallInt() != 1 {
		t.Fatalf("d1.a without cache = %v, %v; want 1", v, ok)
	}
}

// TestAttrCacheStores checks SetStrCached: an overwrite through a hint
// learnt on another dict of the same layout, an overwrite whose hint
// points at another key, and an insert, each leaving every key with its
// own value.
func TestAttrCacheStores(t *testing.T) {
	a, b, c := NewStr("a"), NewStr("b"), NewStr("c")
	var cache AttrCache
	d1, d2 := NewDict(), NewDict()
	for _, d := range []*Dict{d1, d2} {
		d.SetStr(a, Int(1))
		d.SetStr(b, Int(2))
	}
	d1.SetStrCached(b, Int(20), &cache) // learns b's slot
	if got, want := int(cache.hint.Load()), d1.indexSlotStr(b); got != want || want < 0 {
		t.Fatalf("hint after overwriting b = %d; want b's index slot %d", got, want)
	}
	d2.SetStrCached(b, Int(21), &cache) // through the hint
	d3 := NewDict()
	d3.SetStr(b, Int(3))
	d3.SetStr(a, Int(4))
	cache.hint.Store(int32(d3.indexSlotStr(a)))
	d3.SetStrCached(b, Int(30), &cache) // the hint names a: rejected
	d3.SetStrCached(c, Int(31), &cache) // a new key
	want := []struct {
		d    *Dict
		k    *Str
		want int64
	}{{d1, a, 1}, {d1, b, 20}, {d2, a, 1}, {d2, b, 21}, {d3, a, 4}, {d3, b, 30}, {d3, c, 31}}
	for _, w := range want {
		if v, ok := w.d.GetStr(w.k); !ok || v.SmallInt() != w.want {
			t.Errorf("%s = %v, %v; want %d", w.k.S, v, ok, w.want)
		}
	}
	if n := d3.Len(); n != 3 {
		t.Errorf("d3 has %d keys; want 3", n)
	}
}

// TestAttrCacheStress shares one AttrCache between readers of two dicts
// whose layouts differ while writers overwrite, delete and re-add keys
// (moving them to other entries) through the same hints. A reader must
// only see values stored under the key it asks for — never half of a
// deletion's clearing (a lock-free read re-reads the key after the value).
func TestAttrCacheStress(t *testing.T) {
	names := make([]*Str, 6)
	for i := range names {
		names[i] = NewStr("n" + strconv.Itoa(i))
	}
	dicts := []*Dict{NewDict(), NewDict()}
	for j, d := range dicts {
		for i := range names {
			k := (i + j) % len(names) // the second dict has another order
			d.SetStr(names[k], Int(int64(k*1000+1)))
		}
	}
	caches := make([]AttrCache, len(names))
	var readers, writers sync.WaitGroup
	stop := make(chan struct{})
	bad := make(chan string, 4)
	for r := 0; r < 2; r++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				d := dicts[n%2]
				for i, k := range names {
					if v, ok := d.GetStrCached(k, &caches[i]); ok && (!v.IsSmallInt() || v.SmallInt()/1000 != int64(i)) {
						select {
						case bad <- "read " + k.S + " = " + strconv.FormatInt(v.SmallInt(), 10):
						default:
						}
					}
				}
			}
		}()
	}
	for w := 0; w < 2; w++ {
		writers.Add(1)
		go func(w int) {
			defer writers.Done()
			d := dicts[w]
			for n := 0; n < 2000; n++ {
				i := (n*5 + w) % len(names)
				if n%3 == 0 {
					_, _ = d.DelItem(nil, names[i].Value())
				}
				d.SetStrCached(names[i], Int(int64(i*1000+1+n%999)), &caches[i])
			}
		}(w)
	}
	writers.Wait()
	close(stop)
	readers.Wait()
	select {
	case msg := <-bad:
		t.Fatal(msg)
	default:
	}
}
