package objects

// List operations that read part of a list, or compare its elements one by
// one, without first copying the whole list.
//
// Copying (Snapshot) made xs[i:i+1] cost O(len(xs)) and a loop over a long
// list with a one-element slice per step quadratic. Two rules replace it:
//
//   - A slice copies only the selected elements, under mu. Python code never
//     runs under mu (an __eq__ or __index__ could block, park or re-enter the
//     list), so the slice's bounds are first turned into plain ints by
//     calling their __index__ outside the lock; only then is the length read
//     and the range copied, as CPython unpacks a slice before it adjusts it
//     to the length.
//   - An element-wise scan (in, index, count, ==, <) reads one index at a
//     time through At, the lock-free view of List's free-threading scheme, and
//     stops at the first index past the current end. That is CPython's
//     behaviour too: its loops re-read the size on every step, so a list that
//     an __eq__ shrinks ends the scan instead of reading freed slots.

// GetSlice returns l[s] as a new list of only the selected elements.
func (l *List) GetSlice(ctx Ctx, s *Slice) (Value, error) {
	plain, err := plainSlice(ctx, s)
	if err != nil {
		return Value{}, err
	}
	l.mu.Lock()
	// No Python code runs here: every bound of plain is an int or None.
	start, _, step, n, err := plain.Indices(ctx, len(l.items))
	if err != nil {
		l.mu.Unlock()
		return Value{}, err
	}
	out := make([]Value, n)
	if step == 1 {
		copy(out, l.items[start:start+n])
	} else {
		for i := range out {
			out[i] = l.items[start+i*step]
		}
	}
	l.mu.Unlock()
	return NewList(out).Value(), nil
}

// plainSlice returns s with every bound that is not None or an int replaced
// by the int its __index__ gives, so that Indices on the result calls no
// Python code. s itself is returned when it is already plain.
func plainSlice(ctx Ctx, s *Slice) (*Slice, error) {
	plain := func(v Value) bool { return v.IsNone() || v.IsSmallInt() }
	if plain(s.Start) && plain(s.Stop) && plain(s.Step) {
		return s, nil
	}
	out := &Slice{Start: s.Start, Stop: s.Stop, Step: s.Step}
	out.typ = SliceType
	for _, b := range []*Value{&out.Start, &out.Stop, &out.Step} {
		if plain(*b) {
			continue
		}
		i, err := sliceIndex(ctx, *b)
		if err != nil {
			return nil, err
		}
		*b = Int(i)
	}
	return out, nil
}

// Find returns the first index i in [start, stop) with l[i] == x, or -1. The
// list may change while x's __eq__ runs; the scan ends at its current end.
func (l *List) Find(ctx Ctx, x Value, start, stop int) (int, error) {
	for i := start; i < stop; i++ {
		it, ok := l.At(i)
		if !ok {
			break
		}
		eq, err := Equal(ctx, it, x)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// Count is l.count(x).
func (l *List) Count(ctx Ctx, x Value) (int, error) {
	n := 0
	for i := 0; ; i++ {
		it, ok := l.At(i)
		if !ok {
			return n, nil
		}
		eq, err := Equal(ctx, it, x)
		if err != nil {
			return 0, err
		}
		if eq {
			n++
		}
	}
}

// appendItems appends l's elements to dst, copying under mu.
func (l *List) appendItems(dst []Value) []Value {
	l.mu.Lock()
	dst = append(dst, l.items...)
	l.mu.Unlock()
	return dst
}

// listCompare is a <op> b for two lists, element by element as seqCompare
// does for tuples, reading each pair through At (see the file comment).
func listCompare(ctx Ctx, a, b *List, op CompareOp) (Value, error) {
	if op == CmpEq || op == CmpNe {
		if a.Len() != b.Len() {
			return Bool(op == CmpNe), nil
		}
	}
	for i := 0; ; i++ {
		x, okx := a.At(i)
		y, oky := b.At(i)
		if !okx || !oky {
			break
		}
		eq, err := Equal(ctx, x, y)
		if err != nil {
			return Value{}, err
		}
		if !eq {
			if op == CmpEq {
				return False, nil
			}
			if op == CmpNe {
				return True, nil
			}
			return Compare(ctx, x, y, op)
		}
	}
	return Bool(cmpInt(int64(a.Len()), int64(b.Len()), op)), nil
}

// ScanToEnd is a stop for Find that no list reaches.
const ScanToEnd = int(^uint(0) >> 1)
