// Package decimalmod is the Python face of interp/pydecimal: the native
// module _decimal with the Decimal type and the context core that
// interp/lib/decimal.py builds the decimal module on.
//
// Why the split: the number type and its arithmetic are Go (speed: a
// Decimal operation is one native call, with no Python frame), while the
// parts of decimal that are class machinery — the signal exception
// hierarchy with its multiple inheritance, Context's Python surface,
// localcontext, DecimalTuple, the numbers ABC registration — are Python,
// where they are short and as introspectable as CPython's.
//
// Concurrency: Decimal values are immutable (pydecimal never writes to a
// value it returned), so they are shared between virtual threads without
// locks. A context core is mutable and guarded by its own mutex; every
// operation copies the parameters out under the lock, computes without it
// and records flags under it again. Each virtual thread has its own
// current context (see current.go), as in CPython.
package decimalmod

import (
	"math"
	"math/big"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pydecimal"
)

type value = objects.Value

// decObj is a decimal.Decimal instance: an immutable pydecimal value.
type decObj struct {
	objects.Header
	d *pydecimal.Decimal
}

// DecimalType is decimal.Decimal.
var DecimalType = objects.NewNativeType("Decimal")

func wrap(d *pydecimal.Decimal) value {
	o := &decObj{d: d}
	objects.SetHeaderType(&o.Header, DecimalType)
	return objects.FromHeader(&o.Header)
}

// wrapAs makes an instance of t, Decimal or a Python subclass of it
// (whose instances share decObj's layout, without an attribute dict).
func wrapAs(t *objects.Type, d *pydecimal.Decimal) value {
	o := &decObj{d: d}
	objects.SetHeaderType(&o.Header, t)
	return objects.FromHeader(&o.Header)
}

func asDec(v value) *pydecimal.Decimal {
	if t := v.Type(); t == DecimalType || t.Layout == DecimalType {
		return (*decObj)(v.Ptr()).d
	}
	return nil
}

// operand converts the other operand of an arithmetic operation: a
// Decimal or an int (exactly). ok is false for anything else, which
// makes the operator return NotImplemented.
func operand(v value) (*pydecimal.Decimal, bool) {
	if d := asDec(v); d != nil {
		return d, true
	}
	if objects.IsInt(v) {
		if i, ok := objects.AsInt64(v); ok {
			return pydecimal.FromInt64(i), true
		}
		return pydecimal.FromBig(objects.ToBig(v)), true
	}
	return nil, false
}

// fromValue is the Decimal constructor's conversion of any accepted
// argument; floats and strings report FloatOperation and
// ConversionSyntax through sig.
func fromValue(c objects.Ctx, v value) (*pydecimal.Decimal, pydecimal.Signal, error) {
	if d, ok := operand(v); ok {
		return d, 0, nil
	}
	if v.IsFloat() {
		return pydecimal.FromFloat(v.FloatVal()), pydecimal.FloatOperation, nil
	}
	if s := objects.AsStr(v); s != nil {
		d, ok := pydecimal.Parse(s.S)
		if !ok {
			return pydecimal.NaN(), pydecimal.ConversionSyntax, nil
		}
		return d, 0, nil
	}
	if t := objects.AsTuple(v); t != nil {
		d, err := fromTuple(t.Items)
		return d, 0, err
	}
	if l := objects.AsList(v); l != nil {
		d, err := fromTuple(l.Snapshot())
		return d, 0, err
	}
	if f, ok, _ := objects.ToFloat(v); ok && v.Type().Name == "float" {
		return pydecimal.FromFloat(f), pydecimal.FloatOperation, nil
	}
	return nil, 0, objects.Errorf(objects.TypeErrorType, "conversion from %s to Decimal is not supported", v.Type().Name)
}

// fromTuple reads (sign, digits, exponent) with exponent an int or one of
// 'F', 'n', 'N' for infinity, NaN and sNaN.
func fromTuple(items []value) (*pydecimal.Decimal, error) {
	bad := func(msg string) error { return objects.Errorf(objects.ValueErrorType, "%s", msg) }
	if len(items) != 3 {
		return nil, bad("argument must be a sequence of length 3")
	}
	sign, ok := objects.AsInt64(items[0])
	if !ok || !objects.IsInt(items[0]) || sign != 0 && sign != 1 {
		return nil, bad("sign must be an integer with the value 0 or 1")
	}
	var digitVals []value
	if t := objects.AsTuple(items[1]); t != nil {
		digitVals = t.Items
	} else if l := objects.AsList(items[1]); l != nil {
		digitVals = l.Snapshot()
	} else {
		return nil, bad("coefficient must be a tuple of digits")
	}
	coef := new(big.Int)
	for _, dv := range digitVals {
		n, ok := objects.AsInt64(dv)
		if !ok || !objects.IsInt(dv) || n < 0 || n > 9 {
			return nil, bad("coefficient must be a tuple of digits")
		}
		coef.Mul(coef, big.NewInt(10))
		coef.Add(coef, big.NewInt(n))
	}
	d := &pydecimal.Decimal{Neg: sign == 1, Coef: coef}
	if s := objects.AsStr(items[2]); s != nil {
		switch s.S {
		case "F":
			d.Kind, d.Coef = pydecimal.Infinite, new(big.Int)
		case "n":
			d.Kind = pydecimal.QNaN
		case "N":
			d.Kind = pydecimal.SNaN
		default:
			return nil, bad("string argument in the third position must be 'F', 'n' or 'N'")
		}
		return d, nil
	}
	e, ok := objects.AsInt64(items[2])
	if !ok || !objects.IsInt(items[2]) || e > math.MaxInt32*64 || e < -math.MaxInt32*64 {
		return nil, bad("exponent must be an integer")
	}
	d.Exp = int(e)
	return d, nil
}
