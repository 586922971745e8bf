package objects

import (
	"math"
	"math/big"

	"github.com/weftrun/weft/interp/pyfmt"
)

// ToFloat converts an int or float operand for float arithmetic.
func ToFloat(v Value) (float64, bool, error) {
	if v.IsFloat() {
		return v.FloatVal(), true, nil
	}
	x, xb, ok := intParts(v)
	if !ok {
		if v.h != nil && v.h.typ.Layout == FloatType && v.h.typ != FloatType {
			return as[floatSub](v).f, true, nil
		}
		return 0, false, nil
	}
	if xb == nil {
		return float64(x), true, nil
	}
	f, err := pyfmt.IntToFloat(xb)
	if err != nil {
		return 0, false, Errorf(OverflowErrorType, "int too large to convert to float")
	}
	return f, true, nil
}

// IsFloatOrSub reports whether v is a float or an instance of a float
// subclass.
func IsFloatOrSub(v Value) bool {
	return v.IsFloat() || (v.h != nil && v.h.typ.Layout == FloatType)
}

// floatSub is the layout of float subclasses' instances. Plain floats
// are inline values with no heap object, so an instance of a subclass
// (which has an identity, a class of its own and an attribute dict) is a
// heap struct holding the value; ToFloat reads it for every float
// operation, which is why the subclass's arithmetic works unchanged.
type floatSub struct {
	Header
	f     float64
	attrs *Dict
	slots *slotValues // the __slots__ of the subclass chain, nil without
}

func floatOp(op BinaryOp) func(ctx Ctx, a, b Value) (Value, error) {
	return func(ctx Ctx, a, b Value) (Value, error) {
		x, ok1, err := ToFloat(a)
		if err != nil {
			return Value{}, err
		}
		y, ok2, err := ToFloat(b)
		if err != nil {
			return Value{}, err
		}
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		return FloatArith(op, x, y)
	}
}

// FloatArith is x op y for floats with CPython's errors.
func FloatArith(op BinaryOp, x, y float64) (Value, error) {
	switch op {
	case OpAdd:
		return Float(x + y), nil
	case OpSub:
		return Float(x - y), nil
	case OpMul:
		return Float(x * y), nil
	case OpTrueDiv:
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), nil
	case OpFloorDiv, OpMod:
		if y == 0 {
			if op == OpMod {
				return Value{}, Errorf(ZeroDivisionErrorType, "float modulo")
			}
			return Value{}, Errorf(ZeroDivisionErrorType, "float floor division by zero")
		}
		m := math.Mod(x, y)
		div := (x - m) / y
		if m != 0 {
			if (y < 0) != (m < 0) {
				m += y
				div -= 1
			}
		} else {
			m = math.Copysign(0, y)
		}
		if op == OpMod {
			return Float(m), nil
		}
		if div != 0 {
			f := math.Floor(div)
			if div-f > 0.5 {
				f++
			}
			div = f
		} else {
			div = math.Copysign(0, x/y)
		}
		return Float(div), nil
	case OpPow:
		if x == 0 && y < 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if x < 0 && y != math.Trunc(y) && !math.IsInf(y, 0) {
			// A negative base to a fractional power is complex.
			return ComplexPow(complex(x, 0), complex(y, 0))
		}
		r := math.Pow(x, y)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) {
			return Value{}, Errorf(OverflowErrorType, "(34, 'Numerical result out of range')")
		}
		return Float(r), nil
	}
	return NotImplemented, nil
}

func floatCompare(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
	// Compare exactly when an operand is a big int.
	if IsInt(a) || IsInt(b) {
		var f float64
		var iv Value
		flip := false
		if IsInt(a) {
			f, _, _ = ToFloat(b)
			iv = a
			flip = true
		} else {
			f, _, _ = ToFloat(a)
			iv = b
		}
		if !IsFloatOrSub(b) && !IsFloatOrSub(a) {
			return NotImplemented, nil
		}
		if math.IsNaN(f) {
			return Bool(op == CmpNe), nil
		}
		var c int
		if math.IsInf(f, 0) {
			c = 1
			if f < 0 {
				c = -1
			}
		} else {
			bf := new(big.Float).SetFloat64(f)
			c = bf.Cmp(new(big.Float).SetInt(ToBig(iv)))
		}
		if flip {
			c = -c
		}
		return Bool(cmpInt(int64(c), 0, op)), nil
	}
	x, ok1, _ := ToFloat(a)
	y, ok2, _ := ToFloat(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	switch op {
	case CmpEq:
		return Bool(x == y), nil
	case CmpNe:
		return Bool(x != y), nil
	case CmpLt:
		return Bool(x < y), nil
	case CmpLe:
		return Bool(x <= y), nil
	case CmpGt:
		return Bool(x > y), nil
	}
	return Bool(x >= y), nil
}

func initFloat() {
	FloatType.Repr = func(ctx Ctx, v Value) (string, error) {
		f, _, _ := ToFloat(v)
		return pyfmt.FloatRepr(f), nil
	}
	FloatType.Hash = func(ctx Ctx, v Value) (int64, error) {
		f, _, _ := ToFloat(v)
		if f != f {
			return hashNaN(v), nil
		}
		return hashFloat(f), nil
	}
	FloatType.Compare = floatCompare
	FloatType.Bool = func(ctx Ctx, v Value) (bool, error) { f, _, _ := ToFloat(v); return f != 0, nil }
	for _, op := range []BinaryOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow} {
		FloatType.Binary[op] = floatOp(op)
	}
	FloatType.Neg = func(ctx Ctx, v Value) (Value, error) { f, _, _ := ToFloat(v); return Float(-f), nil }
	FloatType.Pos = func(ctx Ctx, v Value) (Value, error) {
		if v.IsFloat() { // float_pos returns an exact float itself: a NaN keeps its identity
			return v, nil
		}
		f, _, _ := ToFloat(v)
		return Float(f), nil
	}
	FloatType.Abs = func(ctx Ctx, v Value) (Value, error) { f, _, _ := ToFloat(v); return Float(math.Abs(f)), nil }
}
