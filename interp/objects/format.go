package objects

import (
	"github.com/weftrun/weft/interp/pyfmt"
	"github.com/weftrun/weft/interp/pystr"
)

// ASCII is ascii(v).
func ASCII(ctx Ctx, v Value) (string, error) {
	r, err := Repr(ctx, v)
	if err != nil {
		return "", err
	}
	return pystr.EscapeNonASCII(r), nil
}

// Format is format(v, spec).
func Format(ctx Ctx, v Value, spec string) (string, error) {
	t := v.Type()
	if !t.Builtin {
		if f, ok := t.LookupString("__format__"); ok && AsBuiltin(f) == nil {
			r, err := ctx.Call(f, []Value{v, StrValue(spec)}, nil)
			if err != nil {
				return "", err
			}
			if s := AsStr(r); s != nil {
				return s.S, nil
			}
			return "", Errorf(TypeErrorType, "__format__ must return a str, not %s", r.Type().Name)
		}
	}
	var s string
	var err error
	switch {
	case v.IsBool() && spec == "":
		return Repr(ctx, v)
	case IsInt(v):
		x, xb, _ := intParts(v)
		if xb != nil {
			s, err = pyfmt.FormatInt(xb, spec)
		} else {
			s, err = pyfmt.FormatInt64(x, spec)
		}
	case t.Layout == FloatType:
		f, _, _ := ToFloat(v)
		s, err = pyfmt.FormatFloat(f, spec)
	case t.Layout == StrType:
		s, err = pyfmt.FormatStr(AsStr(v).S, spec)
	case t.Layout == ComplexType:
		c, _ := AsComplex(v)
		s, err = pyfmt.FormatComplex(c, spec)
	default:
		// A native type defined outside this package (decimal.Decimal)
		// formats itself with a built-in __format__ of its own.
		if f, ok := t.Dict.GetStr(NewStr("__format__")); ok && t.Builtin && t != ObjectType {
			r, err := ctx.Call(f, []Value{v, StrValue(spec)}, nil)
			if err != nil {
				return "", err
			}
			if s := AsStr(r); s != nil {
				return s.S, nil
			}
			return "", Errorf(TypeErrorType, "__format__ must return a str, not %s", r.Type().Name)
		}
		if spec != "" {
			return "", Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", t.Name)
		}
		return ToStr(ctx, v)
	}
	if err != nil {
		return "", FromLibError(err)
	}
	return s, nil
}

// FromLibError converts an error from the pyfmt/pystr libraries, which
// carry the Python class name, into the Python exception; other errors
// pass through.
func FromLibError(err error) error {
	if e, ok := err.(*pystr.Error); ok {
		for _, t := range ExceptionTypes {
			if t.Name == e.Class {
				return Errorf(t, "%s", e.Msg)
			}
		}
		return Errorf(ValueErrorType, "%s", e.Msg)
	}
	return err
}
