package objects

// CPython iterates a set in hash-table slot order, and golden outputs
// print small-int sets in that order ({3, 1, 2} prints as {1, 2, 3}).
// weft stores a set in an insertion-ordered Dict; replayOrder recomputes
// the slot order by replaying the insertions into a simulation of
// CPython's table (size 8, linear probes of 9 then perturbed probing,
// growth to 4x used when 3/5 full). Deleted keys are not replayed, so
// after deletions the order can differ from CPython's where a dummy slot
// would have changed a probe sequence.
//
// The replay costs O(n), so its result is cached: Set.order holds an
// immutable snapshot tagged with the Dict's contents version it was
// computed from. Any change to the set bumps the version, so a tag that
// matches means the snapshot is the current order (the same argument as
// Dict.Version's cache fillers: the version is read before the keys, so a
// concurrent write can only make the tag stale, never wrong). Iterating
// a set that has not changed since its last iteration, or repr, or pop,
// costs O(1) to start and O(1) per element. set.pop updates the snapshot
// in place of a replay (popOrdered), which also matches CPython better:
// a popped key leaves a dummy slot and does not move the others.
const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

// setOrder is one published iteration order of a set; never mutated
// after it is stored.
type setOrder struct {
	version uint64
	keys    []Value
}

// Ordered returns the set's elements in CPython's iteration order. The
// slice is shared with the cache: callers must not modify it.
func (s *Set) Ordered() []Value {
	v := s.D.Version()
	if o := s.order.Load(); o != nil && o.version == v {
		return o.keys
	}
	keys := s.replayOrder()
	s.order.Store(&setOrder{version: v, keys: keys})
	return keys
}

// PopOrdered removes and returns the first element in iteration order
// (set.pop), or false when the set is empty. When no other writer
// intervened, the remaining order is published without a replay.
func (s *Set) PopOrdered(ctx Ctx) (Value, bool, error) {
	for {
		v := s.D.Version()
		keys := s.Ordered()
		if len(keys) == 0 {
			return Value{}, false, nil
		}
		ok, err := s.D.DelItem(ctx, keys[0])
		if err != nil {
			return Value{}, false, err
		}
		if !ok {
			// Another thread removed it first: pick again.
			continue
		}
		if s.D.Version() == v+1 {
			s.order.Store(&setOrder{version: v + 1, keys: keys[1:]})
		}
		return keys[0], true, nil
	}
}

// replayOrder computes the iteration order from scratch.
func (s *Set) replayOrder() []Value {
	keys, hashes := s.D.keysAndHashes()
	if len(keys) < 2 {
		return keys
	}
	table := make([]int, setMinSize)
	for i := range table {
		table[i] = -1
	}
	insert := func(table []int, idx int) {
		mask := uint64(len(table) - 1)
		h := hashes[idx]
		i := h & mask
		perturb := h
		for {
			if table[i] < 0 {
				table[i] = idx
				return
			}
			if i+setLinearProbes <= mask {
				for j := uint64(1); j <= setLinearProbes; j++ {
					if table[i+j] < 0 {
						table[i+j] = idx
						return
					}
				}
			}
			perturb >>= setPerturbShift
			i = (i*5 + 1 + perturb) & mask
		}
	}
	used := 0
	for idx := range keys {
		insert(table, idx)
		used++
		mask := len(table) - 1
		if used*5 >= mask*3 {
			minUsed := used * 4
			if used > 50000 {
				minUsed = used * 2
			}
			size := setMinSize
			for size <= minUsed {
				size <<= 1
			}
			old := table
			table = make([]int, size)
			for i := range table {
				table[i] = -1
			}
			for _, e := range old {
				if e >= 0 {
					insert(table, e)
				}
			}
		}
	}
	out := make([]Value, 0, len(keys))
	for _, e := range table {
		if e >= 0 {
			out = append(out, keys[e])
		}
	}
	return out
}

// keysAndHashes returns a snapshot of the keys in insertion order with
// the hashes stored beside them, so no __hash__ runs again.
func (d *Dict) keysAndHashes() ([]Value, []uint64) {
	d.mu.Lock()
	defer d.mu.Unlock()
	keys := make([]Value, 0, d.used)
	hashes := make([]uint64, 0, d.used)
	for _, e := range d.entries {
		if e.key.h != nil {
			keys = append(keys, e.key)
			hashes = append(hashes, uint64(e.hash))
		}
	}
	return keys, hashes
}
