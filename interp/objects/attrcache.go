package objects

import "sync/atomic"

// AttrCache remembers, for one attribute name of a code object, the slot
// of the index table at which instance dicts last held that name.
// Instances of one class are usually given their attributes in the same
// order (by one __init__), so their dicts have the same index table size
// and place each name at the same slot; a read of self.x can then check
// that one slot's entry instead of hashing the name and probing, much as
// CPython's LOAD_ATTR specialisation relies on instances sharing their
// keys.
//
// The hint is only a guess and is validated on every use: the entry the
// slot points at must hold this very name (the same str, or an equal
// exact str) and a value. That is enough for correctness because a live
// key sits in exactly one entry of a dict's current table and a deleted
// entry has its key and value cleared (see Dict), so a matching entry is
// the key's binding wherever the probe found it.
//
// Free-threading: the hint is an atomic word shared by every thread
// running the code. The dict side follows lookupFast's protocol: the
// table comes from the published pointer, and an entry is reached only
// through an index slot, which a writer stores after the entry, so the
// entry read is ordered after its writing; a racing overwrite gives the
// value from just before or just after it.
type AttrCache struct {
	hint atomic.Int32
	// class remembers the class-level lookup of the name (attrclass.go).
	class [attrClassWays]atomic.Pointer[attrClassRecord]
}

// GetStrCached is d.GetStr(key) that first tries the index slot c
// remembers, and remembers where key was found otherwise. c may be nil.
func (d *Dict) GetStrCached(key *Str, c *AttrCache) (Value, bool) {
	if c == nil || key.typ != StrType {
		return d.GetStr(key)
	}
	if tab := d.tab.Load(); tab != nil {
		if i := int(c.hint.Load()); i < len(tab.indices) {
			if ix := loadIndex(&tab.indices[i]); ix >= 0 && int(ix) < len(tab.entries) {
				e := &tab.entries[ix]
				if k := loadValue(&e.key); isStrKey(k, key) {
					// The key re-read after the value rules out half of
					// a deletion's clearing (see Dict).
					if v := loadValue(&e.val); !v.IsNil() && !loadValue(&e.key).IsNil() {
						return v, true
					}
				}
			}
		}
	}
	v, ok := d.GetStr(key)
	if ok {
		if i := d.indexSlotStr(key); i >= 0 {
			c.hint.Store(int32(i))
		}
	}
	return v, ok
}

// isStrKey reports whether the dict key k is the exact str key or an
// equal exact str.
func isStrKey(k Value, key *Str) bool {
	return k.h == &key.Header || (k.h != nil && k.h.typ == StrType && as[Str](k).S == key.S)
}

// indexSlotStr returns the index slot of the exact str key in d's
// published table, or -1 when it is absent or a racing write makes the
// probe undecidable (a hint is then simply not recorded).
func (d *Dict) indexSlotStr(key *Str) int {
	tab := d.tab.Load()
	if tab == nil {
		return -1
	}
	hash := key.Hash()
	mask := uint64(len(tab.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for range tab.indices {
		ix := loadIndex(&tab.indices[i])
		if ix == ixEmpty || int(ix) >= len(tab.entries) {
			return -1
		}
		if ix >= 0 {
			e := &tab.entries[ix]
			if e.hash == hash && isStrKey(loadValue(&e.key), key) {
				return int(i)
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return -1
}

// SetStrCached is d.SetStr(key, v) that overwrites the entry of the index
// slot c remembers when it holds key, and remembers where an existing key was overwritten
// otherwise. A new key is inserted with no hint recorded: an
// __init__ adding attributes would pay for a second probe on every
// instance, while the reads and writes that follow set the hint once.
// c may be nil. It returns the dict's length after inserting a new key,
// 0 after an overwrite (for Type.NoteInstanceDictLen).
func (d *Dict) SetStrCached(key *Str, v Value, c *AttrCache) (grewTo int) {
	if c == nil || key.typ != StrType {
		d.SetStr(key, v)
		return 0
	}
	d.mu.Lock()
	if i := int(c.hint.Load()); i < len(d.indices) {
		if ix := d.indices[i]; ix >= 0 {
			if e := &d.entries[ix]; isStrKey(e.key, key) {
				storeValue(&e.val, v)
				d.contents.Add(1)
				d.mu.Unlock()
				return 0
			}
		}
	}
	// find returns with the lock held (it drops it only to compare with
	// a key of a str subclass, as SetStr's own find would).
	h := key.Hash()
	e, slot, _ := d.find(nil, key.Value(), h)
	if e >= 0 {
		storeValue(&d.entries[e].val, v)
		d.contents.Add(1)
		d.mu.Unlock()
		c.hint.Store(int32(slot))
		return 0
	}
	d.insertLocked(nil, key.Value(), v, h, slot)
	n := d.used
	d.mu.Unlock()
	return n
}
