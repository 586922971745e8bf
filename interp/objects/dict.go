package objects

import (
	"sync"
	"sync/atomic"
)

// Dict is an insertion-ordered hash table laid out like CPython's compact
// dict: a sparse index table of int32 slots pointing into a dense entries
// array. Iteration walks the dense array, so order is insertion order and
// iteration never touches the sparse table.
//
// Free-threading: writers hold mu. Key comparison that may run Python code
// (__eq__ of a class) is done with mu released; the version counter
// detects a concurrent mutation and the lookup restarts, as CPython's dict
// does when a comparison mutates the dict.
//
// Lookups whose key comparison needs no Python code (str and int keys, the
// common case: globals, attributes, keyword arguments, word counts) do not
// lock: lookupFast probes tab, an atomically published pointer to the
// current index and entry arrays. A slice header can tear, so readers never
// read indices or entries themselves, only the headers in tab, which were
// written once before publication. Writers keep the arrays readable while
// they change them:
//
//   - resize builds new arrays and publishes them; the old ones are never
//     written again, so a reader still probing them sees a consistent,
//     older dict;
//   - a new key's entry is written (into spare capacity: tab.entries spans
//     the whole capacity) before the index slot that points at it;
//   - a deletion sets the index slot to ixDummy, then clears the entry's
//     key, then its value; a reader re-reads the key after the value, so it
//     never returns a value torn by the clearing;
//   - a value overwrite stores the Value in place.
//
// A reader that meets a half-visible entry (nil key or value, an index
// past the entries, an undecidable comparison) falls back to the locked
// lookup; one that races with a write may see the dict just before it, or
// a torn Value, which is memory-safe (see Value). Index slots and entry
// Values are accessed with loadIndex/storeIndex and loadValue/storeValue,
// which are atomic only in race-detector builds (valueword_race.go).
type Dict struct {
	Header
	mu      sync.Mutex
	indices []int32 // -1 empty, -2 dummy, else index into entries
	entries []dictEntry
	tab     atomic.Pointer[dictTable]
	used    int
	version uint64
	// contents counts every change to the dict, value overwrites
	// included (version counts only changes to its layout, which is what
	// find's restart needs). Written under mu, read without it.
	contents atomic.Uint64
	// attrs is the attribute dict of an instance of a dict subclass
	// (made on first use; see subinst.go).
	attrs *Dict
}

// dictTable is the published view of a Dict's arrays (see Dict).
type dictTable struct {
	indices []int32
	entries []dictEntry // the whole capacity of Dict.entries
}

// publish makes the current arrays the readers' table. Called with mu
// held whenever indices or entries get a new backing array.
func (d *Dict) publish() {
	if d.indices == nil {
		d.tab.Store(nil)
		return
	}
	d.tab.Store(&dictTable{d.indices, d.entries[:cap(d.entries)]})
}

// lookupFast looks key up without the lock. ok is false when it cannot
// decide (see Dict); then the caller does the locked lookup.
func (d *Dict) lookupFast(key Value, hash int64) (v Value, found, ok bool) {
	tab := d.tab.Load()
	if tab == nil {
		return Value{}, false, true // empty: writers publish before use
	}
	mask := uint64(len(tab.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for range tab.indices {
		ix := loadIndex(&tab.indices[i])
		if ix == ixEmpty {
			return Value{}, false, true
		}
		if ix >= 0 {
			if int(ix) >= len(tab.entries) {
				return Value{}, false, false
			}
			e := &tab.entries[ix]
			if e.hash == hash {
				k := loadValue(&e.key)
				if k.IsNil() {
					return Value{}, false, false
				}
				eq, decided := pureEq(k, key)
				if !decided {
					return Value{}, false, false
				}
				if eq {
					v = loadValue(&e.val)
					// A deletion clears the key before the value: a key
					// still there now means v is a value this entry held
					// (never half of the deletion's clearing).
					if loadValue(&e.key).IsNil() {
						return Value{}, false, false
					}
					return v, true, !v.IsNil()
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return Value{}, false, false
}

type dictEntry struct {
	hash int64
	key  Value // nil: deleted
	val  Value
}

const (
	ixEmpty = -1
	ixDummy = -2
)

// DictType is dict.
var DictType *Type

// Version returns a number that changes whenever the dict's contents
// change (insertions, deletions, value overwrites, clear). It is read
// without the lock, for caches of lookups (LOAD_GLOBAL's InlineCache).
//
// A writer changes the contents and then increments the counter, both
// under mu. A cache filler reads the counter, then looks the key up
// under mu, then stores the value tagged with the counter it read. If a
// write's critical section came before the lookup, the lookup saw the
// new value; if it came after, it incremented the counter past the tag,
// so the record never matches again. Either way a matching tag means
// the cached value is the current one.
func (d *Dict) Version() uint64 { return d.contents.Load() }

// NewDict returns an empty dict.
func NewDict() *Dict {
	d := &Dict{}
	d.typ = DictType
	return d
}

// Value returns d as a Python value.
func (d *Dict) Value() Value { return obj(d) }

// AsDict returns the dict in v or nil.
func AsDict(v Value) *Dict {
	if v.h != nil && v.h.typ.Layout == DictType {
		return as[Dict](v)
	}
	return nil
}

// Len is len(d).
func (d *Dict) Len() int {
	d.mu.Lock()
	n := d.used
	d.mu.Unlock()
	return n
}

// pureEq reports whether equality of a and b can be decided in Go without
// running Python code, and the result.
func pureEq(a, b Value) (eq, decided bool) {
	if a.Is(b) {
		return true, true
	}
	ta, tb := a.Type(), b.Type()
	switch {
	case ta == StrType && tb == StrType:
		return as[Str](a).S == as[Str](b).S, true
	case a.IsSmallInt() && b.IsSmallInt():
		return false, true
	case ta.Builtin && tb.Builtin && ta != TupleType && tb != TupleType && ta != FrozenSetType && tb != FrozenSetType:
		// numbers and other built-ins compare in Go; the result may still
		// need Compare, which does not run Python for built-in pairs.
		return false, false
	}
	return false, false
}

// find returns the entry index of key, or -1, and the sparse slot where
// the key is or would go. Called with mu held; may release and re-take it
// to compare keys with Python code, in which case restarted is true.
func (d *Dict) find(ctx Ctx, key Value, hash int64) (entry int, slot int, err error) {
restart:
	if d.indices == nil {
		return -1, -1, nil
	}
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	freeSlot := -1
	for {
		ix := d.indices[i]
		if ix == ixEmpty {
			if freeSlot < 0 {
				freeSlot = int(i)
			}
			return -1, freeSlot, nil
		}
		if ix == ixDummy {
			if freeSlot < 0 {
				freeSlot = int(i)
			}
		} else {
			e := &d.entries[ix]
			if e.hash == hash {
				if eq, ok := pureEq(e.key, key); ok {
					if eq {
						return int(ix), int(i), nil
					}
				} else {
					ek := e.key
					ver := d.version
					d.mu.Unlock()
					r, cerr := Equal(ctx, ek, key)
					d.mu.Lock()
					if cerr != nil {
						return -1, -1, cerr
					}
					if d.version != ver {
						goto restart
					}
					if r {
						return int(ix), int(i), nil
					}
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

func (d *Dict) resize(minUsed int) {
	n := 8
	for n*2 < minUsed*3 {
		n <<= 1
	}
	old := d.entries
	d.entries = make([]dictEntry, 0, n*2/3+1)
	d.indices = make([]int32, n)
	for i := range d.indices {
		d.indices[i] = ixEmpty
	}
	mask := uint64(n - 1)
	for _, e := range old {
		if e.key.h == nil {
			continue
		}
		perturb := uint64(e.hash)
		i := uint64(e.hash) & mask
		for d.indices[i] != ixEmpty {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		d.indices[i] = int32(len(d.entries))
		d.entries = append(d.entries, e)
	}
	d.publish()
	d.version++
	d.contents.Add(1)
}

// GetItem returns d[key].
func (d *Dict) GetItem(ctx Ctx, key Value) (Value, bool, error) {
	h, err := Hash(ctx, key)
	if err != nil {
		return Value{}, false, err
	}
	if v, found, ok := d.lookupFast(key, h); ok {
		return v, found, nil
	}
	d.mu.Lock()
	e, _, err := d.find(ctx, key, h)
	var v Value
	if e >= 0 {
		v = d.entries[e].val
	}
	d.mu.Unlock()
	return v, e >= 0, err
}

// GetStr looks up a str key (never runs Python code).
func (d *Dict) GetStr(key *Str) (Value, bool) {
	v, ok, _ := d.GetItem(nil, obj(key))
	return v, ok
}

// SetStr stores a str key.
func (d *Dict) SetStr(key *Str, v Value) { _ = d.SetItem(nil, obj(key), v) }

// SetItem stores d[key] = val.
func (d *Dict) SetItem(ctx Ctx, key, val Value) error {
	h, err := Hash(ctx, key)
	if err != nil {
		return err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	e, slot, err := d.find(ctx, key, h)
	if err != nil {
		return err
	}
	if e >= 0 {
		storeValue(&d.entries[e].val, val)
		d.contents.Add(1)
		return nil
	}
	d.insertLocked(ctx, key, val, h, slot)
	return nil
}

// insertLocked adds key, which find did not find (slot is the index slot
// it returned), growing the table first when it is full. Called with mu
// held.
func (d *Dict) insertLocked(ctx Ctx, key, val Value, h int64, slot int) {
	if d.indices == nil || len(d.entries) >= cap(d.entries) || (len(d.entries)+1)*3 > len(d.indices)*2 {
		d.resize(d.used + 1)
		_, slot, _ = d.find(ctx, key, h)
	}
	// The entry first, then the index slot that makes readers find it;
	// the append stays within capacity (resize above), so tab sees it.
	d.entries = append(d.entries, dictEntry{h, key, val})
	storeIndex(&d.indices[slot], int32(len(d.entries)-1))
	d.used++
	d.version++
	d.contents.Add(1)
}

// DelItem removes key and reports whether it was present.
func (d *Dict) DelItem(ctx Ctx, key Value) (bool, error) {
	h, err := Hash(ctx, key)
	if err != nil {
		return false, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	e, slot, err := d.find(ctx, key, h)
	if err != nil || e < 0 {
		return false, err
	}
	storeIndex(&d.indices[slot], ixDummy)
	storeValue(&d.entries[e].key, Value{})
	storeValue(&d.entries[e].val, Value{})
	d.used--
	d.version++
	d.contents.Add(1)
	if d.used == 0 {
		d.indices, d.entries = nil, nil
		d.publish()
	}
	return true, nil
}

// Items returns a snapshot of the key/value pairs in order.
func (d *Dict) Items() (keys, vals []Value) {
	d.mu.Lock()
	keys = make([]Value, 0, d.used)
	vals = make([]Value, 0, d.used)
	for _, e := range d.entries {
		if e.key.h != nil {
			keys = append(keys, e.key)
			vals = append(vals, e.val)
		}
	}
	d.mu.Unlock()
	return
}

// Keys returns a snapshot of the keys in order.
func (d *Dict) Keys() []Value { k, _ := d.Items(); return k }

// Clear empties d.
func (d *Dict) Clear() {
	d.mu.Lock()
	d.indices, d.entries, d.used = nil, nil, 0
	d.publish()
	d.version++
	d.contents.Add(1)
	d.mu.Unlock()
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := NewDict()
	d.mu.Lock()
	n.entries = append([]dictEntry(nil), d.entries...)
	n.used = d.used
	d.mu.Unlock()
	n.resize(n.used)
	return n
}

// entryAt returns the i'th live-or-dead entry for iterators; ok is false
// past the end. Iterators detect size changes through Len.
func (d *Dict) entryAt(i int) (k, v Value, ok bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if i >= len(d.entries) {
		return Value{}, Value{}, false
	}
	e := d.entries[i]
	return e.key, e.val, true
}
