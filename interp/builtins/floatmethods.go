package builtins

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pyfmt"
)

// installNumberMethods gives int and float the methods of the number
// protocol that library code calls explicitly (x.__float__(),
// math.floor's __floor__, round's __round__, pickling's __getnewargs__),
// and float its own methods: hex, fromhex, as_integer_ratio, conjugate
// and the real/imag views.
func installNumberMethods() {
	F, I := objects.FloatType, objects.IntType
	floatSelf := func(v value) float64 { f, _, _ := objects.ToFloat(v); return f }
	// exactSelf is float_float: an exact float is returned itself (its
	// identity matters for a NaN), a subclass instance as a plain float.
	exactSelf := func(v value) value {
		if v.IsFloat() {
			return v
		}
		return objects.Float(floatSelf(v))
	}
	method := func(t *objects.Type, name string, lo, hi int, fn func(c ctx, self value, args []value) (value, error)) {
		t.SetMethod(name, func(c ctx, args []value, kw []string) (value, error) {
			if err := methodArity(t.Name, name, args[1:], kw, lo, hi); err != nil {
				return value{}, err
			}
			return fn(c, args[0], args[1:])
		})
	}
	floatToInt := func(f float64) (value, error) {
		b, err := pyfmt.FloatToInt(f)
		if err != nil {
			return value{}, pyErr(err)
		}
		return objects.BigValue(b), nil
	}
	rounded := func(op func(float64) float64) func(c ctx, self value, args []value) (value, error) {
		return func(c ctx, self value, args []value) (value, error) { return floatToInt(op(floatSelf(self))) }
	}
	method(F, "__int__", 0, 0, rounded(math.Trunc))
	method(F, "__trunc__", 0, 0, rounded(math.Trunc))
	method(F, "__floor__", 0, 0, rounded(math.Floor))
	method(F, "__ceil__", 0, 0, rounded(math.Ceil))
	method(F, "__float__", 0, 0, func(c ctx, self value, args []value) (value, error) {
		return exactSelf(self), nil
	})
	method(F, "conjugate", 0, 0, func(c ctx, self value, args []value) (value, error) {
		return exactSelf(self), nil
	})
	method(F, "__getnewargs__", 0, 0, func(c ctx, self value, args []value) (value, error) {
		return objects.NewTuple([]value{objects.Float(floatSelf(self))}).Value(), nil
	})
	method(F, "hex", 0, 0, func(c ctx, self value, args []value) (value, error) {
		return objects.StrValue(floatHex(floatSelf(self))), nil
	})
	method(F, "as_integer_ratio", 0, 0, func(c ctx, self value, args []value) (value, error) {
		f := floatSelf(self)
		switch {
		case math.IsInf(f, 0):
			return value{}, objects.Errorf(objects.OverflowErrorType, "cannot convert Infinity to integer ratio")
		case math.IsNaN(f):
			return value{}, objects.Errorf(objects.ValueErrorType, "cannot convert NaN to integer ratio")
		}
		r := new(big.Rat).SetFloat64(f)
		return objects.NewTuple([]value{objects.BigValue(r.Num()), objects.BigValue(r.Denom())}).Value(), nil
	})
	setClassMethod(F, "fromhex", func(c ctx, args []value, kw []string) (value, error) {
		if err := methodArity("float", "fromhex", args[1:], kw, 1, 1); err != nil {
			return value{}, err
		}
		s := objects.AsStr(args[1])
		if s == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "must be str, not %s", args[1].Type().Name)
		}
		f, err := floatFromHex(s.S)
		if err != nil {
			return value{}, err
		}
		if cls := objects.AsType(args[0]); cls != nil && cls != objects.FloatType {
			return c.Call(args[0], []value{objects.Float(f)}, nil)
		}
		return objects.Float(f), nil
	})
	floatProp := func(name string, fn func(float64) float64) {
		F.SetAttrValue(name, newProperty(objects.NewBuiltin(name, func(c ctx, args []value, kw []string) (value, error) {
			return objects.Float(fn(floatSelf(args[0]))), nil
		}, nil).Value(), objects.None, objects.None, objects.None))
	}
	F.SetAttrValue("real", newProperty(objects.NewBuiltin("real", func(c ctx, args []value, kw []string) (value, error) {
		return exactSelf(args[0]), nil
	}, nil).Value(), objects.None, objects.None, objects.None))
	floatProp("imag", func(float64) float64 { return 0 })

	intSelf := func(v value) value { return objects.BigValue(objects.ToBig(v)) }
	same := func(c ctx, self value, args []value) (value, error) { return intSelf(self), nil }
	for _, name := range []string{"__int__", "__trunc__", "__floor__", "__ceil__"} {
		method(I, name, 0, 0, same)
	}
	method(I, "__float__", 0, 0, func(c ctx, self value, args []value) (value, error) {
		f, _, err := objects.ToFloat(intSelf(self))
		return objects.Float(f), err
	})
	method(I, "__getnewargs__", 0, 0, func(c ctx, self value, args []value) (value, error) {
		return objects.NewTuple([]value{intSelf(self)}).Value(), nil
	})
	for _, t := range []*objects.Type{I, F} {
		method(t, "__round__", 0, 1, func(c ctx, self value, args []value) (value, error) {
			nd := value{}
			if len(args) == 1 {
				nd = args[0]
			}
			return round(c, self, nd)
		})
		method(t, "__divmod__", 1, 1, func(c ctx, self value, args []value) (value, error) {
			return numberDivmod(c, self, args[0])
		})
		method(t, "__rdivmod__", 1, 1, func(c ctx, self value, args []value) (value, error) {
			return numberDivmod(c, args[0], self)
		})
	}
}

// numberDivmod is divmod for the built-in number types, NotImplemented
// for an operand they do not know, as the slot wrapper returns.
func numberDivmod(c ctx, a, b value) (value, error) {
	if _, ok, _ := objects.ToFloat(a); !ok {
		return objects.NotImplemented, nil
	}
	if _, ok, _ := objects.ToFloat(b); !ok {
		return objects.NotImplemented, nil
	}
	if y, _, _ := objects.ToFloat(b); y == 0 && (a.Type().Layout == objects.FloatType || b.Type().Layout == objects.FloatType) {
		return value{}, objects.Errorf(objects.ZeroDivisionErrorType, "float divmod()")
	}
	q, err := objects.Binary(c, a, b, objects.OpFloorDiv)
	if err != nil {
		return value{}, err
	}
	m, err := objects.Binary(c, a, b, objects.OpMod)
	if err != nil {
		return value{}, err
	}
	return objects.NewTuple([]value{q, m}).Value(), nil
}

// floatHex is float.hex: [-]0x1.<13 hex digits>p<exp> for a normal
// number, 0x0.<13 digits>p-1022 for a subnormal, with all 13 digits
// written (CPython does not trim them) and the exponent in decimal.
func floatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	bits := math.Float64bits(f)
	sign := ""
	if bits>>63 != 0 {
		sign = "-"
	}
	exp := int(bits>>52) & 0x7ff
	mant := bits & (1<<52 - 1)
	if exp == 0 && mant == 0 {
		return sign + "0x0.0p+0"
	}
	lead := "1"
	e := exp - 1023
	if exp == 0 {
		lead, e = "0", -1022
	}
	digits := strconv.FormatUint(mant, 16)
	digits = strings.Repeat("0", 13-len(digits)) + digits
	es := strconv.Itoa(e)
	if e >= 0 {
		es = "+" + es
	}
	return sign + "0x" + lead + "." + digits + "p" + es
}

// floatFromHex is float.fromhex: optional white space and sign, then
// inf/infinity/nan, or hex digits with an optional point, optional 0x
// prefix and optional binary exponent, rounded half to even.
func floatFromHex(s string) (float64, error) {
	invalid := objects.Errorf(objects.ValueErrorType, "invalid hexadecimal floating-point string")
	t := strings.TrimSpace(s)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	sign := 1.0
	if neg {
		sign = -1
	}
	switch strings.ToLower(t) {
	case "inf", "infinity":
		return math.Inf(int(sign)), nil
	case "nan":
		return math.NaN(), nil
	}
	if len(t) > 1 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') {
		t = t[2:]
	}
	mant, exp, hasExp := t, "0", false
	if i := strings.IndexAny(t, "pP"); i >= 0 {
		mant, exp, hasExp = t[:i], t[i+1:], true
	}
	digits := 0
	for i, r := range mant {
		switch {
		case r == '.' && strings.IndexByte(mant[i+1:], '.') < 0:
		case strings.ContainsRune("0123456789abcdefABCDEF", r):
			digits++
		default:
			return 0, invalid
		}
	}
	if digits == 0 || (hasExp && !validExponent(exp)) {
		return 0, invalid
	}
	f, err := strconv.ParseFloat("0x"+mant+"p"+exp, 64)
	if err != nil {
		ne, ok := err.(*strconv.NumError)
		switch {
		case !ok || ne.Err != strconv.ErrRange:
			return 0, invalid
		case math.IsInf(f, 0):
			return 0, objects.Errorf(objects.OverflowErrorType, "hexadecimal value too large to represent as a float")
		}
	}
	return sign * f, nil
}

// validExponent reports whether e is an optionally signed decimal number.
func validExponent(e string) bool {
	if e != "" && (e[0] == '+' || e[0] == '-') {
		e = e[1:]
	}
	if e == "" {
		return false
	}
	for i := 0; i < len(e); i++ {
		if e[i] < '0' || e[i] > '9' {
			return false
		}
	}
	return true
}
