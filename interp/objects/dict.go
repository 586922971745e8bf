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
// Free-threading: every access holds mu. Key comparison that may run Python
// code (__eq__ of a class) is done with mu released; the version counter
// detects a concurrent mutation and the lookup restarts, as CPython's dict
// does when a comparison mutates the dict.
type Dict struct {
	Header
	mu      sync.Mutex
	indices []int32 // -1 empty, -2 dummy, else index into entries
	entries []dictEntry
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
	d.version++
	d.contents.Add(1)
}

// GetItem returns d[key].
func (d *Dict) GetItem(ctx Ctx, key Value) (Value, bool, error) {
	h, err := Hash(ctx, key)
	if err != nil {
		return Value{}, false, err
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
		d.entries[e].val = val
		d.contents.Add(1)
		return nil
	}
	if d.indices == nil || len(d.entries) >= cap(d.entries) || (len(d.entries)+1)*3 > len(d.indices)*2 {
		d.resize(d.used + 1)
		_, slot, _ = d.find(ctx, key, h)
	}
	d.indices[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{h, key, val})
	d.used++
	d.version++
	d.contents.Add(1)
	return nil
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
	d.indices[slot] = ixDummy
	d.entries[e] = dictEntry{}
	d.used--
	d.version++
	d.contents.Add(1)
	if d.used == 0 {
		d.indices, d.entries = nil, nil
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
