package decimalmod

import (
	"math/big"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pydecimal"
)

// decimalTuple is decimal.DecimalTuple, handed over by _setup.
var decimalTuple value

type unaryOp = func(p *pydecimal.Context, a *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal)

func self(v value, name string) (*pydecimal.Decimal, error) {
	d := asDec(v)
	if d == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "descriptor '%s' requires a 'decimal.Decimal' object", name)
	}
	return d, nil
}

// convertArg converts an operand of a method (Decimal or int).
func convertArg(v value) (*pydecimal.Decimal, error) {
	if d, ok := operand(v); ok {
		return d, nil
	}
	return nil, objects.Errorf(objects.TypeErrorType, "conversion from %s to Decimal is not supported", v.Type().Name)
}

func roundingArg(v value, def pydecimal.Rounding) (pydecimal.Rounding, error) {
	if v.IsNil() || v.IsNone() {
		return def, nil
	}
	if s := objects.AsStr(v); s != nil {
		if r, ok := roundingByName(s.S); ok {
			return r, nil
		}
	}
	return 0, objects.Errorf(objects.TypeErrorType, "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
}

func initMethods(t *objects.Type) {
	unary := map[string]unaryOp{
		"sqrt":      (*pydecimal.Context).Sqrt,
		"exp":       (*pydecimal.Context).Exp,
		"ln":        (*pydecimal.Context).Ln,
		"log10":     (*pydecimal.Context).Log10,
		"normalize": (*pydecimal.Context).Reduce,
		"logb":      (*pydecimal.Context).Logb,
		"logical_invert": func(p *pydecimal.Context, a *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal) {
			return p.Logical('~', a, a)
		},
		"next_plus": func(p *pydecimal.Context, a *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal) {
			return p.NextToward(a, true)
		},
		"next_minus": func(p *pydecimal.Context, a *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal) {
			return p.NextToward(a, false)
		},
	}
	for name, f := range unary {
		name, f := name, f
		t.SetMethod(name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			a, err := parse(name, args, kw, "self", "context")
			if err != nil {
				return value{}, err
			}
			d, err := self(a[0], name)
			if err != nil {
				return value{}, err
			}
			k, err := contextArg(c, a[1])
			if err != nil {
				return value{}, err
			}
			return arith(c, k, func(p *pydecimal.Context) (*pydecimal.Decimal, pydecimal.Signal) { return f(p, d) })
		})
	}
	binary := map[string]func(p *pydecimal.Context, a, b *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal){
		"compare":        (*pydecimal.Context).Compare,
		"remainder_near": (*pydecimal.Context).RemNear,
		"scaleb":         (*pydecimal.Context).Scaleb,
		"next_toward":    (*pydecimal.Context).NextTowardOther,
		"compare_signal": (*pydecimal.Context).CompareSignal,
		"logical_and": func(p *pydecimal.Context, a, b *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal) {
			return p.Logical('&', a, b)
		},
		"logical_or": func(p *pydecimal.Context, a, b *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal) {
			return p.Logical('|', a, b)
		},
		"logical_xor": func(p *pydecimal.Context, a, b *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal) {
			return p.Logical('^', a, b)
		},
		"shift": func(p *pydecimal.Context, a, b *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal) {
			return p.ShiftRotate(a, b, false)
		},
		"rotate": func(p *pydecimal.Context, a, b *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal) {
			return p.ShiftRotate(a, b, true)
		},
		"max": func(p *pydecimal.Context, a, b *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal) {
			return p.MaxMin(a, b, true, false)
		},
		"min": func(p *pydecimal.Context, a, b *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal) {
			return p.MaxMin(a, b, false, false)
		},
		"max_mag": func(p *pydecimal.Context, a, b *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal) {
			return p.MaxMin(a, b, true, true)
		},
		"min_mag": func(p *pydecimal.Context, a, b *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal) {
			return p.MaxMin(a, b, false, true)
		},
		"compare_total": func(p *pydecimal.Context, a, b *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal) {
			return pydecimal.FromInt64(int64(pydecimal.CompareTotal(a, b))), 0
		},
		"copy_sign": func(p *pydecimal.Context, a, b *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal) {
			return &pydecimal.Decimal{Neg: b.Neg, Kind: a.Kind, Coef: a.Coef, Exp: a.Exp}, 0
		},
	}
	for name, f := range binary {
		name, f := name, f
		t.SetMethod(name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			a, err := parse(name, args, kw, "self", "other", "context")
			if err != nil {
				return value{}, err
			}
			if a[1].IsNil() {
				return value{}, objects.Errorf(objects.TypeErrorType, "%s() missing required argument 'other' (pos 1)", name)
			}
			d, err := self(a[0], name)
			if err != nil {
				return value{}, err
			}
			o, err := convertArg(a[1])
			if err != nil {
				return value{}, err
			}
			k, err := contextArg(c, a[2])
			if err != nil {
				return value{}, err
			}
			return arith(c, k, func(p *pydecimal.Context) (*pydecimal.Decimal, pydecimal.Signal) { return f(p, d, o) })
		})
	}
	t.SetMethod("fma", func(c objects.Ctx, args []value, kw []string) (value, error) {
		a, err := parse("fma", args, kw, "self", "other", "third", "context")
		if err != nil {
			return value{}, err
		}
		d, err := self(a[0], "fma")
		if err != nil {
			return value{}, err
		}
		if a[1].IsNil() || a[2].IsNil() {
			return value{}, objects.Errorf(objects.TypeErrorType, "fma() missing required argument")
		}
		x, err := convertArg(a[1])
		if err != nil {
			return value{}, err
		}
		y, err := convertArg(a[2])
		if err != nil {
			return value{}, err
		}
		k, err := contextArg(c, a[3])
		if err != nil {
			return value{}, err
		}
		return arith(c, k, func(p *pydecimal.Context) (*pydecimal.Decimal, pydecimal.Signal) { return p.FMA(d, x, y) })
	})
	t.SetMethod("quantize", func(c objects.Ctx, args []value, kw []string) (value, error) {
		a, err := parse("quantize", args, kw, "self", "exp", "rounding", "context")
		if err != nil {
			return value{}, err
		}
		d, err := self(a[0], "quantize")
		if err != nil {
			return value{}, err
		}
		if a[1].IsNil() {
			return value{}, objects.Errorf(objects.TypeErrorType, "quantize() missing required argument 'exp' (pos 1)")
		}
		e, err := convertArg(a[1])
		if err != nil {
			return value{}, err
		}
		k, err := contextArg(c, a[3])
		if err != nil {
			return value{}, err
		}
		mode, err := roundingArg(a[2], k.params().Rounding)
		if err != nil {
			return value{}, err
		}
		return arith(c, k, func(p *pydecimal.Context) (*pydecimal.Decimal, pydecimal.Signal) { return p.Quantize(d, e, mode) })
	})
	for _, name := range []string{"to_integral", "to_integral_value", "to_integral_exact"} {
		name := name
		t.SetMethod(name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			a, err := parse(name, args, kw, "self", "rounding", "context")
			if err != nil {
				return value{}, err
			}
			d, err := self(a[0], name)
			if err != nil {
				return value{}, err
			}
			k, err := contextArg(c, a[2])
			if err != nil {
				return value{}, err
			}
			mode, err := roundingArg(a[1], k.params().Rounding)
			if err != nil {
				return value{}, err
			}
			exact := name == "to_integral_exact"
			return arith(c, k, func(p *pydecimal.Context) (*pydecimal.Decimal, pydecimal.Signal) { return p.ToIntegral(d, mode, exact) })
		})
	}
	pure := func(name string, f func(d *pydecimal.Decimal) value) {
		t.SetMethod(name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			if len(args) < 1 {
				return value{}, objects.Errorf(objects.TypeErrorType, "%s() needs an argument", name)
			}
			d, err := self(args[0], name)
			if err != nil {
				return value{}, err
			}
			return f(d), nil
		})
	}
	pure("is_nan", func(d *pydecimal.Decimal) value { return objects.Bool(d.IsNaN()) })
	pure("is_qnan", func(d *pydecimal.Decimal) value { return objects.Bool(d.Kind == pydecimal.QNaN) })
	pure("is_snan", func(d *pydecimal.Decimal) value { return objects.Bool(d.Kind == pydecimal.SNaN) })
	pure("is_infinite", func(d *pydecimal.Decimal) value { return objects.Bool(d.Kind == pydecimal.Infinite) })
	pure("is_finite", func(d *pydecimal.Decimal) value { return objects.Bool(d.Kind == pydecimal.Finite) })
	pure("is_signed", func(d *pydecimal.Decimal) value { return objects.Bool(d.Neg) })
	pure("is_zero", func(d *pydecimal.Decimal) value { return objects.Bool(d.IsZero()) })
	pure("is_canonical", func(d *pydecimal.Decimal) value { return objects.True })
	pure("adjusted", func(d *pydecimal.Decimal) value { return objects.Int(int64(d.Adjusted())) })
	pure("copy_abs", func(d *pydecimal.Decimal) value {
		return wrap(&pydecimal.Decimal{Kind: d.Kind, Coef: d.Coef, Exp: d.Exp})
	})
	pure("copy_negate", func(d *pydecimal.Decimal) value {
		return wrap(&pydecimal.Decimal{Neg: !d.Neg, Kind: d.Kind, Coef: d.Coef, Exp: d.Exp})
	})
	pure("canonical", func(d *pydecimal.Decimal) value { return wrap(d) })
	pure("conjugate", func(d *pydecimal.Decimal) value { return wrap(d) })
	pure("__copy__", func(d *pydecimal.Decimal) value { return wrap(d) })
	t.SetMethod("__deepcopy__", func(c objects.Ctx, args []value, kw []string) (value, error) { return args[0], nil })
	t.SetMethod("as_tuple", func(c objects.Ctx, args []value, kw []string) (value, error) {
		d, err := self(args[0], "as_tuple")
		if err != nil {
			return value{}, err
		}
		digits := d.Coef.String()
		if d.Kind != pydecimal.Finite && d.Coef.Sign() == 0 {
			digits = ""
			if d.Kind == pydecimal.Infinite {
				digits = "0"
			}
		}
		items := make([]value, len(digits))
		for i := range digits {
			items[i] = objects.Int(int64(digits[i] - '0'))
		}
		var exp value
		switch d.Kind {
		case pydecimal.Infinite:
			exp = objects.StrValue("F")
		case pydecimal.QNaN:
			exp = objects.StrValue("n")
		case pydecimal.SNaN:
			exp = objects.StrValue("N")
		default:
			exp = objects.Int(int64(d.Exp))
		}
		parts := []value{objects.Int(b2i(d.Neg)), objects.NewTuple(items).Value(), exp}
		setupMu.RLock()
		dt := decimalTuple
		setupMu.RUnlock()
		if dt.IsNil() {
			return objects.NewTuple(parts).Value(), nil
		}
		return c.Call(dt, parts, nil)
	})
	t.SetMethod("is_normal", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return classify(c, args, kw, "is_normal", true)
	})
	t.SetMethod("is_subnormal", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return classify(c, args, kw, "is_subnormal", false)
	})
	t.SetMethod("to_eng_string", func(c objects.Ctx, args []value, kw []string) (value, error) {
		a, err := parse("to_eng_string", args, kw, "self", "context")
		if err != nil {
			return value{}, err
		}
		d, err := self(a[0], "to_eng_string")
		if err != nil {
			return value{}, err
		}
		k, err := contextArg(c, a[1])
		if err != nil {
			return value{}, err
		}
		k.mu.Lock()
		caps := k.capitals
		k.mu.Unlock()
		return objects.StrValue(d.Format(true, caps)), nil
	})
	fromFloat := objects.NewBuiltin("from_float", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 2 || len(kw) != 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "from_float() takes exactly one argument")
		}
		v := args[1]
		if v.IsFloat() {
			return wrap(pydecimal.FromFloat(v.FloatVal())), nil
		}
		if d, ok := operand(v); ok && objects.IsInt(v) {
			return wrap(d), nil
		}
		return value{}, objects.Errorf(objects.TypeErrorType, "argument must be int or float")
	}, nil)
	cm := &objects.ClassMethod{Func: fromFloat.Value()}
	objects.SetHeaderType(&cm.Header, objects.ClassMethodType)
	t.SetAttrValue("from_float", objects.FromHeader(&cm.Header))
	t.SetMethod("as_integer_ratio", func(c objects.Ctx, args []value, kw []string) (value, error) {
		d, err := self(args[0], "as_integer_ratio")
		if err != nil {
			return value{}, err
		}
		switch d.Kind {
		case pydecimal.Infinite:
			return value{}, objects.Errorf(objects.OverflowErrorType, "cannot convert Infinity to integer ratio")
		case pydecimal.QNaN, pydecimal.SNaN:
			return value{}, objects.Errorf(objects.ValueErrorType, "cannot convert NaN to integer ratio")
		}
		num := new(big.Int).Set(d.Coef)
		den := big.NewInt(1)
		ten := big.NewInt(10)
		if d.Exp >= 0 {
			num.Mul(num, new(big.Int).Exp(ten, big.NewInt(int64(d.Exp)), nil))
		} else {
			den.Exp(ten, big.NewInt(int64(-d.Exp)), nil)
			g := new(big.Int).GCD(nil, nil, num, den)
			if g.Sign() != 0 {
				num.Quo(num, g)
				den.Quo(den, g)
			}
		}
		if d.Neg {
			num.Neg(num)
		}
		return objects.NewTuple([]value{objects.BigValue(num), objects.BigValue(den)}).Value(), nil
	})
	toInt := func(name string, mode pydecimal.Rounding) {
		t.SetMethod(name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			d, err := self(args[0], name)
			if err != nil {
				return value{}, err
			}
			return intOf(d, mode)
		})
	}
	toInt("__int__", pydecimal.RoundDown)
	toInt("__trunc__", pydecimal.RoundDown)
	toInt("__floor__", pydecimal.RoundFloor)
	toInt("__ceil__", pydecimal.RoundCeiling)
	t.SetMethod("__float__", func(c objects.Ctx, args []value, kw []string) (value, error) {
		d, err := self(args[0], "__float__")
		if err != nil {
			return value{}, err
		}
		if d.Kind == pydecimal.SNaN {
			return value{}, objects.Errorf(objects.ValueErrorType, "cannot convert signaling NaN to float")
		}
		return objects.Float(d.Float64()), nil
	})
	t.SetMethod("__round__", func(c objects.Ctx, args []value, kw []string) (value, error) {
		a, err := parse("__round__", args, kw, "self", "ndigits")
		if err != nil {
			return value{}, err
		}
		d, err := self(a[0], "__round__")
		if err != nil {
			return value{}, err
		}
		if a[1].IsNil() || a[1].IsNone() {
			return intOf(d, pydecimal.RoundHalfEven)
		}
		n, ok := objects.AsInt64(a[1])
		if !ok || !objects.IsInt(a[1]) {
			return value{}, objects.Errorf(objects.TypeErrorType, "optional arg must be an integer")
		}
		q := &pydecimal.Decimal{Coef: big.NewInt(1), Exp: int(-n)}
		k, err := contextArg(c, value{})
		if err != nil {
			return value{}, err
		}
		mode := k.params().Rounding
		return arith(c, k, func(p *pydecimal.Context) (*pydecimal.Decimal, pydecimal.Signal) { return p.Quantize(d, q, mode) })
	})
	t.SetMethod("__format__", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 2 || objects.AsStr(args[1]) == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "format() argument must be str")
		}
		d, err := self(args[0], "__format__")
		if err != nil {
			return value{}, err
		}
		spec := objects.AsStr(args[1]).S
		tc, err := current(c)
		if err != nil {
			return value{}, err
		}
		tc.core.mu.Lock()
		mode, caps := tc.core.p.Rounding, tc.core.capitals
		tc.core.mu.Unlock()
		s, ferr := pydecimal.FormatSpec(d, spec, mode, caps)
		if ferr != nil {
			return value{}, objects.Errorf(objects.ValueErrorType, "invalid format string")
		}
		return objects.StrValue(s), nil
	})
	divmod := func(name string, swap bool) {
		t.SetMethod(name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			if len(args) != 2 {
				return value{}, objects.Errorf(objects.TypeErrorType, "%s expected 1 argument", name)
			}
			x, ok1 := operand(args[0])
			y, ok2 := operand(args[1])
			if !ok1 || !ok2 {
				return objects.NotImplemented, nil
			}
			if swap {
				x, y = y, x
			}
			tc, err := current(c)
			if err != nil {
				return value{}, err
			}
			p := tc.core.params()
			q, r, sig := p.DivMod(x, y)
			if err := tc.core.signal(sig); err != nil {
				return value{}, err
			}
			return objects.NewTuple([]value{wrap(q), wrap(r)}).Value(), nil
		})
	}
	property := func(name string, get func(d *pydecimal.Decimal) value) {
		g := objects.NewBuiltin(name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			d, err := self(args[0], name)
			if err != nil {
				return value{}, err
			}
			return get(d), nil
		}, nil)
		p := &objects.Property{Get: g.Value(), Set: objects.None, Del: objects.None, Doc: objects.None}
		objects.SetHeaderType(&p.Header, objects.PropertyType)
		t.SetAttrValue(name, objects.FromHeader(&p.Header))
	}
	property("real", func(d *pydecimal.Decimal) value { return wrap(d) })
	property("imag", func(d *pydecimal.Decimal) value { return wrap(pydecimal.FromInt64(0)) })
	t.SetMethod("__complex__", func(c objects.Ctx, args []value, kw []string) (value, error) {
		d, err := self(args[0], "__complex__")
		if err != nil {
			return value{}, err
		}
		return c.Call(objects.ComplexType.Value(), []value{objects.Float(d.Float64())}, nil)
	})
	t.SetMethod("same_quantum", func(c objects.Ctx, args []value, kw []string) (value, error) {
		a, err := parse("same_quantum", args, kw, "self", "other", "context")
		if err != nil {
			return value{}, err
		}
		d, err := self(a[0], "same_quantum")
		if err != nil {
			return value{}, err
		}
		o, err := convertArg(a[1])
		if err != nil {
			return value{}, err
		}
		if d.Kind != pydecimal.Finite || o.Kind != pydecimal.Finite {
			return objects.Bool(d.IsNaN() && o.IsNaN() || d.Kind == pydecimal.Infinite && o.Kind == pydecimal.Infinite), nil
		}
		return objects.Bool(d.Exp == o.Exp), nil
	})
	t.SetMethod("number_class", func(c objects.Ctx, args []value, kw []string) (value, error) {
		a, err := parse("number_class", args, kw, "self", "context")
		if err != nil {
			return value{}, err
		}
		d, err := self(a[0], "number_class")
		if err != nil {
			return value{}, err
		}
		k, err := contextArg(c, a[1])
		if err != nil {
			return value{}, err
		}
		sign := "+"
		if d.Neg {
			sign = "-"
		}
		var class string
		switch {
		case d.Kind == pydecimal.SNaN:
			return objects.StrValue("sNaN"), nil
		case d.Kind == pydecimal.QNaN:
			return objects.StrValue("NaN"), nil
		case d.Kind == pydecimal.Infinite:
			class = "Infinity"
		case d.IsZero():
			class = "Zero"
		case d.Adjusted() < k.params().Emin:
			class = "Subnormal"
		default:
			class = "Normal"
		}
		return objects.StrValue(sign + class), nil
	})
	t.SetMethod("radix", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return wrap(pydecimal.FromInt64(10)), nil
	})
	divmod("__divmod__", false)
	divmod("__rdivmod__", true)
}

// classify is is_normal / is_subnormal in a context.
func classify(c objects.Ctx, args []value, kw []string, name string, normal bool) (value, error) {
	a, err := parse(name, args, kw, "self", "context")
	if err != nil {
		return value{}, err
	}
	d, err := self(a[0], name)
	if err != nil {
		return value{}, err
	}
	k, err := contextArg(c, a[1])
	if err != nil {
		return value{}, err
	}
	if d.Kind != pydecimal.Finite || d.IsZero() {
		return objects.False, nil
	}
	below := d.Adjusted() < k.params().Emin
	return objects.Bool(below != normal), nil
}

// intOf converts to int rounding with mode, with CPython's errors for
// specials.
func intOf(d *pydecimal.Decimal, mode pydecimal.Rounding) (value, error) {
	switch d.Kind {
	case pydecimal.Infinite:
		return value{}, objects.Errorf(objects.OverflowErrorType, "cannot convert Infinity to integer")
	case pydecimal.QNaN, pydecimal.SNaN:
		return value{}, objects.Errorf(objects.ValueErrorType, "cannot convert NaN to integer")
	}
	r, _ := pydecimal.Rescale(d, 0, mode)
	if d.Exp >= 0 {
		r = d
	}
	return objects.BigValue(r.Int()), nil
}

// ctxOp is _ctxop(core, name, a, b): the binary operations of Context
// objects (add, subtract, ...) and create_decimal, with operands
// converted from int.
func ctxOp(c objects.Ctx, args []value, kw []string) (value, error) {
	if len(args) < 3 {
		return value{}, objects.Errorf(objects.TypeErrorType, "_ctxop(core, name, operands...)")
	}
	k := asCore(args[0])
	name := objects.AsStr(args[1]).S
	ops := make([]*pydecimal.Decimal, len(args)-2)
	for i, v := range args[2:] {
		d, err := convertArg(v)
		if err != nil {
			return value{}, err
		}
		ops[i] = d
	}
	need := func(n int) error {
		if len(ops) != n {
			return objects.Errorf(objects.TypeErrorType, "%s() takes exactly %d arguments", name, n)
		}
		return nil
	}
	if name == "divmod" {
		if err := need(2); err != nil {
			return value{}, err
		}
		p := k.params()
		q, r, sig := p.DivMod(ops[0], ops[1])
		if err := k.signal(sig); err != nil {
			return value{}, err
		}
		return objects.NewTuple([]value{wrap(q), wrap(r)}).Value(), nil
	}
	var f func(p *pydecimal.Context, a, b *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal)
	switch name {
	case "add":
		f = (*pydecimal.Context).Add
	case "subtract":
		f = (*pydecimal.Context).Sub
	case "multiply":
		f = (*pydecimal.Context).Mul
	case "divide":
		f = (*pydecimal.Context).Div
	case "divide_int":
		f = (*pydecimal.Context).DivInt
	case "remainder":
		f = (*pydecimal.Context).Rem
	case "power":
		f = (*pydecimal.Context).Pow
	case "create", "plus", "minus", "abs":
		if err := need(1); err != nil {
			return value{}, err
		}
		return arith(c, k, func(p *pydecimal.Context) (*pydecimal.Decimal, pydecimal.Signal) {
			switch name {
			case "plus":
				return p.Plus(ops[0])
			case "minus":
				return p.Minus(ops[0])
			case "abs":
				return p.Abs(ops[0])
			}
			r, s := p.Fix(ops[0])
			if r.IsNaN() {
				r, s = p.Plus(ops[0])
			}
			return r, s
		})
	default:
		return value{}, objects.Errorf(objects.AttributeErrorType, "no context operation %s", name)
	}
	if err := need(2); err != nil {
		return value{}, err
	}
	return arith(c, k, func(p *pydecimal.Context) (*pydecimal.Decimal, pydecimal.Signal) { return f(p, ops[0], ops[1]) })
}
