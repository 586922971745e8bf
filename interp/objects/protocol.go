package objects

import (
	"strings"
	"sync"
)

var internTable sync.Map

// Repr is repr(v).
func Repr(ctx Ctx, v Value) (string, error) {
	t := v.Type()
	if t.Repr == nil {
		return "<" + t.Name + " object>", nil
	}
	return t.Repr(ctx, v)
}

// ToStr is str(v).
func ToStr(ctx Ctx, v Value) (string, error) {
	t := v.Type()
	if t == StrType {
		return as[Str](v).S, nil
	}
	if t.Str != nil {
		return t.Str(ctx, v)
	}
	return Repr(ctx, v)
}

// Hash is hash(v).
func Hash(ctx Ctx, v Value) (int64, error) {
	if v.IsSmallInt() {
		return hashInt64(v.SmallInt()), nil
	}
	t := v.Type()
	if t == StrType {
		return as[Str](v).Hash(), nil
	}
	if t.Hash == nil {
		name := t.Name
		if t.Builtin && t.Module != "builtins" && t.Module != "" {
			name = t.Module + "." + name // CPython's tp_name, e.g. collections.deque
		}
		return 0, Errorf(TypeErrorType, "unhashable type: '%s'", name)
	}
	return t.Hash(ctx, v)
}

// Truth is bool(v).
func Truth(ctx Ctx, v Value) (bool, error) {
	switch {
	case v.IsBool():
		return v.IsTrue(), nil
	case v.IsSmallInt():
		return v.SmallInt() != 0, nil
	case v.IsNone():
		return false, nil
	}
	t := v.Type()
	if t.Bool != nil {
		return t.Bool(ctx, v)
	}
	if t.Len != nil {
		n, err := t.Len(ctx, v)
		return n != 0, err
	}
	return true, nil
}

// Len is len(v).
func Len(ctx Ctx, v Value) (int, error) {
	t := v.Type()
	if t.Len == nil {
		return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", t.Name)
	}
	return t.Len(ctx, v)
}

// Equal is bool(a == b).
func Equal(ctx Ctx, a, b Value) (bool, error) {
	if a.Is(b) {
		return true, nil
	}
	r, err := Compare(ctx, a, b, CmpEq)
	if err != nil {
		return false, err
	}
	return Truth(ctx, r)
}

// Compare is a rich comparison with CPython's reflection rules.
func Compare(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
	if a.IsSmallInt() && b.IsSmallInt() {
		return Bool(cmpInt(a.SmallInt(), b.SmallInt(), op)), nil
	}
	ta, tb := a.Type(), b.Type()
	swapFirst := ta != tb && tb.IsSubtype(ta) && tb.Compare != nil
	if swapFirst {
		r, err := tb.Compare(ctx, b, a, cmpSwapped[op])
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	if ta.Compare != nil {
		r, err := ta.Compare(ctx, a, b, op)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	if !swapFirst && tb.Compare != nil {
		r, err := tb.Compare(ctx, b, a, cmpSwapped[op])
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	switch op {
	case CmpEq:
		return Bool(a.Is(b)), nil
	case CmpNe:
		return Bool(!a.Is(b)), nil
	}
	return Value{}, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", cmpSymbols[op], ta.Name, tb.Name)
}

func cmpInt(x, y int64, op CompareOp) bool {
	switch op {
	case CmpEq:
		return x == y
	case CmpNe:
		return x != y
	case CmpLt:
		return x < y
	case CmpLe:
		return x <= y
	case CmpGt:
		return x > y
	}
	return x >= y
}

// Binary applies a binary operator with CPython's dispatch: the left
// operand's slot, then the right's (the right first when its type is a
// proper subclass of the left's).
func Binary(ctx Ctx, a, b Value, op BinaryOp) (Value, error) {
	ta, tb := a.Type(), b.Type()
	fa, fb := ta.Binary[op], tb.Binary[op]
	if ta == tb {
		fb = nil
	}
	if fb != nil && tb != ta && tb.IsSubtype(ta) {
		r, err := fb(ctx, a, b)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
		fb = nil
	}
	if fa != nil {
		r, err := fa(ctx, a, b)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	if fb != nil {
		r, err := fb(ctx, a, b)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	return BinaryDeclined(ctx, a, b, op, false)
}

// BinaryDeclined finishes a op b (a op= b when inplace) after every
// operator method declined: the sequence fallbacks CPython tries last
// (str % with nothing to format, repetition by an __index__ count,
// concatenation's own message), else "unsupported operand type(s)". The
// Go path and the VM's stackless dispatch both end here.
func BinaryDeclined(ctx Ctx, a, b Value, op BinaryOp, inplace bool) (Value, error) {
	ta, tb := a.Type(), b.Type()
	if op == OpMod && ta == StrType {
		return Value{}, Errorf(TypeErrorType, "not all arguments converted during string formatting")
	}
	if op == OpMul {
		if r, ok, err := sequenceRepeat(ctx, a, b); ok {
			return r, err
		}
	}
	if op == OpAdd && (ta.Layout == StrType || ta.Layout == ListType || ta.Layout == TupleType) {
		// Sequence concatenation is tried last, after the right
		// operand's __radd__, as CPython's sq_concat fallback is.
		n := ta.Layout.Name
		return Value{}, Errorf(TypeErrorType, "can only concatenate %s (not \"%s\") to %s", n, tb.Name, n)
	}
	return Value{}, UnsupportedBinary(a, b, op, inplace)
}

// InPlace applies an augmented assignment operator: the in-place slot if
// the left type has one, else the binary operator.
func InPlace(ctx Ctx, a, b Value, op BinaryOp) (Value, error) {
	if f := a.Type().InPlace[op]; f != nil {
		r, err := f(ctx, a, b)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	r, err := Binary(ctx, a, b, op)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) && strings.HasPrefix(ExceptionString(e), "unsupported operand") {
			sym := binaryOpSymbols[op] + "="
			return Value{}, Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym, a.Type().Name, b.Type().Name)
		}
	}
	return r, err
}

// Unary operators.
func Neg(ctx Ctx, v Value) (Value, error) {
	if f := v.Type().Neg; f != nil {
		return f(ctx, v)
	}
	return Value{}, Errorf(TypeErrorType, "bad operand type for unary -: '%s'", v.Type().Name)
}

// Pos is +v.
func Pos(ctx Ctx, v Value) (Value, error) {
	if f := v.Type().Pos; f != nil {
		return f(ctx, v)
	}
	return Value{}, Errorf(TypeErrorType, "bad operand type for unary +: '%s'", v.Type().Name)
}

// Invert is ~v.
func Invert(ctx Ctx, v Value) (Value, error) {
	if f := v.Type().Invert; f != nil {
		return f(ctx, v)
	}
	return Value{}, Errorf(TypeErrorType, "bad operand type for unary ~: '%s'", v.Type().Name)
}

// GetAttr is getattr(v, name).
func GetAttr(ctx Ctx, v Value, name *Str) (Value, error) {
	t := v.Type()
	if t.GetAttr == nil {
		return GenericGetAttr(ctx, v, name)
	}
	return t.GetAttr(ctx, v, name)
}

// SetAttr is setattr(v, name, val); a nil val deletes.
func SetAttr(ctx Ctx, v Value, name *Str, val Value) error {
	t := v.Type()
	if t.SetAttr == nil {
		return GenericSetAttr(ctx, v, name, val)
	}
	return t.SetAttr(ctx, v, name, val)
}

// InstanceDict returns the attribute dictionary of v, or nil.
func InstanceDict(v Value) *Dict {
	switch v.Type().Layout {
	case ObjectType:
		if v.Type().HasDict {
			return as[Instance](v).Dict
		}
	case BaseExceptionType:
		return as[Exception](v).Dict
	case FunctionType:
		f := as[Function](v)
		if f.Dict == nil {
			f.Dict = NewDict()
		}
		return f.Dict
	case ModuleType:
		return as[Module](v).Dict
	}
	if ins, ok := layoutDicts[v.Type().Layout]; ok {
		return ins(v)
	}
	return nil
}

// layoutDicts finds the instance dict of subclasses of built-in container
// types (their Go struct carries one after the built-in fields).
var layoutDicts = map[*Type]func(Value) *Dict{}

// GenericGetAttr is object.__getattribute__: data descriptors on the type,
// then the instance dict, then other class attributes (bound).
func GenericGetAttr(ctx Ctx, v Value, name *Str) (Value, error) {
	t := v.Type()
	switch name.S {
	case "__class__":
		return t.Value(), nil
	case "__dict__":
		if d := InstanceDict(v); d != nil {
			return d.Value(), nil
		}
	}
	cls, found := t.Lookup(name)
	if found {
		if ct := cls.Type(); ct.DescrSet != nil && ct.DescrGet != nil {
			return ct.DescrGet(ctx, cls, v, t)
		}
	}
	if d := InstanceDict(v); d != nil {
		if r, ok := d.GetStr(name); ok {
			return r, nil
		}
	}
	if found {
		if g := cls.Type().DescrGet; g != nil {
			return g(ctx, cls, v, t)
		}
		return cls, nil
	}
	if ga, ok := t.LookupString("__getattr__"); ok && t.Layout != ModuleType {
		return ctx.Call(ga, []Value{v, name.Value()}, nil)
	}
	return Value{}, attrError(v, name)
}

func attrErrorPlain(v Value, name *Str) *Exception {
	if m := AsModule(v); m != nil {
		return Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", m.Name(), name.S)
	}
	if t := AsType(v); t != nil {
		return Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", t.Name, name.S)
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", v.Type().Name, name.S)
}

// GenericSetAttr is object.__setattr__.
func GenericSetAttr(ctx Ctx, v Value, name *Str, val Value) error {
	t := v.Type()
	if name.S == "__class__" {
		return setClass(v, val)
	}
	if cls, ok := t.Lookup(name); ok {
		if s := cls.Type().DescrSet; s != nil {
			return s(ctx, cls, v, val)
		}
	}
	d := InstanceDict(v)
	if d == nil {
		if t.Builtin || t.Layout != ObjectType {
			if _, ok := t.Lookup(name); ok {
				return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", t.Name, name.S)
			}
			return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", t.Name, name.S)
		}
		return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", t.Name, name.S)
	}
	if val.IsNil() {
		ok, err := d.DelItem(ctx, name.Value())
		if err == nil && !ok {
			return attrError(v, name)
		}
		return err
	}
	return d.SetItem(ctx, name.Value(), val)
}

// GetItem is v[key].
func GetItem(ctx Ctx, v, key Value) (Value, error) {
	t := v.Type()
	if t.GetItem == nil {
		if tt := AsType(v); tt != nil {
			if cg, ok := tt.LookupString("__class_getitem__"); ok {
				// type.__new__ made it a classmethod; bind it to the
				// class subscripted, which may be a subclass.
				if g := cg.Type().DescrGet; g != nil {
					var err error
					if cg, err = g(ctx, cg, Value{}, tt); err != nil {
						return Value{}, err
					}
				}
				return ctx.Call(cg, []Value{key}, nil)
			}
			return Value{}, Errorf(TypeErrorType, "type '%s' is not subscriptable", tt.Name)
		}
		return Value{}, Errorf(TypeErrorType, "'%s' object is not subscriptable", t.Name)
	}
	return t.GetItem(ctx, v, key)
}

// SetItem is v[key] = val; a nil val deletes.
func SetItem(ctx Ctx, v, key, val Value) error {
	t := v.Type()
	if t.SetItem == nil {
		if val.IsNil() {
			return Errorf(TypeErrorType, "'%s' object doesn't support item deletion", t.Name)
		}
		return Errorf(TypeErrorType, "'%s' object does not support item assignment", t.Name)
	}
	return t.SetItem(ctx, v, key, val)
}

// Contains is x in v.
func Contains(ctx Ctx, v, x Value) (bool, error) {
	t := v.Type()
	if t.Contains != nil {
		return t.Contains(ctx, v, x)
	}
	if t.Iter == nil && (t.GetItem == nil || t == DictType) {
		// Without __iter__, a __getitem__ still makes v searchable by
		// index from 0, as Iter does (CPython's sequence iterator).
		return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", t.Name)
	}
	it, err := Iter(ctx, v)
	if err != nil {
		return false, err
	}
	for {
		y, err := Next(ctx, it)
		if err != nil || y.IsNil() {
			return false, err
		}
		if eq, err := Equal(ctx, y, x); err != nil || eq {
			return eq, err
		}
	}
}

// Iter is iter(v).
func Iter(ctx Ctx, v Value) (Value, error) {
	t := v.Type()
	if t.Iter == nil {
		if t.GetItem != nil && t != DictType {
			return newSeqIter(v), nil
		}
		return Value{}, Errorf(TypeErrorType, "'%s' object is not iterable", t.Name)
	}
	return t.Iter(ctx, v)
}

// isIterable reports whether Iter would find an iteration protocol on v
// (__iter__, or __getitem__ for the old sequence protocol) without calling it.
func isIterable(v Value) bool {
	t := v.Type()
	return t.Iter != nil || (t.GetItem != nil && t != DictType)
}

// Next advances an iterator; the nil Value means exhausted.
func Next(ctx Ctx, it Value) (Value, error) {
	t := it.Type()
	if t.Next == nil {
		return Value{}, Errorf(TypeErrorType, "'%s' object is not an iterator", t.Name)
	}
	return t.Next(ctx, it)
}

// Call calls v with vectorcall arguments.
func Call(ctx Ctx, v Value, args []Value, kwnames []string) (Value, error) {
	t := v.Type()
	if t.Call == nil {
		return Value{}, Errorf(TypeErrorType, "'%s' object is not callable", t.Name)
	}
	return t.Call(ctx, v, args, kwnames)
}

// ToSlice collects an iterable into a new Go slice.
func ToSlice(ctx Ctx, v Value) ([]Value, error) {
	switch v.Type().Layout {
	case ListType:
		return as[List](v).Snapshot(), nil
	case TupleType:
		return append([]Value(nil), as[Tuple](v).Items...), nil
	}
	it, err := Iter(ctx, v)
	if err != nil {
		return nil, err
	}
	// Room for a few items up front: append from nil would allocate at
	// 1, 2 and 4 items for the short generators that str.join and
	// tuple() often consume; growItems doubles after that.
	out := make([]Value, 0, 8)
	for {
		x, err := Next(ctx, it)
		if err != nil {
			return nil, err
		}
		if x.IsNil() {
			return out, nil
		}
		if len(out) == cap(out) {
			out = growItems(out)
		}
		out = append(out, x)
	}
}
