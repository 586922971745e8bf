package builtins

import (
	"math"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pyfmt"
)

// complexPart reads one argument of complex(real, imag): a number, a
// complex, or an object with __complex__/__float__/__index__.
func complexPart(c ctx, v value, which string) (complex128, error) {
	if z, ok, err := objects.ToComplex(v); ok || err != nil {
		return z, err
	}
	if f, ok := v.Type().LookupString("__complex__"); ok {
		r, err := c.Call(f, []value{v}, nil)
		if err != nil {
			return 0, err
		}
		z, ok := objects.AsComplex(r)
		if !ok {
			return 0, objects.Errorf(objects.TypeErrorType, "__complex__ returned non-complex (type %s)", r.Type().Name)
		}
		return z, nil
	}
	if _, ok := v.Type().LookupString("__float__"); ok {
		r, err := toFloat(c, v)
		if err != nil {
			return 0, err
		}
		f, _, _ := objects.ToFloat(r)
		return complex(f, 0), nil
	}
	if v.Type().Index != nil {
		i, err := objects.IndexOf(c, v)
		return complex(float64(i), 0), err
	}
	if which == "first argument" {
		which += " must be a string or a number"
	} else {
		which += " must be a number"
	}
	return 0, objects.Errorf(objects.TypeErrorType, "complex() %s, not '%s'", which, v.Type().Name)
}

// complexNew is complex(real=0, imag=0) and complex(string).
func complexNew(c ctx, t *objects.Type, args []value, kw []string) (value, error) {
	a, err := parseArgs("complex", args, kw, 0, "real", "imag")
	if err != nil {
		return value{}, err
	}
	re, im := a[0], a[1]
	if re.IsNil() {
		re = objects.Int(0)
	}
	if s := objects.AsStr(re); s != nil {
		if !im.IsNil() {
			return value{}, objects.Errorf(objects.TypeErrorType, "complex() can't take second arg if first is a string")
		}
		z, err := pyfmt.ParseComplex(s.S)
		if err != nil {
			return value{}, pyErr(err)
		}
		return objects.ComplexValue(z), nil
	}
	if !im.IsNil() && objects.AsStr(im) != nil {
		return value{}, objects.Errorf(objects.TypeErrorType, "complex() second arg can't be a string")
	}
	if im.IsNil() && re.Type() == objects.ComplexType {
		return re, nil
	}
	x, err := complexPart(c, re, "first argument")
	if err != nil {
		return value{}, err
	}
	if im.IsNil() {
		return objects.ComplexValue(x), nil
	}
	y, err := complexPart(c, im, "second argument")
	if err != nil {
		return value{}, err
	}
	// complex(a, b) is a + b*1j, but computed as CPython does: the parts
	// of a complex argument are folded in only when it is complex, so
	// complex(0, -0.0) keeps its negative zero imaginary part.
	r, i := real(x), real(y)
	if _, ok := objects.AsComplex(im); ok {
		r -= imag(y)
	}
	if _, ok := objects.AsComplex(re); ok {
		i += imag(x)
	}
	return objects.ComplexValue(complex(r, i)), nil
}

func installComplex() {
	T := objects.ComplexType
	T.SetMethod("conjugate", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("conjugate", args[1:], kw, 0, 0); err != nil {
			return value{}, err
		}
		z, _ := objects.AsComplex(args[0])
		return objects.ComplexValue(complex(real(z), -imag(z))), nil
	})
	T.SetMethod("__complex__", func(c ctx, args []value, kw []string) (value, error) {
		z, _ := objects.AsComplex(args[0])
		return objects.ComplexValue(z), nil
	})
	// float.is_integer lives here because complex's .real and .imag are
	// where programs most often meet it; float has no other methods yet.
	objects.FloatType.SetMethod("is_integer", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("is_integer", args[1:], kw, 0, 0); err != nil {
			return value{}, err
		}
		f, _, _ := objects.ToFloat(args[0])
		return objects.Bool(f == math.Trunc(f) && !math.IsInf(f, 0)), nil
	})
	T.SetMethod("__format__", func(c ctx, args []value, kw []string) (value, error) {
		if err := nargs("__format__", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		spec, err := strArg("format", args[1])
		if err != nil {
			return value{}, err
		}
		r, err := objects.Format(c, args[0], spec)
		return objects.StrValue(r), err
	})
}
