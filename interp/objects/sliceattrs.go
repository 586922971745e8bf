package objects

// slice comparison and slice.indices(), which user __getitem__
// implementations use to interpret the slices they receive (start, stop
// and step are descriptors installed by package builtins); and the
// constructors of the other constant types (None, Ellipsis,
// NotImplemented).

func initSliceAttrs() {
	initSingletonConstructors()
	SliceType.Compare = sliceCompare
	SliceType.SetMethod("indices", func(ctx Ctx, args []Value, kw []string) (Value, error) {
		if len(args) != 2 || len(kw) != 0 {
			return Value{}, Errorf(TypeErrorType, "slice.indices() takes exactly one argument (%d given)", len(args)-1)
		}
		n, err := IntIndexValue(ctx, args[1])
		if err != nil {
			return Value{}, err
		}
		length := ToBig(n)
		if length.Sign() < 0 {
			return Value{}, Errorf(ValueErrorType, "length should not be negative")
		}
		start, stop, step, err := bigSliceIndices(ctx, as[Slice](args[0]), length)
		if err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{BigValue(start), BigValue(stop), BigValue(step)}).Value(), nil
	})
}

// sliceCompare compares slices as the tuples (start, stop, step).
func sliceCompare(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
	sb := AsSlice(b)
	if sb == nil {
		return NotImplemented, nil
	}
	sa := as[Slice](a)
	return seqCompare(ctx, []Value{sa.Start, sa.Stop, sa.Step}, []Value{sb.Start, sb.Stop, sb.Step}, op)
}

// initSingletonConstructors makes type(None)(), type(...)() and
// type(NotImplemented)() return their singletons, as CPython's do.
func initSingletonConstructors() {
	for _, c := range []struct {
		t *Type
		v Value
	}{{NoneType, None}, {EllipsisType, Ellipsis}, {NotImplType, NotImplemented}} {
		c := c
		c.t.New = func(ctx Ctx, t *Type, args []Value, kw []string) (Value, error) {
			if len(args) != 0 {
				return Value{}, Errorf(TypeErrorType, "%s takes no arguments", c.t.Name)
			}
			return c.v, nil
		}
		c.t.Init = func(ctx Ctx, self Value, args []Value, kw []string) error { return nil }
	}
}
