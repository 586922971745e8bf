package objects

// Fast paths for the eval loop (interp/vm). Each one handles the common
// exact built-in case of an operation in a few instructions and reports
// ok=false for anything else — a subclass (which may override the
// dunder), an index out of range, a type it does not know — so that the
// loop falls back to the generic protocol function, which produces the
// same result or raises the proper exception. They exist because the
// generic path costs a dispatch through the type's slots, an index
// normalisation through __index__, and a deferred unlock per operation,
// which dominated profiles of float- and list-heavy programs
// (bench/py/nbody.py). The locks are the same per-object locks the
// generic paths take (DESIGN.md, free-threading rules): a fast path
// never reads a slice header another carrier may be writing.

// ListItem returns v[i] when v is exactly a list and i (negative counts
// from the end) is in range.
func ListItem(v Value, i int64) (Value, bool) {
	if v.Type() != ListType {
		return Value{}, false
	}
	l := as[List](v)
	if i >= 0 {
		return l.At(int(i))
	}
	l.mu.Lock()
	i += int64(len(l.items))
	if i < 0 {
		l.mu.Unlock()
		return Value{}, false
	}
	x := l.items[i]
	l.mu.Unlock()
	return x, true
}

// ListSetItem stores v[i] = x when v is exactly a list and i (negative
// counts from the end) is in range.
func ListSetItem(v Value, i int64, x Value) bool {
	if v.Type() != ListType {
		return false
	}
	l := as[List](v)
	l.mu.Lock()
	n := int64(len(l.items))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		l.mu.Unlock()
		return false
	}
	l.setLocked(int(i), x)
	l.mu.Unlock()
	return true
}

// TupleItem returns v[i] when v is exactly a tuple and i (negative
// counts from the end) is in range. Tuples are immutable: no lock.
func TupleItem(v Value, i int64) (Value, bool) {
	if v.Type() != TupleType {
		return Value{}, false
	}
	items := as[Tuple](v).Items
	n := int64(len(items))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return Value{}, false
	}
	return items[i], true
}

// NextFast advances the built-in iterators that the eval loop's FOR_ITER
// sees most — range, list, tuple and str iterators — without going through
// the type's Next slot. handled is false for any other iterator; when it
// is true, x is the next item or nil when the iterator is exhausted.
func NextFast(it Value) (x Value, handled bool) {
	switch it.Type() {
	case rangeIterType:
		n, ok := as[rangeIter](it).advance()
		if !ok {
			return Value{}, true
		}
		return Int(n), true
	case listIterType, tupleIterType:
		// Same steps as seqIterNext, whose list and tuple cases these
		// are, without the indirect call.
		s := as[seqIter](it)
		i := s.claim()
		if i < 0 {
			return Value{}, true
		}
		if it.Type() == listIterType {
			if x, ok := as[List](s.seq).At(i); ok {
				return x, true
			}
		} else if items := as[Tuple](s.seq).Items; i < len(items) {
			return items[i], true
		}
		s.finish()
		return Value{}, true
	case strIterType:
		return as[strIter](it).next(), true
	}
	return Value{}, false
}

// IterPrivate returns a fresh iterator over a range, list, tuple or str for the
// eval loop's own FOR_ITER, or ok false for any other iterable. The
// iterator lives only on the frame's value stack, where no other thread
// and no Python code can reach it, so it advances without atomic
// operations (seqIter, rangeIter).
func IterPrivate(v Value) (it Value, ok bool) {
	switch v.Type() {
	case RangeType:
		r := as[Range](v)
		if r.Big != nil {
			return Value{}, false
		}
		return obj(newRangeIter(r, true)), true
	case ListType, TupleType:
		it := newSeqIter(v)
		as[seqIter](it).private = true
		return it, true
	case StrType:
		it := newStrIter(as[Str](v))
		as[strIter](it).private = true
		return it, true
	}
	return Value{}, false
}
