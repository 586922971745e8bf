package objects

// WrapperDescrType is wrapper_descriptor, CPython's "slot wrapper": the
// class of the dunder methods that expose a built-in type's slots
// (str.__len__, int.__add__), as opposed to method_descriptor for its
// named methods (str.upper). Introspection (inspect, pydoc, type checks
// in libraries) tells the two apart; they behave the same otherwise.
var WrapperDescrType *Type

func initWrapperDescr() {
	W := newBuiltinType("wrapper_descriptor", nil)
	W.Call = MethodDescrType.Call
	W.DescrGet = MethodDescrType.DescrGet
	W.GetAttr = MethodDescrType.GetAttr
	W.Repr = func(ctx Ctx, v Value) (string, error) {
		b := as[Builtin](v)
		return "<slot wrapper '" + b.Name + "' of '" + b.Owner.Name + "' objects>", nil
	}
	WrapperDescrType = W
}

// newSlotWrapper makes the wrapper_descriptor for slot method name of t.
func newSlotWrapper(t *Type, name string, fn BuiltinFn) Value {
	b := NewBuiltin(name, fn, t)
	b.typ = WrapperDescrType
	return b.Value()
}
