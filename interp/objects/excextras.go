package objects

// Exception features beyond args: BaseException.add_note (PEP 678) and
// the name=/obj= keywords of AttributeError and name= of NameError.

func initExceptionExtras() {
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
