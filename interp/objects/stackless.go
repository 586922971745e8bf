package objects

// AsProperty returns v as a property object, or nil: the eval loop runs a
// Python getter or setter as a frame of its own (stackless dispatch)
// instead of calling it through PropertyType.DescrGet.
func AsProperty(v Value) *Property {
	if v.h != nil && v.h.typ == PropertyType {
		return as[Property](v)
	}
	return nil
}

// Interned dunder names of the binary and comparison operators, for the
// eval loop's stackless operator dispatch (one lookup key per operator,
// no string building on the hot path).
var (
	binaryDunderNames  [numBinaryOps][3]*Str // __op__, __rop__, __iop__
	compareDunderNames [len(cmpDunders)]*Str
)

func init() {
	for op, n := range binaryOpDunders {
		binaryDunderNames[op] = [3]*Str{Interned("__" + n + "__"), Interned("__r" + n + "__"), Interned("__i" + n + "__")}
	}
	for op, n := range cmpDunders {
		compareDunderNames[op] = Interned(n)
	}
}

// BinaryDunders returns the interned names of op's method, reflected
// method and in-place method.
func BinaryDunders(op BinaryOp) (name, rname, iname *Str) {
	n := &binaryDunderNames[op]
	return n[0], n[1], n[2]
}

// UnsupportedBinary is the TypeError of a binary (or, inplace, augmented)
// operator that neither operand implements, worded as Binary and InPlace
// word it.
func UnsupportedBinary(a, b Value, op BinaryOp, inplace bool) error {
	sym := binaryOpSymbols[op]
	switch {
	case inplace:
		sym += "="
	case op == OpPow:
		sym = "** or pow()"
	}
	return Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym, a.Type().Name, b.Type().Name)
}

// CompareDunder returns the interned name of op's method (__lt__ ...).
func CompareDunder(op CompareOp) *Str { return compareDunderNames[op] }

// CompareSwapped returns the reflection of op (< for >, == for ==).
func CompareSwapped(op CompareOp) CompareOp { return cmpSwapped[op] }

// CompareDefault is the result of a comparison that both operands
// declined: identity for == and !=, a TypeError for the orderings.
func CompareDefault(a, b Value, op CompareOp) (Value, error) {
	switch op {
	case CmpEq:
		return Bool(a.Is(b)), nil
	case CmpNe:
		return Bool(!a.Is(b)), nil
	}
	return Value{}, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", cmpSymbols[op], a.Type().Name, b.Type().Name)
}

// PythonAttrHooks reports whether a Python class in t's MRO defines
// __getattribute__ or __getattr__ (get) and __setattr__ or __delattr__
// (set). When neither does, attribute access on instances of a Python
// class with object's layout is object's generic lookup, which the eval
// loop may perform itself (and so run a property getter as a frame).
func (t *Type) PythonAttrHooks() (get, set bool) { return t.pyGetAttr, t.pySetAttr }

// SeqIterSeq returns the object that it iterates when it is iter()'s
// index iterator over an object with __getitem__ but no __iter__ (not a
// list or tuple), or the nil Value when it is not one or is exhausted.
// With SeqIterAdvance and SeqIterStop it lets the eval loop run a Python
// __getitem__ of that fallback as a frame.
func SeqIterSeq(it Value) Value {
	if it.h == nil || it.h.typ != seqIterType {
		return Value{}
	}
	s := as[seqIter](it)
	if s.exhausted() {
		return Value{}
	}
	return s.seq
}

// SeqIterAdvance returns the index an index iterator fetches next and
// moves past it.
func SeqIterAdvance(it Value) int {
	return as[seqIter](it).claim()
}

// SeqIterStop marks an index iterator exhausted (its __getitem__ raised
// IndexError or StopIteration).
func SeqIterStop(it Value) {
	as[seqIter](it).finish()
}

// AsStaticMethod returns v as a staticmethod object, or nil: a class's
// __new__ is stored as one, and the eval loop runs a Python __new__ as a
// frame of its own.
func AsStaticMethod(v Value) *StaticMethod {
	if v.h != nil && v.h.typ == StaticMethodType {
		return as[StaticMethod](v)
	}
	return nil
}
