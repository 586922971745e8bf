package objects

// initUnhashable makes the mutable containers unhashable. Every built-in
// type inherits object's identity hash when it is made, so list, dict, set
// and bytearray must drop it explicitly; their __hash__ is None, as in
// CPython, so that a subclass (and hash(), and {[1]: 2}) see them as
// unhashable, and "__hash__ = None" in a user class keeps working the same way.
func initUnhashable() {
	for _, t := range []*Type{ListType, DictType, SetType, ByteArrayType} {
		t.Hash = nil
		t.Dict.SetStr(Interned("__hash__"), None)
	}
}
