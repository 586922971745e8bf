package objects

// IndexValue is operator.index(v) with no size limit: an int (a bool or
// int subclass becomes the plain int it holds) or the result of the type's
// __index__, which must itself be an int. hex(), oct() and bin() use it, so
// an object with __index__ formats like the integer it stands for.
func IndexValue(ctx Ctx, v Value) (Value, error) {
	if v.IsSmallInt() {
		return v, nil
	}
	if IsInt(v) {
		return BigValue(ToBig(v)), nil
	}
	if f := v.Type().Index; f != nil {
		r, err := f(ctx, v)
		if err != nil {
			return Value{}, err
		}
		if !IsInt(r) {
			return Value{}, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", r.Type().Name)
		}
		return BigValue(ToBig(r)), nil
	}
	return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
}
