package objects

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// NewClass creates a class from a class statement (type(name, bases, ns)).
// Slots are filled from dunder methods found in the MRO, so that built-in
// operations on instances call the Python methods.
func NewClass(ctx Ctx, meta *Type, name string, bases []*Type, ns *Dict) (*Type, error) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	t := &Type{Name: name, Qualname: name, Bases: bases, Dict: ns.Copy()}
	t.typ = meta
	mro, err := computeMRO(t, bases)
	if err != nil {
		return nil, err
	}
	t.MRO = mro
	if err := customMRO(ctx, meta, t); err != nil {
		return nil, err
	}
	mro = t.MRO
	t.Layout = ObjectType
	for _, b := range bases {
		if b.Layout != ObjectType && b.Layout != nil {
			if t.Layout != ObjectType && t.Layout != b.Layout {
				return nil, Errorf(TypeErrorType, "multiple bases have instance lay-out conflict")
			}
			t.Layout = b.Layout
		}
	}
	if mod, ok := ns.GetStr(Interned("__module__")); ok {
		if s := AsStr(mod); s != nil {
			t.Module = s.S
		}
	}
	if q, ok := ns.GetStr(Interned("__qualname__")); ok {
		if s := AsStr(q); s != nil {
			t.Qualname = s.S
		}
		_, _ = t.Dict.DelItem(nil, Interned("__qualname__").Value())
	}
	// __slots__ first: a '__doc__' slot must not meet the default
	// __doc__ below as a class variable.
	if err := initSlots(ctx, t, bases); err != nil {
		return nil, err
	}
	if _, ok := t.Dict.GetStr(Interned("__doc__")); !ok {
		t.Dict.SetStr(Interned("__doc__"), None)
	}
	for _, m := range mro[1:] {
		t.inherit(m)
	}
	if h, ok := t.LookupString("__hash__"); ok && h.IsNone() {
		// A base that declares __hash__ = None (list, dict, a class
		// defining only __eq__) makes the subclass unhashable too,
		// although object further down the MRO has a hash.
		t.Hash = nil
	}
	installSlotWrappers(t)
	for _, b := range bases {
		b.addSubclass(t)
	}
	return t, nil
}

func dunder(t *Type, name string) (Value, bool) {
	if len(t.MRO) == 0 || t.MRO[0].Builtin {
		return Value{}, false // before interning: a map lookup per call
	}
	return dunderKey(t, Interned(name))
}

// dunderKey is dunder for an interned name.
func dunderKey(t *Type, key *Str) (Value, bool) {
	for _, c := range t.MRO {
		if c.Builtin {
			return Value{}, false
		}
		if v, ok := c.Dict.GetStr(key); ok {
			return v, true
		}
	}
	return Value{}, false
}

func callDunder(ctx Ctx, t *Type, name string, self Value, args ...Value) (Value, error) {
	f, _ := t.LookupString(name)
	return ctx.Call(f, append([]Value{self}, args...), nil)
}

func installSlotWrappers(t *Type) {
	has := func(n string) bool { _, ok := dunder(t, n); return ok }
	t.pyGetAttr = has("__getattr__") || has("__getattribute__")
	t.pySetAttr = has("__setattr__") || has("__delattr__")
	if has("__repr__") {
		t.Repr = func(ctx Ctx, v Value) (string, error) {
			r, err := callDunder(ctx, v.Type(), "__repr__", v)
			if err != nil {
				return "", err
			}
			if s := AsStr(r); s != nil {
				return s.S, nil
			}
			return "", Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", r.Type().Name)
		}
	}
	if has("__str__") {
		t.Str = func(ctx Ctx, v Value) (string, error) {
			r, err := callDunder(ctx, v.Type(), "__str__", v)
			if err != nil {
				return "", err
			}
			if s := AsStr(r); s != nil {
				return s.S, nil
			}
			return "", Errorf(TypeErrorType, "__str__ returned non-string (type %s)", r.Type().Name)
		}
	} else if has("__repr__") && t.Layout == ObjectType {
		t.Str = nil
	}
	if has("__eq__") || has("__lt__") || has("__gt__") || has("__le__") || has("__ge__") || has("__ne__") {
		base := t.Compare
		t.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
			if f, ok := a.Type().LookupString(cmpDunders[op]); ok {
				if AsBuiltin(f) == nil {
					return ctx.Call(f, []Value{a, b}, nil)
				}
			}
			if op == CmpNe {
				if f, ok := a.Type().LookupString("__eq__"); ok && AsBuiltin(f) == nil {
					r, err := ctx.Call(f, []Value{a, b}, nil)
					if err != nil || r.IsNotImplemented() {
						return r, err
					}
					tr, err := Truth(ctx, r)
					return Bool(!tr), err
				}
			}
			if base != nil {
				return base(ctx, a, b, op)
			}
			return NotImplemented, nil
		}
		// CPython's rule looks at the class's own namespace: defining
		// __eq__ without __hash__ makes instances unhashable even when a
		// base defines __hash__.
		_, ownEq := t.Dict.GetStr(Interned("__eq__"))
		_, ownHash := t.Dict.GetStr(Interned("__hash__"))
		if ownEq && !ownHash {
			t.Hash = nil
			t.Dict.SetStr(Interned("__hash__"), None)
		}
	}
	if has("__hash__") {
		t.Hash = func(ctx Ctx, v Value) (int64, error) {
			f, _ := v.Type().LookupString("__hash__")
			if f.IsNone() {
				return 0, Errorf(TypeErrorType, "unhashable type: '%s'", v.Type().Name)
			}
			r, err := ctx.Call(f, []Value{v}, nil)
			if err != nil {
				return 0, err
			}
			if !IsInt(r) {
				return 0, Errorf(TypeErrorType, "__hash__ method should return an integer")
			}
			// As CPython's slot_tp_hash: a result that fits a machine
			// word is the hash itself (-1 is reserved), a larger one is
			// reduced by hashing it as an int.
			if n, ok := AsInt64(r); ok {
				if n == -1 {
					n = -2
				}
				return n, nil
			}
			return Hash(ctx, r)
		}
	}
	if has("__bool__") {
		t.Bool = func(ctx Ctx, v Value) (bool, error) {
			r, err := callDunder(ctx, v.Type(), "__bool__", v)
			if err != nil {
				return false, err
			}
			if !r.IsBool() {
				return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", r.Type().Name)
			}
			return r.IsTrue(), nil
		}
	}
	if has("__len__") {
		t.Len = func(ctx Ctx, v Value) (int, error) {
			r, err := callDunder(ctx, v.Type(), "__len__", v)
			if err != nil {
				return 0, err
			}
			n, err := IndexOf(ctx, r)
			if err == nil && n < 0 {
				return 0, Errorf(ValueErrorType, "__len__() should return >= 0")
			}
			return int(n), err
		}
	}
	if has("__call__") {
		t.Call = func(ctx Ctx, v Value, args []Value, kw []string) (Value, error) {
			f, _ := v.Type().LookupString("__call__")
			return ctx.Call(f, append([]Value{v}, args...), kw)
		}
	}
	if has("__iter__") {
		t.Iter = func(ctx Ctx, v Value) (Value, error) {
			if f, _ := v.Type().LookupString("__iter__"); f.IsNone() {
				return Value{}, Errorf(TypeErrorType, "'%s' object is not iterable", v.Type().Name)
			}
			r, err := callDunder(ctx, v.Type(), "__iter__", v)
			if err == nil && r.Type().Next == nil {
				return Value{}, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", r.Type().Name)
			}
			return r, err
		}
	}
	if has("__next__") {
		t.Next = func(ctx Ctx, v Value) (Value, error) {
			r, err := callDunder(ctx, v.Type(), "__next__", v)
			if e, ok := err.(*Exception); ok && e.Matches(StopIterationType) {
				return Value{}, nil
			}
			return r, err
		}
	}
	if has("__getitem__") {
		t.GetItem = func(ctx Ctx, v, k Value) (Value, error) { return callDunder(ctx, v.Type(), "__getitem__", v, k) }
	}
	if has("__setitem__") || has("__delitem__") {
		t.SetItem = func(ctx Ctx, v, k, val Value) error {
			var err error
			if val.IsNil() {
				_, err = callDunder(ctx, v.Type(), "__delitem__", v, k)
			} else {
				_, err = callDunder(ctx, v.Type(), "__setitem__", v, k, val)
			}
			return err
		}
	}
	if has("__contains__") {
		t.Contains = func(ctx Ctx, v, x Value) (bool, error) {
			r, err := callDunder(ctx, v.Type(), "__contains__", v, x)
			if err != nil {
				return false, err
			}
			return Truth(ctx, r)
		}
	}
	for op := BinaryOp(0); op < numBinaryOps; op++ {
		op := op
		name, rname, iname := "__"+binaryOpDunders[op]+"__", "__r"+binaryOpDunders[op]+"__", "__i"+binaryOpDunders[op]+"__"
		if has(name) || has(rname) {
			base := t.Binary[op]
			t.Binary[op] = func(ctx Ctx, a, b Value) (Value, error) {
				if a.Type() == t || a.Type().IsSubtype(t) {
					if f, ok := a.Type().LookupString(name); ok && AsBuiltin(f) == nil {
						r, err := ctx.Call(f, []Value{a, b}, nil)
						if err != nil || !r.IsNotImplemented() {
							return r, err
						}
					}
				}
				// The reflected method is never tried for two operands
				// of the same type (CPython's SLOT1BINFULL).
				if a.Type() != b.Type() && (b.Type() == t || b.Type().IsSubtype(t)) {
					if f, ok := b.Type().LookupString(rname); ok && AsBuiltin(f) == nil {
						return ctx.Call(f, []Value{b, a}, nil)
					}
				}
				if base != nil {
					return base(ctx, a, b)
				}
				return NotImplemented, nil
			}
		}
		if has(iname) {
			t.InPlace[op] = func(ctx Ctx, a, b Value) (Value, error) { return callDunder(ctx, a.Type(), iname, a, b) }
		}
	}
	unary := func(name string, slot *func(Ctx, Value) (Value, error)) {
		if has(name) {
			*slot = func(ctx Ctx, v Value) (Value, error) { return callDunder(ctx, v.Type(), name, v) }
		}
	}
	unary("__neg__", &t.Neg)
	unary("__pos__", &t.Pos)
	unary("__invert__", &t.Invert)
	unary("__abs__", &t.Abs)
	unary("__index__", &t.Index)
	if has("__getattr__") || has("__getattribute__") {
		t.GetAttr = func(ctx Ctx, v Value, name *Str) (Value, error) {
			if ga, ok := dunder(v.Type(), "__getattribute__"); ok {
				return ctx.Call(ga, []Value{v, name.Value()}, nil)
			}
			r, err := GenericGetAttr(ctx, v, name)
			if e, ok := err.(*Exception); ok && e.Matches(AttributeErrorType) {
				if ga, ok := dunder(v.Type(), "__getattr__"); ok {
					return ctx.Call(ga, []Value{v, name.Value()}, nil)
				}
			}
			return r, err
		}
	}
	if has("__setattr__") || has("__delattr__") {
		t.SetAttr = func(ctx Ctx, v Value, name *Str, val Value) error {
			var err error
			if val.IsNil() {
				if f, ok := dunder(v.Type(), "__delattr__"); ok {
					_, err = ctx.Call(f, []Value{v, name.Value()}, nil)
					return err
				}
				return GenericSetAttr(ctx, v, name, val)
			}
			if f, ok := dunder(v.Type(), "__setattr__"); ok {
				_, err = ctx.Call(f, []Value{v, name.Value(), val}, nil)
				return err
			}
			return GenericSetAttr(ctx, v, name, val)
		}
	}
	if has("__get__") {
		t.DescrGet = func(ctx Ctx, d, inst Value, owner *Type) (Value, error) {
			if inst.IsNil() {
				inst = None
			}
			return callDunder(ctx, d.Type(), "__get__", d, inst, owner.Value())
		}
	}
	if has("__set__") {
		t.DescrSet = func(ctx Ctx, d, inst, val Value) error {
			_, err := callDunder(ctx, d.Type(), "__set__", d, inst, val)
			return err
		}
	}
}

// typeCall implements calling a class: __new__ then __init__.
func typeCall(ctx Ctx, v Value, args []Value, kw []string) (Value, error) {
	t := as[Type](v)
	if t == TypeType && len(args) == 1 && len(kw) == 0 {
		return args[0].Type().Value(), nil
	}
	var inst Value
	var err error
	if f, ok := dunder(t, "__new__"); ok {
		inst, err = ctx.Call(unwrapStatic(f), append([]Value{v}, args...), kw)

	} else if t.New != nil {
		inst, err = t.New(ctx, t, args, kw)
	} else {
		return Value{}, Errorf(TypeErrorType, "cannot create '%s' instances", t.Name)
	}
	if err != nil || !inst.Type().IsSubtype(t) {
		return inst, err
	}
	if f, ok := dunder(inst.Type(), "__init__"); ok {
		r, err := ctx.Call(f, append([]Value{inst}, args...), kw)
		if err != nil {
			return Value{}, err
		}
		if !r.IsNone() {
			return Value{}, Errorf(TypeErrorType, "__init__() should return None, not '%s'", r.Type().Name)
		}
	} else if it := inst.Type().Init; it != nil {
		if err := it(ctx, inst, args, kw); err != nil {
			return Value{}, err
		}
	}
	return inst, nil
}

func unwrapStatic(f Value) Value {
	if f.Type() == StaticMethodType {
		return as[StaticMethod](f).Func
	}
	return f
}

// initName is interned once: objectNew checks for a Python __init__ on
// every instantiation with arguments.
var initName = sync.OnceValue(func() *Str { return Interned("__init__") })

func objectNew(ctx Ctx, t *Type, args []Value, kw []string) (Value, error) {
	if len(args) > 0 {
		// Arguments are for a Python __init__; without one they are an
		// error (object itself, being built-in, never has one).
		if _, hasInit := dunderKey(t, initName()); !hasInit {
			return Value{}, Errorf(TypeErrorType, "%s() takes no arguments", t.Name)
		}
	}
	if t.Layout != ObjectType {
		return Value{}, Errorf(TypeErrorType, "object.__new__(%s) is not safe", t.Name)
	}
	if err := refuseAbstract(ctx, t); err != nil {
		return Value{}, err
	}
	if t.HasDict && t.NSlots == 0 {
		return obj(newInstanceWithDict(t)), nil
	}
	in := newInstance(t)
	if t.HasDict {
		in.Dict = newInstanceDict(t)
	}
	return obj(in), nil
}

func objectRepr(ctx Ctx, v Value) (string, error) {
	t := v.Type()
	return fmt.Sprintf("<%s object at %#x>", QuoteName(t.Module, t.Qualname), v.ID()), nil
}

func typeRepr(ctx Ctx, v Value) (string, error) {
	t := as[Type](v)
	return "<class '" + QuoteName(t.Module, t.Qualname) + "'>", nil
}

func typeGetAttr(ctx Ctx, v Value, name *Str) (Value, error) {
	t := as[Type](v)
	switch name.S {
	case "__name__":
		return StrValue(t.Name), nil
	case "__qualname__":
		return StrValue(t.Qualname), nil
	case "__module__":
		if t.Module == "" {
			return StrValue("builtins"), nil
		}
		return StrValue(t.Module), nil
	case "__dict__":
		return NewMappingProxy(t.Dict), nil
	case "__bases__":
		bs := make([]Value, len(t.Bases))
		for i, b := range t.Bases {
			bs[i] = b.Value()
		}
		return NewTuple(bs).Value(), nil
	case "__mro__":
		bs := make([]Value, len(t.MRO))
		for i, b := range t.MRO {
			bs[i] = b.Value()
		}
		return NewTuple(bs).Value(), nil
	case "__base__":
		if len(t.Bases) == 0 {
			return None, nil
		}
		return t.Bases[0].Value(), nil
	case "__class__":
		return v.Type().Value(), nil
	case "__annotations__":
		// Made on first read for a class written in Python, as
		// CPython 3.10+ does, so every such class has its own dict.
		if a, ok := t.Dict.GetStr(name); ok {
			return a, nil
		}
		if !t.Builtin {
			a := NewDict().Value()
			t.Dict.SetStr(name, a)
			return a, nil
		}
	}
	meta := v.Type()
	mattr, mfound := meta.Lookup(name)
	if mfound && mattr.Type().DescrSet != nil && mattr.Type().DescrGet != nil {
		return mattr.Type().DescrGet(ctx, mattr, v, meta)
	}
	if r, ok := t.Lookup(name); ok {
		if g := r.Type().DescrGet; g != nil {
			return g(ctx, r, Value{}, t)
		}
		return r, nil
	}
	if mfound {
		if g := mattr.Type().DescrGet; g != nil {
			return g(ctx, mattr, v, meta)
		}
		return mattr, nil
	}
	return Value{}, attrError(v, name)
}

func typeSetAttr(ctx Ctx, v Value, name *Str, val Value) error {
	t := as[Type](v)
	if t.Builtin {
		return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name.S, t.Name)
	}
	if val.IsNil() {
		ok, err := t.Dict.DelItem(ctx, name.Value())
		if err == nil && !ok {
			return attrError(v, name)
		}
		return err
	}
	if err := t.Dict.SetItem(ctx, name.Value(), val); err != nil {
		return err
	}
	// Refresh slots: a dunder assigned after class creation must take
	// effect like in CPython.
	for _, m := range t.MRO[1:] {
		t.inherit(m)
	}
	installSlotWrappers(t)
	return nil
}

// refuseAbstract fails object.__new__ for a class whose own
// __abstractmethods__ (set by abc.ABCMeta on every class it makes) is not
// empty, with CPython 3.11's message naming the methods in sorted order.
// Assigning __abstractmethods__ is what makes a class abstract, so the
// check reads the class's own dict, not its bases'.
// abstractMethodsName is interned once: refuseAbstract runs on every
// instantiation, and Interned is a map lookup.
var abstractMethodsName = sync.OnceValue(func() *Str { return Interned("__abstractmethods__") })

func refuseAbstract(ctx Ctx, t *Type) error {
	am, ok := t.Dict.GetStr(abstractMethodsName())
	if !ok {
		return nil
	}
	items, err := ToSlice(ctx, am)
	if err != nil || len(items) == 0 {
		return err
	}
	names := make([]string, 0, len(items))
	for _, it := range items {
		s, err := ToStr(ctx, it)
		if err != nil {
			return err
		}
		names = append(names, s)
	}
	sort.Strings(names)
	plural := "s"
	if len(names) == 1 {
		plural = ""
	}
	return Errorf(TypeErrorType, "Can't instantiate abstract class %s with abstract method%s %s", t.Name, plural, strings.Join(names, ", "))
}

// customMRO applies a metaclass's Python mro() override: the class's MRO
// is whatever it returns (called with the C3 MRO already in place, so
// super().mro() works).
func customMRO(ctx Ctx, meta *Type, t *Type) error {
	f, ok := meta.LookupString("mro")
	if !ok || AsFunction(f) == nil {
		return nil
	}
	r, err := ctx.Call(f, []Value{t.Value()}, nil)
	if err != nil {
		return err
	}
	items, err := ToSlice(ctx, r)
	if err != nil {
		return err
	}
	mro := make([]*Type, len(items))
	for i, x := range items {
		if mro[i] = AsType(x); mro[i] == nil {
			return Errorf(TypeErrorType, "mro() returned a non-class ('%s')", x.Type().Name)
		}
	}
	t.MRO = mro
	return nil
}
