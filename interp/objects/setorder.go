package objects

// CPython iterates a set in hash-table slot order, and golden outputs
// print small-int sets in that order ({3, 1, 2} prints as {1, 2, 3}).
// weft stores a set in an insertion-ordered Dict; Ordered recomputes the
// slot order by replaying the insertions into a simulation of CPython's
// table (size 8, linear probes of 9 then perturbed probing, growth to
// 4x used when 3/5 full). Deleted keys are not replayed, so after
// deletions the order can differ from CPython's where a dummy slot would
// have changed a probe sequence. The replay costs O(n) per iteration;
// a native CPython-layout set table is the follow-up.
const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

// Ordered returns the set's elements in CPython's iteration order.
func (s *Set) Ordered() []Value {
	keys := s.D.Keys()
	if len(keys) < 2 {
		return keys
	}
	hashes := make([]uint64, len(keys))
	for i, k := range keys {
		h, _ := Hash(nil, k)
		hashes[i] = uint64(h)
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
