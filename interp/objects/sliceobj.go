package objects

// initSliceObject gives slice its comparison, which orders slices as the
// tuples (start, stop, step), and makes it unhashable, as in CPython 3.11
// (slices became hashable only in 3.12).
func initSliceObject() {
	SliceType.Hash = nil
	SliceType.Dict.SetStr(Interned("__hash__"), None)
	SliceType.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		sb := AsSlice(b)
		if sb == nil {
			return NotImplemented, nil
		}
		sa := as[Slice](a)
		ta := NewTuple([]Value{sa.Start, sa.Stop, sa.Step}).Value()
		tb := NewTuple([]Value{sb.Start, sb.Stop, sb.Step}).Value()
		return Compare(ctx, ta, tb, op)
	}
}
