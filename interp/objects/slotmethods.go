package objects

import (
	"reflect"
	"sync"
)

// builtinTypes records every built-in type in creation order, so that
// ExposeSlotMethods can give them their dunder methods once all packages
// have filled their slots.
var builtinTypes struct {
	sync.Mutex
	list []*Type
}

// ExposeSlotMethods gives every built-in type the dunder methods that its
// Go slots implement (int.__add__, list.__len__, function.__get__,
// bool.__index__...), as CPython's slot wrappers do. Python code calls
// them explicitly: type(a).__index__(a) in operator.index,
// type(int.__add__) in copy, WeakMethod's func.__get__(obj), a subclass's
// int.__repr__(self). A type gets a method only for a slot it defines
// itself (not one inherited unchanged from its base), and never in place
// of an entry already in its dict; the interpreter's own fast paths keep
// calling the slots directly. It is idempotent and is called once the
// builtins are installed.
func ExposeSlotMethods() {
	builtinTypes.Lock()
	types := append([]*Type{ObjectType, TypeType}, builtinTypes.list...)
	builtinTypes.Unlock()
	// The mutable containers inherited object's identity hash when they
	// were created; like CPython's they are unhashable (and their
	// subclasses too, unless they define __hash__).
	for _, t := range []*Type{ListType, DictType, SetType, ByteArrayType} {
		t.Hash = nil
	}
	if _, ok := ObjectType.Dict.GetStr(Interned("__doc__")); !ok {
		ObjectType.Dict.SetStr(Interned("__doc__"), StrValue("The base class of the class hierarchy.\n\n"+
			"When called, it accepts no arguments and returns a new featureless\n"+
			"instance that has no instance attributes and cannot be given any.\n"))
	}
	for _, t := range types {
		exposeSlots(t)
		// Every built-in type answers __doc__ itself, so the lookup
		// of an undocumented one does not reach object.__doc__.
		if _, ok := t.Dict.GetStr(Interned("__doc__")); !ok && t != ObjectType {
			t.Dict.SetStr(Interned("__doc__"), None)
		}
	}
}

// own reports whether slot fn of t is t's own rather than its base's.
func own[F any](t *Type, fn F, baseFn func(b *Type) F) bool {
	v := reflect.ValueOf(fn)
	if v.IsNil() {
		return false
	}
	if len(t.Bases) == 0 {
		return true
	}
	b := reflect.ValueOf(baseFn(t.Bases[0]))
	return b.IsNil() || b.Pointer() != v.Pointer()
}

func exposeSlots(t *Type) {
	add := func(name string, fn BuiltinFn) {
		if _, ok := t.Dict.GetStr(Interned(name)); ok {
			return
		}
		t.Dict.SetStr(NewStr(name), newSlotWrapper(t, name, func(ctx Ctx, args []Value, kw []string) (Value, error) {
			if len(args) == 0 || !args[0].Type().IsSubtype(t) {
				got := "nothing"
				if len(args) > 0 {
					got = "'" + args[0].Type().Name + "' object"
				}
				return Value{}, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a %s", name, t.Name, got)
			}
			return fn(ctx, args, kw)
		}))
	}
	unary := func(name string, f func(Ctx, Value) (Value, error)) {
		add(name, func(ctx Ctx, a []Value, kw []string) (Value, error) { return f(ctx, a[0]) })
	}
	if own(t, t.Repr, func(b *Type) func(Ctx, Value) (string, error) { return b.Repr }) {
		f := t.Repr
		add("__repr__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			s, err := f(ctx, a[0])
			return StrValue(s), err
		})
	}
	if own(t, t.Str, func(b *Type) func(Ctx, Value) (string, error) { return b.Str }) {
		f := t.Str
		add("__str__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			s, err := f(ctx, a[0])
			return StrValue(s), err
		})
	}
	if t.Hash == nil && t != ObjectType {
		// An unhashable built-in (list, dict, set, bytearray) says so
		// in its namespace, as CPython's do: collections.abc.Hashable
		// and subclasses' hash inheritance read __hash__ = None.
		if _, ok := t.Dict.GetStr(Interned("__hash__")); !ok {
			t.Dict.SetStr(Interned("__hash__"), None)
		}
	}
	if own(t, t.Hash, func(b *Type) func(Ctx, Value) (int64, error) { return b.Hash }) {
		f := t.Hash
		add("__hash__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			h, err := f(ctx, a[0])
			return Int(h), err
		})
	}
	if own(t, t.Compare, func(b *Type) func(Ctx, Value, Value, CompareOp) (Value, error) { return b.Compare }) {
		f := t.Compare
		for op, n := range cmpDunders {
			op := CompareOp(op)
			add(n, func(ctx Ctx, a []Value, kw []string) (Value, error) {
				if len(a) != 2 {
					return Value{}, Errorf(TypeErrorType, "expected 1 argument, got %d", len(a)-1)
				}
				return f(ctx, a[0], a[1], op)
			})
		}
	}
	if own(t, t.Len, func(b *Type) func(Ctx, Value) (int, error) { return b.Len }) {
		f := t.Len
		add("__len__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			n, err := f(ctx, a[0])
			return Int(int64(n)), err
		})
	}
	if own(t, t.Bool, func(b *Type) func(Ctx, Value) (bool, error) { return b.Bool }) {
		f := t.Bool
		add("__bool__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			r, err := f(ctx, a[0])
			return Bool(r), err
		})
	}
	if own(t, t.Iter, func(b *Type) func(Ctx, Value) (Value, error) { return b.Iter }) {
		unary("__iter__", t.Iter)
	}
	if own(t, t.Next, func(b *Type) func(Ctx, Value) (Value, error) { return b.Next }) {
		f := t.Next
		add("__next__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			v, err := f(ctx, a[0])
			if err == nil && v.IsNil() {
				return Value{}, NewException(StopIterationType)
			}
			return v, err
		})
	}
	if own(t, t.Call, func(b *Type) func(Ctx, Value, []Value, []string) (Value, error) { return b.Call }) {
		f := t.Call
		add("__call__", func(ctx Ctx, a []Value, kw []string) (Value, error) { return f(ctx, a[0], a[1:], kw) })
	}
	if own(t, t.GetItem, func(b *Type) func(Ctx, Value, Value) (Value, error) { return b.GetItem }) {
		f := t.GetItem
		add("__getitem__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			if len(a) != 2 {
				return Value{}, Errorf(TypeErrorType, "expected 1 argument, got %d", len(a)-1)
			}
			return f(ctx, a[0], a[1])
		})
	}
	if own(t, t.SetItem, func(b *Type) func(Ctx, Value, Value, Value) error { return b.SetItem }) {
		f := t.SetItem
		add("__setitem__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			if len(a) != 3 {
				return Value{}, Errorf(TypeErrorType, "expected 2 arguments, got %d", len(a)-1)
			}
			return None, f(ctx, a[0], a[1], a[2])
		})
		add("__delitem__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			if len(a) != 2 {
				return Value{}, Errorf(TypeErrorType, "expected 1 argument, got %d", len(a)-1)
			}
			return None, f(ctx, a[0], a[1], Value{})
		})
	}
	if own(t, t.Contains, func(b *Type) func(Ctx, Value, Value) (bool, error) { return b.Contains }) {
		f := t.Contains
		add("__contains__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			if len(a) != 2 {
				return Value{}, Errorf(TypeErrorType, "expected 1 argument, got %d", len(a)-1)
			}
			r, err := f(ctx, a[0], a[1])
			return Bool(r), err
		})
	}
	for op := range t.Binary {
		f := t.Binary[op]
		if !own(t, f, func(b *Type) func(Ctx, Value, Value) (Value, error) { return b.Binary[op] }) {
			continue
		}
		n := binaryOpDunders[op]
		add("__"+n+"__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			if len(a) != 2 {
				return Value{}, Errorf(TypeErrorType, "expected 1 argument, got %d", len(a)-1)
			}
			return f(ctx, a[0], a[1])
		})
		add("__r"+n+"__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			if len(a) != 2 {
				return Value{}, Errorf(TypeErrorType, "expected 1 argument, got %d", len(a)-1)
			}
			return f(ctx, a[1], a[0])
		})
	}
	for name, f := range map[string]func(Ctx, Value) (Value, error){"__neg__": t.Neg, "__pos__": t.Pos, "__invert__": t.Invert, "__abs__": t.Abs, "__index__": t.Index} {
		var baseF func(Ctx, Value) (Value, error)
		if len(t.Bases) > 0 {
			b := t.Bases[0]
			baseF = map[string]func(Ctx, Value) (Value, error){"__neg__": b.Neg, "__pos__": b.Pos, "__invert__": b.Invert, "__abs__": b.Abs, "__index__": b.Index}[name]
		}
		if own(t, f, func(*Type) func(Ctx, Value) (Value, error) { return baseF }) {
			unary(name, f)
		}
	}
	if own(t, t.GetAttr, func(b *Type) func(Ctx, Value, *Str) (Value, error) { return b.GetAttr }) {
		f := t.GetAttr
		add("__getattribute__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			if len(a) != 2 || AsStr(a[1]) == nil {
				return Value{}, Errorf(TypeErrorType, "__getattribute__ expects one str argument")
			}
			return f(ctx, a[0], AsStr(a[1]))
		})
	}
	if own(t, t.SetAttr, func(b *Type) func(Ctx, Value, *Str, Value) error { return b.SetAttr }) {
		f := t.SetAttr
		add("__setattr__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			if len(a) != 3 || AsStr(a[1]) == nil {
				return Value{}, Errorf(TypeErrorType, "__setattr__ expects a str and a value")
			}
			return None, f(ctx, a[0], AsStr(a[1]), a[2])
		})
		add("__delattr__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			if len(a) != 2 || AsStr(a[1]) == nil {
				return Value{}, Errorf(TypeErrorType, "__delattr__ expects one str argument")
			}
			return None, f(ctx, a[0], AsStr(a[1]), Value{})
		})
	}
	if own(t, t.DescrGet, func(b *Type) func(Ctx, Value, Value, *Type) (Value, error) { return b.DescrGet }) {
		f := t.DescrGet
		add("__get__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			if len(a) < 2 || len(a) > 3 {
				return Value{}, Errorf(TypeErrorType, "expected 1 or 2 arguments, got %d", len(a)-1)
			}
			inst := a[1]
			var owner *Type
			if len(a) == 3 && !a[2].IsNone() {
				owner = AsType(a[2])
			}
			if inst.IsNone() {
				if owner == nil {
					return Value{}, Errorf(TypeErrorType, "__get__(None, None) is invalid")
				}
				inst = Value{}
			} else if owner == nil {
				owner = inst.Type()
			}
			return f(ctx, a[0], inst, owner)
		})
	}
	if own(t, t.DescrSet, func(b *Type) func(Ctx, Value, Value, Value) error { return b.DescrSet }) {
		f := t.DescrSet
		add("__set__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			if len(a) != 3 {
				return Value{}, Errorf(TypeErrorType, "expected 2 arguments, got %d", len(a)-1)
			}
			return None, f(ctx, a[0], a[1], a[2])
		})
		add("__delete__", func(ctx Ctx, a []Value, kw []string) (Value, error) {
			if len(a) != 2 {
				return Value{}, Errorf(TypeErrorType, "expected 1 argument, got %d", len(a)-1)
			}
			return None, f(ctx, a[0], a[1], Value{})
		})
	}
}
