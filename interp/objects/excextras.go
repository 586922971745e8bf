package objects

// Exception features beyond args: BaseException.add_note (PEP 678) and
// the name=/obj= keywords of AttributeError and name= of NameError; and
// the equality of bound built-in methods.

import "reflect"

func initExceptionExtras() {
	initBuiltinMethodEquality()
	BaseExceptionType.SetMethod("add_note", func(ctx Ctx, args []Value, kw []string) (Value, error) {
		if len(args) != 2 || len(kw) != 0 {
			return Value{}, Errorf(TypeErrorType, "BaseException.add_note() takes exactly one argument (%d given)", len(args)-1)
		}
		e := AsException(args[0])
		if e == nil {
			return Value{}, Errorf(TypeErrorType, "descriptor 'add_note' requires a 'BaseException' object but received a '%s'", args[0].Type().Name)
		}
		if AsStr(args[1]) == nil {
			return Value{}, Errorf(TypeErrorType, "note must be a str, not '%s'", args[1].Type().Name)
		}
		notes, ok := e.Dict.GetStr(Interned("__notes__"))
		if !ok {
			l := NewList(nil)
			e.Dict.SetStr(Interned("__notes__"), l.Value())
			notes = l.Value()
		}
		l := AsList(notes)
		if l == nil {
			return Value{}, Errorf(TypeErrorType, "Cannot add note: __notes__ is not a list")
		}
		l.Append(args[1])
		return None, nil
	})
	keywordInit := func(t *Type, allowed ...string) {
		t.Dict.SetStr(Interned("name"), None)
		if len(allowed) > 1 {
			t.Dict.SetStr(Interned("obj"), None)
		}
		t.Init = func(ctx Ctx, self Value, args []Value, kw []string) error {
			e := AsException(self)
			if e == nil {
				return nil
			}
			npos := len(args) - len(kw)
			for i, k := range kw {
				ok := false
				for _, a := range allowed {
					ok = ok || a == k
				}
				if !ok {
					return Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, t.Name)
				}
				e.Dict.SetStr(NewStr(k), args[npos+i])
			}
			e.Args = NewTuple(append([]Value(nil), args[:npos]...))
			return nil
		}
		t.New = func(ctx Ctx, t *Type, args []Value, kw []string) (Value, error) {
			return NewException(t, args[:len(args)-len(kw)]...).Value(), nil
		}
	}
	keywordInit(AttributeErrorType, "name", "obj")
	keywordInit(NameErrorType, "name")
}

// Bound built-in methods compare and hash by receiver and method, as
// CPython's meth_richcompare/meth_hash do: l.append == l.append although
// each attribute access makes a new bound object (weakref.finalize.peek
// and method caches rely on it). Unbound built-ins keep identity.
func initBuiltinMethodEquality() {
	same := func(a, b *Builtin) bool {
		return !a.Self.IsNil() && !b.Self.IsNil() && a.Self.Is(b.Self) && a.Name == b.Name && a.Owner == b.Owner &&
			reflect.ValueOf(a.Fn).Pointer() == reflect.ValueOf(b.Fn).Pointer()
	}
	BuiltinType.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		if b.Type() != BuiltinType || op > CmpNe {
			return NotImplemented, nil
		}
		eq := a.Is(b) || same(as[Builtin](a), as[Builtin](b))
		return Bool(eq == (op == CmpEq)), nil
	}
	BuiltinType.Hash = func(ctx Ctx, v Value) (int64, error) {
		f := as[Builtin](v)
		if f.Self.IsNil() {
			return v.ID() >> 4, nil
		}
		return (f.Self.ID() >> 4) ^ int64(NewStr(f.Name).Hash()), nil
	}
}
