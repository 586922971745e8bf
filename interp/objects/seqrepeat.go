package objects

// sequenceRepeat is the last resort of a * b, CPython's sq_repeat step:
// when neither operand's multiply accepted the pair and one of them is a
// built-in sequence (str, bytes, bytearray, list, tuple), the other is the
// count. A count with __index__ (that the sequence's own fast slot, which
// takes only ints, declined) repeats; anything else is CPython's
// "can't multiply sequence by non-int" error. ok is false when neither
// operand is such a sequence.
func sequenceRepeat(ctx Ctx, a, b Value) (Value, bool, error) {
	seq, n := a, b
	if !isRepeatable(a.Type()) {
		if !isRepeatable(b.Type()) {
			return Value{}, false, nil
		}
		seq, n = b, a
	}
	if n.Type().Index == nil || IsInt(n) {
		return Value{}, true, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", n.Type().Name)
	}
	k, err := IndexOf(ctx, n)
	if err != nil {
		return Value{}, true, err
	}
	r, err := seq.Type().Binary[OpMul](ctx, seq, Int(k))
	return r, true, err
}

// isRepeatable reports whether t is (or derives from) a built-in sequence
// with a repeat operation.
func isRepeatable(t *Type) bool {
	switch t.Layout {
	case StrType, BytesType, ByteArrayType, ListType, TupleType:
		return t.Binary[OpMul] != nil
	}
	return false
}
