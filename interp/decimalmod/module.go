package decimalmod

import (
	"sync"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pydecimal"
	"github.com/weftrun/weft/interp/vm"
)

type builtinFn = objects.BuiltinFn

// parse splits a built-in's arguments into names' slots by position and
// keyword (unset slots stay nil).
func parse(fname string, args []value, kw []string, names ...string) ([]value, error) {
	out := make([]value, len(names))
	npos := len(args) - len(kw)
	if npos > len(names) {
		return nil, objects.Errorf(objects.TypeErrorType, "%s() takes at most %d arguments (%d given)", fname, len(names), npos)
	}
	copy(out, args[:npos])
	for i, k := range kw {
		found := false
		for j, n := range names {
			if n == k {
				if !out[j].IsNil() {
					return nil, objects.Errorf(objects.TypeErrorType, "%s() got multiple values for argument '%s'", fname, k)
				}
				out[j] = args[npos+i]
				found = true
			}
		}
		if !found {
			return nil, objects.Errorf(objects.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	return out, nil
}

// Module builds _decimal.
func Module(in *vm.Interp) (*objects.Module, error) {
	typeOnce.Do(initType)
	m := objects.NewModule("_decimal")
	set := func(name string, v value) { m.Dict.SetStr(objects.Interned(name), v) }
	fn := func(name string, f builtinFn) {
		b := objects.NewBuiltin(name, f, nil)
		b.Module = "_decimal"
		set(name, b.Value())
	}
	set("Decimal", DecimalType.Value())
	// _setup(signal classes in pydecimal bit order, context maker).
	fn("_setup", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 3 {
			return value{}, objects.Errorf(objects.TypeErrorType, "_setup(signals, maker, DecimalTuple)")
		}
		t := objects.AsTuple(args[0])
		if t == nil || len(t.Items) != len(signalNames) {
			return value{}, objects.Errorf(objects.TypeErrorType, "_setup needs %d signal classes", len(signalNames))
		}
		setupMu.Lock()
		signalClasses = append([]value(nil), t.Items...)
		contextMaker = args[1]
		decimalTuple = args[2]
		setupMu.Unlock()
		return objects.None, nil
	})
	fn("_core", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.FromHeader(&newCore().Header), nil
	})
	fn("_getcontext", func(c objects.Ctx, args []value, kw []string) (value, error) {
		tc, err := current(c)
		if err != nil {
			return value{}, err
		}
		return tc.ctx, nil
	})
	fn("_setcontext", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "setcontext() takes exactly one argument")
		}
		k, err := coreOf(c, args[0])
		if err != nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "argument must be a context")
		}
		if key, t, ok := threadKey(c); ok {
			setCurrent(key, t, &threadContext{ctx: args[0], core: k})
		}
		return objects.None, nil
	})
	// _get(core, field) and _set(core, field, value) read and write the
	// parameters, validated as CPython's Context does.
	fn("_get", func(c objects.Ctx, args []value, kw []string) (value, error) {
		k := asCore(args[0])
		k.mu.Lock()
		defer k.mu.Unlock()
		switch objects.AsStr(args[1]).S {
		case "prec":
			return objects.Int(int64(k.p.Prec)), nil
		case "rounding":
			return objects.StrValue(pydecimal.RoundingNames[k.p.Rounding]), nil
		case "Emin":
			return objects.Int(int64(k.p.Emin)), nil
		case "Emax":
			return objects.Int(int64(k.p.Emax)), nil
		case "capitals":
			return objects.Int(b2i(k.capitals)), nil
		case "clamp":
			return objects.Int(b2i(k.p.Clamp)), nil
		case "flags":
			return objects.Int(int64(k.flags)), nil
		case "traps":
			return objects.Int(int64(k.traps)), nil
		}
		return objects.None, nil
	})
	fn("_set", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.None, setField(asCore(args[0]), objects.AsStr(args[1]).S, args[2])
	})
	fn("_mask", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Int(int64(signalMask(args[0]))), nil
	})
	fn("_trap", func(c objects.Ctx, args []value, kw []string) (value, error) {
		// Raise the exception for signal bits as an operation would.
		k := asCore(args[0])
		n, _ := objects.AsInt64(args[1])
		return objects.None, k.signal(pydecimal.Signal(n))
	})
	fn("_flaglist", func(c objects.Ctx, args []value, kw []string) (value, error) {
		n, _ := objects.AsInt64(args[0])
		return objects.StrValue(signalListNames(pydecimal.Signal(n))), nil
	})
	// _ctxop(context, name, *operands) runs a Context method.
	fn("_ctxop", ctxOp)
	return m, nil
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func setField(k *coreObj, name string, v value) error {
	intArg := func() (int64, error) {
		n, ok := objects.AsInt64(v)
		if !ok || !objects.IsInt(v) {
			return 0, objects.Errorf(objects.TypeErrorType, "%s must be an integer", name)
		}
		return n, nil
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	const maxExp = 999999999999999999
	switch name {
	case "prec":
		n, err := intArg()
		if err != nil {
			return err
		}
		if n < 1 || n > maxExp {
			return objects.Errorf(objects.ValueErrorType, "valid range for prec is [1, MAX_PREC]")
		}
		k.p.Prec = int(n)
	case "rounding":
		s := objects.AsStr(v)
		r, ok := pydecimal.Rounding(0), false
		if s != nil {
			r, ok = roundingByName(s.S)
		}
		if !ok {
			return objects.Errorf(objects.TypeErrorType, "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
		}
		k.p.Rounding = r
	case "Emin":
		n, err := intArg()
		if err != nil {
			return err
		}
		if n > 0 || n < -maxExp {
			return objects.Errorf(objects.ValueErrorType, "valid range for Emin is [MIN_EMIN, 0]")
		}
		k.p.Emin = int(n)
	case "Emax":
		n, err := intArg()
		if err != nil {
			return err
		}
		if n < 0 || n > maxExp {
			return objects.Errorf(objects.ValueErrorType, "valid range for Emax is [0, MAX_EMAX]")
		}
		k.p.Emax = int(n)
	case "capitals", "clamp":
		n, err := intArg()
		if err != nil {
			return err
		}
		if n != 0 && n != 1 {
			return objects.Errorf(objects.ValueErrorType, "valid values for %s are 0 or 1", name)
		}
		if name == "clamp" {
			k.p.Clamp = n == 1
		} else {
			k.capitals = n == 1
		}
	case "flags", "traps":
		n, err := intArg()
		if err != nil {
			return err
		}
		if name == "flags" {
			k.flags = pydecimal.Signal(n)
		} else {
			k.traps = pydecimal.Signal(n)
		}
	default:
		return objects.Errorf(objects.AttributeErrorType, "'decimal.Context' object has no attribute '%s'", name)
	}
	return nil
}

var typeOnce sync.Once

// binaryOps are the operators of Decimal with their pydecimal
// operation; divmod and ** are handled apart.
var binaryOps = map[objects.BinaryOp]func(c *pydecimal.Context, a, b *pydecimal.Decimal) (*pydecimal.Decimal, pydecimal.Signal){
	objects.OpAdd:      (*pydecimal.Context).Add,
	objects.OpSub:      (*pydecimal.Context).Sub,
	objects.OpMul:      (*pydecimal.Context).Mul,
	objects.OpTrueDiv:  (*pydecimal.Context).Div,
	objects.OpFloorDiv: (*pydecimal.Context).DivInt,
	objects.OpMod:      (*pydecimal.Context).Rem,
	objects.OpPow:      (*pydecimal.Context).Pow,
}

// arith runs one operation in the current context and signals.
func arith(c objects.Ctx, k *coreObj, f func(p *pydecimal.Context) (*pydecimal.Decimal, pydecimal.Signal)) (value, error) {
	if k == nil {
		tc, err := current(c)
		if err != nil {
			return value{}, err
		}
		k = tc.core
	}
	p := k.params()
	r, sig := f(&p)
	if err := k.signal(sig); err != nil {
		return value{}, err
	}
	return wrap(r), nil
}

func initType() {
	t := DecimalType
	t.Module = "decimal"
	t.Qualname = "Decimal"
	t.Layout = t
	for op, f := range binaryOps {
		op, f := op, f
		sym := [...]string{"+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//"}[op]
		t.Binary[op] = func(c objects.Ctx, a, b value) (value, error) {
			x, ok1 := operand(a)
			y, ok2 := operand(b)
			if !ok1 || !ok2 {
				// Built-in types that are not numbers Decimal accepts
				// get CPython's message (with the C type's name
				// decimal.Decimal); a Python class still gets its turn
				// through NotImplemented.
				if a.Type().Builtin && b.Type().Builtin {
					return value{}, objects.Errorf(objects.TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym, typeName(a), typeName(b))
				}
				return objects.NotImplemented, nil
			}
			return arith(c, nil, func(p *pydecimal.Context) (*pydecimal.Decimal, pydecimal.Signal) { return f(p, x, y) })
		}
	}
	t.Neg = func(c objects.Ctx, v value) (value, error) {
		return arith(c, nil, func(p *pydecimal.Context) (*pydecimal.Decimal, pydecimal.Signal) { return p.Minus(asDec(v)) })
	}
	t.Pos = func(c objects.Ctx, v value) (value, error) {
		return arith(c, nil, func(p *pydecimal.Context) (*pydecimal.Decimal, pydecimal.Signal) { return p.Plus(asDec(v)) })
	}
	t.Abs = func(c objects.Ctx, v value) (value, error) {
		return arith(c, nil, func(p *pydecimal.Context) (*pydecimal.Decimal, pydecimal.Signal) { return p.Abs(asDec(v)) })
	}
	t.Bool = func(c objects.Ctx, v value) (bool, error) { return !asDec(v).IsZero(), nil }
	t.Repr = func(c objects.Ctx, v value) (string, error) {
		return "Decimal('" + toSci(c, asDec(v)) + "')", nil
	}
	t.Str = func(c objects.Ctx, v value) (string, error) { return toSci(c, asDec(v)), nil }
	t.Hash = func(c objects.Ctx, v value) (int64, error) {
		d := asDec(v)
		switch d.Kind {
		case pydecimal.SNaN:
			return 0, objects.Errorf(objects.TypeErrorType, "Cannot hash a signaling NaN value")
		case pydecimal.QNaN:
			return v.ID() >> 4, nil
		}
		return d.Hash(), nil
	}
	t.Compare = compare
	t.New = newDecimal
	initMethods(t)
	// The slots filled above become Decimal.__add__, __str__... for
	// subclasses and explicit calls (idempotent for the other types).
	objects.ExposeSlotMethods()
}

// typeName is the name a TypeError shows: decimal.Decimal, as CPython's
// C type is named.
func typeName(v value) string {
	if v.Type() == DecimalType {
		return "decimal.Decimal"
	}
	return v.Type().Name
}

// toSci is str(d) with the current context's capitals.
func toSci(c objects.Ctx, d *pydecimal.Decimal) string {
	caps := true
	if tc, err := current(c); err == nil {
		tc.core.mu.Lock()
		caps = tc.core.capitals
		tc.core.mu.Unlock()
	}
	return d.Format(false, caps)
}

// newDecimal is Decimal(value="0", context=None).
func newDecimal(c objects.Ctx, t *objects.Type, args []value, kw []string) (value, error) {
	a, err := parse("Decimal", args, kw, "value", "context")
	if err != nil {
		return value{}, err
	}
	if a[0].IsNil() {
		return wrapAs(t, pydecimal.FromInt64(0)), nil
	}
	if d := asDec(a[0]); d != nil {
		if t == DecimalType && a[0].Type() == DecimalType {
			return a[0], nil
		}
		return wrapAs(t, d), nil
	}
	d, sig, err := fromValue(c, a[0])
	if err != nil {
		return value{}, err
	}
	if sig != 0 {
		k, err := contextArg(c, a[1])
		if err != nil {
			return value{}, err
		}
		if err := k.signal(sig); err != nil {
			return value{}, err
		}
	}
	return wrapAs(t, d), nil
}

// compare implements the rich comparisons with Decimal, int and float
// (exactly, as CPython); NaNs compare unequal and ordering them signals
// InvalidOperation. Other types (Fraction) are decimal.py's.
func compare(c objects.Ctx, a, b value, op objects.CompareOp) (value, error) {
	x := asDec(a)
	y, ok := operand(b)
	isFloat := false
	if !ok && b.IsFloat() {
		y, ok, isFloat = pydecimal.FromFloat(b.FloatVal()), true, true
	}
	if x == nil {
		return objects.NotImplemented, nil
	}
	if !ok && b.Type().Layout == objects.ComplexType && (op == objects.CmpEq || op == objects.CmpNe) {
		// Equal to a complex only through a zero imaginary part.
		if z, isComplex := objects.AsComplex(b); isComplex {
			if imag(z) != 0 {
				return objects.Bool(op == objects.CmpNe), nil
			}
			return compare(c, a, objects.Float(real(z)), op)
		}
	}
	if !ok {
		return compareRational(c, x, b, op)
	}
	eq := op == objects.CmpEq || op == objects.CmpNe
	if isFloat {
		tc, err := current(c)
		if err != nil {
			return value{}, err
		}
		if eq {
			tc.core.mu.Lock()
			tc.core.flags |= pydecimal.FloatOperation
			tc.core.mu.Unlock()
		} else if err := tc.core.signal(pydecimal.FloatOperation); err != nil {
			return value{}, err
		}
	}
	if x.IsNaN() || y.IsNaN() {
		if !eq || x.Kind == pydecimal.SNaN || y.Kind == pydecimal.SNaN {
			tc, err := current(c)
			if err != nil {
				return value{}, err
			}
			if err := tc.core.signal(pydecimal.InvalidOperation); err != nil {
				return value{}, err
			}
		}
		return objects.Bool(op == objects.CmpNe), nil
	}
	r := pydecimal.Cmp(x, y)
	var res bool
	switch op {
	case objects.CmpEq:
		res = r == 0
	case objects.CmpNe:
		res = r != 0
	case objects.CmpLt:
		res = r < 0
	case objects.CmpLe:
		res = r <= 0
	case objects.CmpGt:
		res = r > 0
	case objects.CmpGe:
		res = r >= 0
	}
	return objects.Bool(res), nil
}

var numeratorName, denominatorName = objects.NewStr("numerator"), objects.NewStr("denominator")

// compareRational compares a Decimal with a numbers.Rational that is not
// an int (Fraction) exactly: x·denominator against numerator. Objects
// without integral numerator and denominator give NotImplemented.
func compareRational(c objects.Ctx, x *pydecimal.Decimal, b value, op objects.CompareOp) (value, error) {
	if objects.AsStr(b) != nil || b.IsNone() {
		return objects.NotImplemented, nil
	}
	num, err := objects.GetAttr(c, b, numeratorName)
	if err != nil || !objects.IsInt(num) {
		return objects.NotImplemented, nil
	}
	den, err := objects.GetAttr(c, b, denominatorName)
	if err != nil || !objects.IsInt(den) || objects.ToBig(den).Sign() <= 0 {
		return objects.NotImplemented, nil
	}
	if x.IsNaN() {
		return compare(c, wrap(x), wrap(x), op) // NaN rules, b's value is irrelevant
	}
	if x.Kind == pydecimal.Infinite {
		return compare(c, wrap(x), objects.Int(0), op)
	}
	exact := &pydecimal.Context{Prec: 1 << 30, Emin: -(1 << 40), Emax: 1 << 40}
	lhs, _ := exact.Mul(x, pydecimal.FromBig(objects.ToBig(den)))
	return compare(c, wrap(lhs), num, op)
}
