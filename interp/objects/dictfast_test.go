package objects

import (
	"strconv"
	"sync"
	"testing"
)

// TestDictLockFreeReadsStress races lock-free lookups (str and int keys)
// against writers that insert, overwrite and delete, and so resize the
// dict. A reader must only ever see a value some writer stored for that
// key (key k maps to k*1000+something), never a zero or foreign Value; a
// key present throughout must always be found.
func TestDictLockFreeReadsStress(t *testing.T) {
	d := NewDict()
	stable := NewStr("stable")
	d.SetStr(stable, Int(42))
	keys := make([]*Str, 64)
	for i := range keys {
		keys[i] = NewStr("k" + strconv.Itoa(i))
	}
	var readers, writers sync.WaitGroup
	stop := make(chan struct{})
	bad := make(chan string, 8)
	report := func(msg string) {
		select {
		case bad <- msg:
		default:
		}
	}
	for r := 0; r < 2; r++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if v, ok := d.GetStr(stable); !ok || !v.IsSmallInt() || v.SmallInt() != 42 {
					report("a key present throughout was not found")
				}
				for i, k := range keys {
					if v, ok := d.GetStr(k); ok && (!v.IsSmallInt() || v.SmallInt()/1000 != int64(i)) {
						report("read a value stored under another key")
					}
					if v, ok, _ := d.GetItem(nil, Int(int64(i))); ok && (!v.IsSmallInt() || v.SmallInt()/1000 != int64(i)) {
						report("read a value stored under another int key")
					}
				}
			}
		}()
	}
	for w := 0; w < 2; w++ {
		writers.Add(1)
		go func(w int) {
			defer writers.Done()
			for n := 0; n < 3000; n++ {
				i := (n*7 + w) % len(keys)
				v := Int(int64(i*1000 + n%1000))
				// Entries are append-only between resizes, so this
				// insert/delete churn also resizes the dict often.
				if n%4 < 2 {
					d.SetStr(keys[i], v)
					_ = d.SetItem(nil, Int(int64(i)), v)
				} else {
					_, _ = d.DelItem(nil, keys[i].Value())
					_, _ = d.DelItem(nil, Int(int64(i)))
				}
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
	// Quiescent: the lock-free and locked lookups agree on every key.
	for i, k := range keys {
		fv, ffound, ok := d.lookupFast(k.Value(), k.Hash())
		d.mu.Lock()
		e, _, _ := d.find(nil, k.Value(), k.Hash())
		var lv Value
		if e >= 0 {
			lv = d.entries[e].val
		}
		d.mu.Unlock()
		if !ok || ffound != (e >= 0) || (ffound && !fv.Is(lv)) {
			t.Fatalf("key %d: lock-free lookup (%v, %v, %v) disagrees with locked (%v, %v)", i, fv, ffound, ok, lv, e >= 0)
		}
	}
}
