package objects

import (
	"sync/atomic"
	"unsafe"
)

// The type attribute cache makes Type.Lookup, the walk of a class's MRO
// dictionaries that every method call, instance attribute read and
// operator dunder needs, a few loads instead of one locked dict probe per
// class in the MRO. It plays the part of CPython's type attribute cache
// (Objects/typeobject.c), with a different invalidation scheme.
//
// Invalidation. Each Dict carries a contents counter that every change
// increments (Dict.Version). An entry records the MRO slice it was
// computed over (class creation may replace a provisional MRO); for one
// MRO the sum of the counters of its MRO's dictionaries changes
// if and only if one of those dictionaries changed: each counter only
// grows. An entry is tagged with the sum read before its lookup was done
// and is used only while the sum is unchanged. By Version's argument, a
// write that raced with the lookup either was seen by it or moved the
// sum past the tag, so a matching tag always means the cached result is
// current. Nothing has to notify caches when a class or a base class is
// changed, which suits free-threading: writers do not touch caches.
//
// Each cache is a two-way table: a name may live in one of two slots
// chosen by different bits of its hash (a class's hot names are a few
// dozen, and in a direct-mapped table of 64 two of them nearly always
// collide and evict each other on every alternate use). A filler takes
// the first slot unless that one holds a current entry for another
// name. Slots are atomic pointers to immutable entries; a filler
// publishes a new entry, so a reader sees either the old entry or the
// new one whole.

// typeCacheSize is the number of slots per type (a power of two). Classes
// touch few names in hot code; 64 slots keep collisions rare.
const typeCacheSize = 64

type typeCache struct {
	slots [typeCacheSize]atomic.Pointer[typeCacheEntry]
}

type typeCacheEntry struct {
	name  string
	tag   uint64
	mro   **Type // the MRO slice the entry was computed over
	val   Value
	found bool
}

// mroTag is the sum of the contents counters of t's MRO dictionaries.
func (t *Type) mroTag() uint64 {
	var sum uint64
	for _, c := range t.MRO {
		sum += c.Dict.contents.Load()
	}
	return sum
}

// Lookup finds name in the MRO's dictionaries (no binding).
func (t *Type) Lookup(name *Str) (Value, bool) { return t.lookup(name.S, name.Hash(), name) }

// LookupString is Lookup for a Go string; a cache hit does not allocate.
func (t *Type) LookupString(name string) (Value, bool) { return t.lookup(name, hashString(name), nil) }

// lookup is Lookup for name, whose str hash is h; key is name as a str,
// or nil to make one on a cache miss.
func (t *Type) lookup(name string, h int64, key *Str) (Value, bool) {
	tag := t.mroTag()
	mro := unsafe.SliceData(t.MRO)
	slot1, slot2 := typeCacheSlots(h)
	c := t.cache.Load()
	if c != nil {
		if e := c.slots[slot1].Load(); e != nil && e.tag == tag && e.mro == mro && e.name == name {
			return e.val, e.found
		}
		if e := c.slots[slot2].Load(); e != nil && e.tag == tag && e.mro == mro && e.name == name {
			return e.val, e.found
		}
	}
	if key == nil {
		key = NewStr(name)
	}
	v, ok := t.lookupMRO(key)
	if mro == nil {
		return v, ok // a type still being made: its MRO is not final
	}
	if c == nil {
		c = new(typeCache)
		if !t.cache.CompareAndSwap(nil, c) {
			c = t.cache.Load()
		}
	}
	slot := slot1
	if e := c.slots[slot1].Load(); e != nil && e.tag == tag && e.mro == mro && e.name != name {
		slot = slot2 // keep the other name's current entry
	}
	c.slots[slot].Store(&typeCacheEntry{name: name, tag: tag, mro: mro, val: v, found: ok})
	return v, ok
}

// typeCacheSlots returns the two slots a name whose hash is h may use:
// its low bits and the next ones up, never the same slot twice.
func typeCacheSlots(h int64) (uint64, uint64) {
	slot1 := uint64(h) % typeCacheSize
	slot2 := (uint64(h) / typeCacheSize) % typeCacheSize
	if slot2 == slot1 {
		slot2 ^= 1
	}
	return slot1, slot2
}

// lookupMRO is Lookup without the cache.
func (t *Type) lookupMRO(name *Str) (Value, bool) {
	for _, c := range t.MRO {
		if v, ok := c.Dict.GetStr(name); ok {
			return v, true
		}
	}
	return Value{}, false
}
