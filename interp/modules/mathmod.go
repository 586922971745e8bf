package modules

import (
	"math"
	"math/big"

	"github.com/weftrun/weft/interp/objects"
)

// mathModule is the math module. Its error rules follow CPython's
// mathmodule.c, so that programs that catch them see the same exceptions:
// a NaN result from a non-NaN argument is ValueError("math domain error"),
// an infinite result from finite arguments is OverflowError("math range
// error") for functions that can overflow (exp, cosh, pow...) and
// ValueError for the others (log(0), atanh(1)); integer functions
// (factorial, gcd, comb, isqrt) accept only objects with __index__.
func mathModule() *objects.Module {
	m := objects.NewModule("math")
	for name, v := range map[string]float64{"pi": math.Pi, "e": math.E, "tau": 2 * math.Pi, "inf": math.Inf(1), "nan": math.NaN()} {
		m.Dict.SetStr(objects.Interned(name), objects.Float(v))
	}
	domain := func() error { return objects.Errorf(objects.ValueErrorType, "math domain error") }
	rangeErr := func() error { return objects.Errorf(objects.OverflowErrorType, "math range error") }
	finite := func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }
	// checked applies CPython's math_1 rules to r = f(x).
	checked := func(x, r float64, canOverflow bool) (value, error) {
		switch {
		case math.IsNaN(r) && !math.IsNaN(x):
			return value{}, domain()
		case math.IsInf(r, 0) && finite(x):
			if canOverflow {
				return value{}, rangeErr()
			}
			return value{}, domain()
		}
		return objects.Float(r), nil
	}
	exactly := func(name string, args []value, kw []string, n int) error {
		if len(kw) > 0 {
			return objects.Errorf(objects.TypeErrorType, "math.%s() takes no keyword arguments", name)
		}
		if len(args) == n {
			return nil
		}
		if n == 1 {
			return objects.Errorf(objects.TypeErrorType, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return objects.Errorf(objects.TypeErrorType, "%s expected %d arguments, got %d", name, n, len(args))
	}
	f1 := func(name string, f func(float64) float64, canOverflow bool) {
		fn(m, name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			if err := exactly(name, args, kw, 1); err != nil {
				return value{}, err
			}
			x, err := realArg(c, args[0])
			if err != nil {
				return value{}, err
			}
			return checked(x, f(x), canOverflow)
		})
	}
	f1("sqrt", math.Sqrt, false)
	f1("cbrt", math.Cbrt, false)
	f1("exp", math.Exp, true)
	f1("exp2", math.Exp2, true)
	f1("expm1", math.Expm1, true)
	f1("log1p", math.Log1p, false)
	f1("log2", logOf(math.Log2), false)
	f1("log10", logOf(math.Log10), false)
	f1("sin", math.Sin, false)
	f1("cos", math.Cos, false)
	f1("tan", math.Tan, false)
	f1("asin", math.Asin, false)
	f1("acos", math.Acos, false)
	f1("atan", math.Atan, false)
	f1("sinh", math.Sinh, true)
	f1("cosh", math.Cosh, true)
	f1("tanh", math.Tanh, false)
	f1("asinh", math.Asinh, false)
	f1("acosh", math.Acosh, false)
	f1("atanh", math.Atanh, false)
	f1("fabs", math.Abs, false)
	f1("erf", math.Erf, false)
	f1("erfc", math.Erfc, false)
	f1("gamma", func(x float64) float64 {
		if x == math.Trunc(x) && x <= 0 {
			return math.NaN() // a pole: domain error, as CPython
		}
		return math.Gamma(x)
	}, true)
	f1("lgamma", func(x float64) float64 {
		if x == math.Trunc(x) && x <= 0 {
			return math.NaN() // a pole: domain error, as CPython
		}
		r, _ := math.Lgamma(x)
		return r
	}, true)
	f1("degrees", func(x float64) float64 { return x * (180 / math.Pi) }, true)
	f1("radians", func(x float64) float64 { return x * (math.Pi / 180) }, false)
	f1("ulp", func(x float64) float64 {
		switch {
		case math.IsNaN(x) || math.IsInf(x, 0):
			return math.Abs(x)
		}
		x = math.Abs(x)
		if x == math.MaxFloat64 {
			return x - math.Nextafter(x, 0)
		}
		return math.Nextafter(x, math.Inf(1)) - x
	}, false)

	fn(m, "log", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(kw) > 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "math.log() takes no keyword arguments")
		}
		if len(args) < 1 || len(args) > 2 {
			return value{}, objects.Errorf(objects.TypeErrorType, "log expected 1 or 2 arguments, got %d", len(args))
		}
		r, err := naturalLog(c, args[0])
		if err != nil {
			return value{}, err
		}
		if len(args) == 2 {
			b, err := naturalLog(c, args[1])
			if err != nil {
				return value{}, err
			}
			if b == 0 {
				return value{}, objects.Errorf(objects.ZeroDivisionErrorType, "float division by zero")
			}
			r /= b
		}
		return objects.Float(r), nil
	})

	f2 := func(name string, f func(c objects.Ctx, x, y float64) (value, error)) {
		fn(m, name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			if err := exactly(name, args, kw, 2); err != nil {
				return value{}, err
			}
			x, err := realArg(c, args[0])
			if err != nil {
				return value{}, err
			}
			y, err := realArg(c, args[1])
			if err != nil {
				return value{}, err
			}
			return f(c, x, y)
		})
	}
	f2("atan2", func(c objects.Ctx, x, y float64) (value, error) { return objects.Float(math.Atan2(x, y)), nil })
	f2("copysign", func(c objects.Ctx, x, y float64) (value, error) { return objects.Float(math.Copysign(x, y)), nil })
	f2("nextafter", func(c objects.Ctx, x, y float64) (value, error) { return objects.Float(math.Nextafter(x, y)), nil })
	f2("fmod", func(c objects.Ctx, x, y float64) (value, error) {
		if math.IsInf(y, 0) && finite(x) {
			return objects.Float(x), nil
		}
		r := math.Mod(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return value{}, domain()
		}
		return objects.Float(r), nil
	})
	f2("remainder", func(c objects.Ctx, x, y float64) (value, error) {
		r := math.Remainder(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return value{}, domain()
		}
		return objects.Float(r), nil
	})
	f2("pow", func(c objects.Ctx, x, y float64) (value, error) {
		r := math.Pow(x, y)
		switch {
		case x == 1 || y == 0:
			return objects.Float(1), nil
		case math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y):
			return value{}, domain()
		case math.IsInf(r, 0) && finite(x) && finite(y):
			if x == 0 {
				return value{}, domain()
			}
			return value{}, rangeErr()
		}
		return objects.Float(r), nil
	})

	fn(m, "ldexp", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if err := exactly("ldexp", args, kw, 2); err != nil {
			return value{}, err
		}
		x, err := realArg(c, args[0])
		if err != nil {
			return value{}, err
		}
		if !objects.IsInt(args[1]) {
			return value{}, objects.Errorf(objects.TypeErrorType, "Expected an int as second argument to ldexp.")
		}
		e := objects.ToBig(args[1])
		var exp int
		switch {
		case e.Cmp(big.NewInt(4096)) > 0:
			exp = 4096
		case e.Cmp(big.NewInt(-4096)) < 0:
			exp = -4096
		default:
			exp = int(e.Int64())
		}
		r := math.Ldexp(x, exp)
		if math.IsInf(r, 0) && finite(x) {
			return value{}, rangeErr()
		}
		return objects.Float(r), nil
	})
	fn(m, "frexp", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if err := exactly("frexp", args, kw, 1); err != nil {
			return value{}, err
		}
		x, err := realArg(c, args[0])
		if err != nil {
			return value{}, err
		}
		if !finite(x) || x == 0 {
			return objects.NewTuple([]value{objects.Float(x), objects.Int(0)}).Value(), nil
		}
		fr, e := math.Frexp(x)
		return objects.NewTuple([]value{objects.Float(fr), objects.Int(int64(e))}).Value(), nil
	})
	fn(m, "modf", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if err := exactly("modf", args, kw, 1); err != nil {
			return value{}, err
		}
		x, err := realArg(c, args[0])
		if err != nil {
			return value{}, err
		}
		if math.IsInf(x, 0) {
			return objects.NewTuple([]value{objects.Float(math.Copysign(0, x)), objects.Float(x)}).Value(), nil
		}
		ip, fp := math.Modf(x)
		return objects.NewTuple([]value{objects.Float(fp), objects.Float(ip)}).Value(), nil
	})

	rounding := func(name, dunder string, f func(float64) float64) {
		fn(m, name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			if err := exactly(name, args, kw, 1); err != nil {
				return value{}, err
			}
			v := args[0]
			if objects.IsInt(v) {
				return objects.BigValue(objects.ToBig(v)), nil
			}
			if !v.IsFloat() {
				if d, ok := v.Type().LookupString(dunder); ok {
					return c.Call(d, []value{v}, nil)
				}
				if name == "trunc" {
					return value{}, objects.Errorf(objects.TypeErrorType, "type %s doesn't define __trunc__ method", v.Type().Name)
				}
			}
			x, err := realArg(c, v)
			if err != nil {
				return value{}, err
			}
			if math.IsInf(x, 0) {
				return value{}, objects.Errorf(objects.OverflowErrorType, "cannot convert float infinity to integer")
			}
			if math.IsNaN(x) {
				return value{}, objects.Errorf(objects.ValueErrorType, "cannot convert float NaN to integer")
			}
			b, _ := new(big.Float).SetFloat64(f(x)).Int(nil)
			return objects.BigValue(b), nil
		})
	}
	rounding("floor", "__floor__", math.Floor)
	rounding("ceil", "__ceil__", math.Ceil)
	rounding("trunc", "__trunc__", math.Trunc)

	pred := func(name string, f func(float64) bool) {
		fn(m, name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			if err := exactly(name, args, kw, 1); err != nil {
				return value{}, err
			}
			x, err := realArg(c, args[0])
			if err != nil {
				return value{}, err
			}
			return objects.Bool(f(x)), nil
		})
	}
	pred("isnan", math.IsNaN)
	pred("isinf", func(x float64) bool { return math.IsInf(x, 0) })
	pred("isfinite", finite)

	fn(m, "isclose", func(c objects.Ctx, args []value, kw []string) (value, error) {
		npos := len(args) - len(kw)
		if npos != 2 {
			return value{}, objects.Errorf(objects.TypeErrorType, "isclose() takes exactly 2 positional arguments (%d given)", npos)
		}
		relTol, absTol := 1e-9, 0.0
		for i, k := range kw {
			t, err := realArg(c, args[npos+i])
			if err != nil {
				return value{}, err
			}
			switch k {
			case "rel_tol":
				relTol = t
			case "abs_tol":
				absTol = t
			default:
				return value{}, objects.Errorf(objects.TypeErrorType, "isclose() got an unexpected keyword argument '%s'", k)
			}
		}
		a, err := realArg(c, args[0])
		if err != nil {
			return value{}, err
		}
		b, err := realArg(c, args[1])
		if err != nil {
			return value{}, err
		}
		if relTol < 0 || absTol < 0 {
			return value{}, objects.Errorf(objects.ValueErrorType, "tolerances must be non-negative")
		}
		if a == b {
			return objects.True, nil
		}
		if math.IsInf(a, 0) || math.IsInf(b, 0) {
			return objects.False, nil
		}
		d := math.Abs(b - a)
		return objects.Bool(d <= math.Abs(relTol*b) || d <= math.Abs(relTol*a) || d <= absTol), nil
	})
	fn(m, "hypot", func(c objects.Ctx, args []value, kw []string) (value, error) {
		xs, err := realArgs(c, args)
		if err != nil {
			return value{}, err
		}
		return objects.Float(hypot(xs)), nil
	})
	fn(m, "dist", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if err := exactly("dist", args, kw, 2); err != nil {
			return value{}, err
		}
		p, err := objects.ToSlice(c, args[0])
		if err != nil {
			return value{}, err
		}
		q, err := objects.ToSlice(c, args[1])
		if err != nil {
			return value{}, err
		}
		if len(p) != len(q) {
			return value{}, objects.Errorf(objects.ValueErrorType, "both points must have the same number of dimensions")
		}
		ps, err := realArgs(c, p)
		if err != nil {
			return value{}, err
		}
		qs, err := realArgs(c, q)
		if err != nil {
			return value{}, err
		}
		for i := range ps {
			ps[i] -= qs[i]
		}
		return objects.Float(hypot(ps)), nil
	})
	fn(m, "fsum", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if err := exactly("fsum", args, kw, 1); err != nil {
			return value{}, err
		}
		items, err := objects.ToSlice(c, args[0])
		if err != nil {
			return value{}, err
		}
		xs, err := realArgs(c, items)
		if err != nil {
			return value{}, err
		}
		return fsum(xs)
	})
	fn(m, "prod", func(c objects.Ctx, args []value, kw []string) (value, error) {
		npos := len(args) - len(kw)
		if npos != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "prod() takes exactly 1 positional argument (%d given)", npos)
		}
		acc := objects.Int(1)
		for i, k := range kw {
			if k != "start" {
				return value{}, objects.Errorf(objects.TypeErrorType, "prod() got an unexpected keyword argument '%s'", k)
			}
			acc = args[npos+i]
		}
		items, err := objects.ToSlice(c, args[0])
		if err != nil {
			return value{}, err
		}
		for _, x := range items {
			if acc, err = objects.Binary(c, acc, x, objects.OpMul); err != nil {
				return value{}, err
			}
		}
		return acc, nil
	})

	fn(m, "factorial", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if err := exactly("factorial", args, kw, 1); err != nil {
			return value{}, err
		}
		n, err := intArg(c, args[0])
		if err != nil {
			return value{}, err
		}
		if n.Sign() < 0 {
			return value{}, objects.Errorf(objects.ValueErrorType, "factorial() not defined for negative values")
		}
		if !n.IsInt64() || n.Int64() > 1<<20 {
			return value{}, objects.Errorf(objects.OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
		}
		return objects.BigValue(new(big.Int).MulRange(1, n.Int64())), nil
	})
	fn(m, "isqrt", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if err := exactly("isqrt", args, kw, 1); err != nil {
			return value{}, err
		}
		n, err := intArg(c, args[0])
		if err != nil {
			return value{}, err
		}
		if n.Sign() < 0 {
			return value{}, objects.Errorf(objects.ValueErrorType, "isqrt() argument must be nonnegative")
		}
		return objects.BigValue(new(big.Int).Sqrt(n)), nil
	})
	gcdLcm := func(name string, lcm bool) {
		fn(m, name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			if len(kw) > 0 {
				return value{}, objects.Errorf(objects.TypeErrorType, "math.%s() takes no keyword arguments", name)
			}
			acc := big.NewInt(0)
			if lcm {
				acc.SetInt64(1)
			}
			for _, a := range args {
				n, err := intArg(c, a)
				if err != nil {
					return value{}, err
				}
				n = new(big.Int).Abs(n)
				switch {
				case !lcm:
					acc.GCD(nil, nil, acc, n)
				case n.Sign() == 0 || acc.Sign() == 0:
					acc.SetInt64(0)
				default:
					g := new(big.Int).GCD(nil, nil, acc, n)
					acc.Mul(acc, new(big.Int).Quo(n, g))
				}
			}
			return objects.BigValue(acc), nil
		})
	}
	gcdLcm("gcd", false)
	gcdLcm("lcm", true)
	combPerm := func(name string, comb bool) {
		fn(m, name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			lo := 2
			if !comb {
				lo = 1
			}
			if len(kw) > 0 {
				return value{}, objects.Errorf(objects.TypeErrorType, "math.%s() takes no keyword arguments", name)
			}
			if len(args) < lo || len(args) > 2 {
				if comb {
					return value{}, objects.Errorf(objects.TypeErrorType, "comb expected 2 arguments, got %d", len(args))
				}
				return value{}, objects.Errorf(objects.TypeErrorType, "perm expected at most 2 arguments, got %d", len(args))
			}
			n, err := intArg(c, args[0])
			if err != nil {
				return value{}, err
			}
			k := n
			if len(args) == 2 && !args[1].IsNone() {
				if k, err = intArg(c, args[1]); err != nil {
					return value{}, err
				}
			}
			if n.Sign() < 0 {
				if len(args) == 1 || args[1].IsNone() {
					// perm(n) is factorial(n), with its message.
					return value{}, objects.Errorf(objects.ValueErrorType, "factorial() not defined for negative values")
				}
				return value{}, objects.Errorf(objects.ValueErrorType, "n must be a non-negative integer")
			}
			if k.Sign() < 0 {
				return value{}, objects.Errorf(objects.ValueErrorType, "k must be a non-negative integer")
			}
			if k.Cmp(n) > 0 {
				return objects.Int(0), nil
			}
			if !n.IsInt64() {
				return value{}, objects.Errorf(objects.OverflowErrorType, "n must not exceed %d", int64(math.MaxInt64))
			}
			nn, kk := n.Int64(), k.Int64()
			if comb {
				return objects.BigValue(new(big.Int).Binomial(nn, kk)), nil
			}
			return objects.BigValue(new(big.Int).MulRange(nn-kk+1, nn)), nil
		})
	}
	combPerm("comb", true)
	combPerm("perm", false)
	return m
}

// realArg converts a math function's argument to float: int and float
// directly, anything else through __float__ (or __index__), else
// TypeError("must be real number, not X").
func realArg(c objects.Ctx, v value) (float64, error) {
	f, ok, err := objects.ToFloat(v)
	if err != nil || ok {
		return f, err
	}
	for _, name := range []string{"__float__", "__index__"} {
		if d, has := v.Type().LookupString(name); has && !d.IsNone() {
			r, err := c.Call(d, []value{v}, nil)
			if err != nil {
				return 0, err
			}
			if f, ok, err := objects.ToFloat(r); ok || err != nil {
				return f, err
			}
			return 0, objects.Errorf(objects.TypeErrorType, "%s.%s returned non-float (type %s)", v.Type().Name, name, r.Type().Name)
		}
	}
	return 0, objects.Errorf(objects.TypeErrorType, "must be real number, not %s", v.Type().Name)
}

func realArgs(c objects.Ctx, vs []value) ([]float64, error) {
	out := make([]float64, len(vs))
	for i, v := range vs {
		x, err := realArg(c, v)
		if err != nil {
			return nil, err
		}
		out[i] = x
	}
	return out, nil
}

// intArg is the argument of an integer-only function: an int, or an
// object with __index__.
func intArg(c objects.Ctx, v value) (*big.Int, error) {
	if objects.IsInt(v) {
		return objects.ToBig(v), nil
	}
	if d, ok := v.Type().LookupString("__index__"); ok && !d.IsNone() {
		r, err := c.Call(d, []value{v}, nil)
		if err != nil {
			return nil, err
		}
		if objects.IsInt(r) {
			return objects.ToBig(r), nil
		}
		return nil, objects.Errorf(objects.TypeErrorType, "__index__ returned non-int (type %s)", r.Type().Name)
	}
	return nil, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
}

// logOf wraps a logarithm so that 0 and negative arguments are domain
// errors (Go returns -Inf and NaN, which checked maps the same way, but
// a negative zero must not give -Inf's sign trouble).
func logOf(f func(float64) float64) func(float64) float64 {
	return func(x float64) float64 {
		if x <= 0 {
			return math.NaN()
		}
		return f(x)
	}
}

// naturalLog is log(v) for math.log, exact in range for ints of any size:
// a big int is shifted to 60 significant bits and the shift added back.
func naturalLog(c objects.Ctx, v value) (float64, error) {
	if objects.IsInt(v) && !v.IsSmallInt() {
		b := objects.ToBig(v)
		if b.Sign() <= 0 {
			return 0, objects.Errorf(objects.ValueErrorType, "math domain error")
		}
		n := b.BitLen() - 60
		if n < 0 {
			n = 0
		}
		f, _ := new(big.Float).SetInt(new(big.Int).Rsh(b, uint(n))).Float64()
		return math.Log(f) + float64(n)*math.Ln2, nil
	}
	x, err := realArg(c, v)
	if err != nil {
		return 0, err
	}
	if x <= 0 {
		return 0, objects.Errorf(objects.ValueErrorType, "math domain error")
	}
	return math.Log(x), nil
}

// hypot is the Euclidean norm, scaled by the largest magnitude so that
// no square overflows; an infinity wins over a NaN, as in CPython.
func hypot(xs []float64) float64 {
	max, nan := 0.0, false
	for _, x := range xs {
		a := math.Abs(x)
		if math.IsInf(a, 0) {
			return math.Inf(1)
		}
		if math.IsNaN(a) {
			nan = true
		}
		if a > max {
			max = a
		}
	}
	if nan {
		return math.NaN()
	}
	if max == 0 || len(xs) == 1 {
		return max
	}
	if len(xs) == 2 {
		return math.Hypot(xs[0], xs[1])
	}
	var sum, comp float64
	for _, x := range xs {
		s := x / max
		y := s*s - comp
		t := sum + y
		comp = (t - sum) - y
		sum = t
	}
	return max * math.Sqrt(sum)
}

// fsum is math.fsum: Shewchuk's exact summation into non-overlapping
// partials, rounded once at the end with a half-even correction, and
// CPython's handling of infinities and NaNs (summed separately).
func fsum(xs []float64) (value, error) {
	var partials []float64
	special, infSum := 0.0, 0.0
	for _, x := range xs {
		if !(!math.IsInf(x, 0) && !math.IsNaN(x)) {
			special += x
			infSum += x
			continue
		}
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		if math.IsInf(x, 0) {
			return value{}, objects.Errorf(objects.OverflowErrorType, "intermediate overflow in fsum")
		}
		partials = append(partials[:i], x)
	}
	if special != 0 || math.IsNaN(special) {
		if math.IsNaN(infSum) {
			return value{}, objects.Errorf(objects.ValueErrorType, "-inf + inf in fsum")
		}
		return objects.Float(special), nil
	}
	n := len(partials)
	hi := 0.0
	if n > 0 {
		n--
		hi = partials[n]
		lo := 0.0
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			lo = y - (hi - x)
			if lo != 0 {
				break
			}
		}
		if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			if y == x-hi {
				hi = x
			}
		}
	}
	return objects.Float(hi), nil
}
