package objects

// Introspection attributes of built-in callables and cells, which
// decorators, functools.wraps/update_wrapper and closure-inspecting code
// read: a bound built-in method's __self__, the names of built-ins, a
// method descriptor's __objclass__, and a cell's cell_contents.

func initIntrospection() {
	builtinAttr := func(ctx Ctx, v Value, name *Str) (Value, error) {
		b := as[Builtin](v)
		switch name.S {
		case "__name__":
			return StrValue(b.Name), nil
		case "__qualname__":
			if b.Owner != nil {
				return StrValue(b.Owner.Qualname + "." + b.Name), nil
			}
			if !b.Self.IsNil() {
				return StrValue(b.Self.Type().Qualname + "." + b.Name), nil
			}
			return StrValue(b.Name), nil
		case "__self__":
			if b.Self.IsNil() {
				return None, nil
			}
			return b.Self, nil
		case "__objclass__":
			if b.Owner != nil {
				return b.Owner.Value(), nil
			}
		case "__doc__":
			return None, nil
		case "__module__":
			if b.Module != "" {
				return StrValue(b.Module), nil
			}
			return None, nil
		}
		return GenericGetAttr(ctx, v, name)
	}
	BuiltinType.GetAttr = builtinAttr
	MethodDescrType.GetAttr = builtinAttr
	CellType.GetAttr = func(ctx Ctx, v Value, name *Str) (Value, error) {
		if name.S == "cell_contents" {
			c := as[Cell](v).Get()
			if c.IsNil() {
				return Value{}, Errorf(ValueErrorType, "Cell is empty")
			}
			return c, nil
		}
		return GenericGetAttr(ctx, v, name)
	}
	CellType.SetAttr = func(ctx Ctx, v Value, name *Str, val Value) error {
		if name.S == "cell_contents" {
			as[Cell](v).Set(val)
			return nil
		}
		return GenericSetAttr(ctx, v, name, val)
	}
}
