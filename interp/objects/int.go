package objects

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"

	"github.com/weftrun/weft/interp/pyfmt"
)

// BigInt is an int that does not fit in 64 bits. Results that fit are
// always normalised back to the inline representation, so an int Value is
// a BigInt exactly when it is outside int64's range.
type BigInt struct {
	Header
	V *big.Int
}

// IntType, BoolType and FloatType are the numeric classes.
var IntType, BoolType, FloatType *Type

// BigValue returns the normalised int for b.
func BigValue(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	o := &BigInt{V: b}
	o.typ = IntType
	return obj(o)
}

// IsInt reports whether v is an int (including bool and int subclasses).
func IsInt(v Value) bool {
	return v.IsSmallInt() || v.IsBool() || v.Type().Layout == IntType
}

// intParts splits an int value into its int64 or big form.
func intParts(v Value) (small int64, big *big.Int, ok bool) {
	switch {
	case v.IsSmallInt():
		return v.SmallInt(), nil, true
	case v.IsBool():
		return int64(v.bits), nil, true
	case v.h != nil && v.h.typ.Layout == IntType:
		if b, isBig := bigOf(v); isBig {
			// Only an int subclass instance holds a word-sized value
			// in a big.Int (BigValue keeps plain ints small).
			if b.IsInt64() {
				return b.Int64(), nil, true
			}
			return 0, b, true
		}
		return int64(v.bits), nil, true
	}
	return 0, nil, false
}

func bigOf(v Value) (*big.Int, bool) {
	if v.h == &smallIntHeader || v.IsBool() {
		return nil, false
	}
	if sub := AsIntSubclass(v); sub != nil {
		return sub.V, true
	}
	return as[BigInt](v).V, true
}

// AsIntSubclass is hook for int subclasses' storage (BigInt layout).
func AsIntSubclass(v Value) *BigInt {
	if v.h.typ != IntType && v.h.typ.Layout == IntType {
		return as[BigInt](v)
	}
	return nil
}

// ToBig returns v as a *big.Int (v must be an int).
func ToBig(v Value) *big.Int {
	s, b, _ := intParts(v)
	if b != nil {
		return b
	}
	return big.NewInt(s)
}

// AsInt64 returns an int value that fits in int64.
func AsInt64(v Value) (int64, bool) {
	s, b, ok := intParts(v)
	if !ok || b != nil {
		return 0, false
	}
	return s, true
}

// IndexOf is operator.index(v) as an int64 (OverflowError-free range
// checks are the caller's).
func IndexOf(ctx Ctx, v Value) (int64, error) {
	if v.IsSmallInt() {
		return v.SmallInt(), nil
	}
	s, b, ok := intParts(v)
	if ok {
		if b != nil {
			return 0, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
		}
		return s, nil
	}
	if f := v.Type().Index; f != nil {
		r, err := f(ctx, v)
		if err != nil {
			return 0, err
		}
		return IndexOf(ctx, r)
	}
	return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
}

const hashModulus = (1 << 61) - 1

func hashInt64(i int64) int64 {
	if i >= -hashModulus && i <= hashModulus && i != -1 {
		if i < 0 {
			if -i == hashModulus {
				return 0
			}
			return i
		}
		if i == hashModulus {
			return 0
		}
		return i
	}
	return hashBig(big.NewInt(i))
}

func hashBig(b *big.Int) int64 {
	m := new(big.Int).Mod(new(big.Int).Abs(b), big.NewInt(hashModulus)).Int64()
	if b.Sign() < 0 {
		m = -m
	}
	if m == -1 {
		m = -2
	}
	return m
}

func hashFloat(f float64) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	if f == math.Trunc(f) && math.Abs(f) < 1<<63 {
		return hashInt64(int64(f))
	}
	// CPython's algorithm: reduce the mantissa modulo 2**61-1.
	m, e := math.Frexp(math.Abs(f))
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	h := int64(x)
	if f < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// IntRepr is repr(int) and errors for huge ints (int max str digits).
func IntRepr(v Value) (string, error) {
	s, b, _ := intParts(v)
	if b == nil {
		return strconv.FormatInt(s, 10), nil
	}
	r, err := pyfmt.IntToString(b, 10)
	if err != nil {
		return "", Errorf(ValueErrorType, "%s", err.Error())
	}
	return r, nil
}

// intBinary implements int op int for both representations.
func intBinary(op BinaryOp) func(ctx Ctx, a, b Value) (Value, error) {
	return func(ctx Ctx, a, b Value) (Value, error) {
		x, xb, ok1 := intParts(a)
		y, yb, ok2 := intParts(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		if xb == nil && yb == nil {
			if r, ok, err := smallIntOp(op, x, y); ok || err != nil {
				return r, err
			}
		}
		return bigIntOp(op, ToBig(a), ToBig(b))
	}
}

// SmallIntOp is the allocation-free path for two inline ints; ok is false
// when the result needs the general path (overflow, negative shift...).
func SmallIntOp(op BinaryOp, x, y int64) (Value, bool, error) { return smallIntOp(op, x, y) }

func smallIntOp(op BinaryOp, x, y int64) (Value, bool, error) {
	switch op {
	case OpAdd:
		r := x + y
		if (r > x) == (y > 0) {
			return Int(r), true, nil
		}
	case OpSub:
		r := x - y
		if (r < x) == (y > 0) {
			return Int(r), true, nil
		}
	case OpMul:
		hi, lo := bits.Mul64(uint64(abs64(x)), uint64(abs64(y)))
		if hi == 0 && lo < 1<<63 && x != math.MinInt64 && y != math.MinInt64 {
			r := int64(lo)
			if (x < 0) != (y < 0) {
				r = -r
			}
			return Int(r), true, nil
		}
	case OpFloorDiv, OpMod:
		if y == 0 {
			if op == OpMod {
				return Value{}, false, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
			}
			return Value{}, false, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		if x == math.MinInt64 && y == -1 {
			return Value{}, false, nil
		}
		q, m := x/y, x%y
		if m != 0 && (m < 0) != (y < 0) {
			q--
			m += y
		}
		if op == OpMod {
			return Int(m), true, nil
		}
		return Int(q), true, nil
	case OpTrueDiv:
		if y == 0 {
			return Value{}, false, Errorf(ZeroDivisionErrorType, "division by zero")
		}
		if abs64(x) < 1<<53 && abs64(y) < 1<<53 {
			return Float(float64(x) / float64(y)), true, nil
		}
	case OpAnd:
		return Int(x & y), true, nil
	case OpOr:
		return Int(x | y), true, nil
	case OpXor:
		return Int(x ^ y), true, nil
	case OpLShift:
		if y < 0 {
			return Value{}, false, Errorf(ValueErrorType, "negative shift count")
		}
		if y < 63 && (x<<y)>>y == x {
			return Int(x << y), true, nil
		}
	case OpRShift:
		if y < 0 {
			return Value{}, false, Errorf(ValueErrorType, "negative shift count")
		}
		if y > 63 {
			y = 63
		}
		return Int(x >> y), true, nil
	case OpPow:
		if y < 0 {
			if x == 0 {
				return Value{}, false, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
			}
			return Float(math.Pow(float64(x), float64(y))), true, nil
		}
		r := int64(1)
		base := x
		e := y
		for e > 0 {
			if e&1 == 1 {
				v, ok, _ := smallIntOp(OpMul, r, base)
				if !ok {
					return Value{}, false, nil
				}
				r = v.SmallInt()
			}
			e >>= 1
			if e > 0 {
				v, ok, _ := smallIntOp(OpMul, base, base)
				if !ok {
					return Value{}, false, nil
				}
				base = v.SmallInt()
			}
		}
		return Int(r), true, nil
	}
	return Value{}, false, nil
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func bigIntOp(op BinaryOp, x, y *big.Int) (Value, error) {
	r := new(big.Int)
	switch op {
	case OpAdd:
		r.Add(x, y)
	case OpSub:
		r.Sub(x, y)
	case OpMul:
		r.Mul(x, y)
	case OpFloorDiv, OpMod:
		if y.Sign() == 0 {
			if op == OpMod {
				return Value{}, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
			}
			return Value{}, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		q, m := new(big.Int).DivMod(x, y, new(big.Int))
		// big.DivMod is Euclidean (0 <= m < |y|); Python's remainder has
		// the divisor's sign: for y < 0 move one step down.
		if m.Sign() != 0 && y.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
			m.Add(m, y)
		}
		if op == OpMod {
			return BigValue(m), nil
		}
		return BigValue(q), nil
	case OpTrueDiv:
		if y.Sign() == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "division by zero")
		}
		f, _ := new(big.Rat).SetFrac(x, y).Float64()
		if math.IsInf(f, 0) {
			return Value{}, Errorf(OverflowErrorType, "integer division result too large for a float")
		}
		return Float(f), nil
	case OpAnd:
		r.And(x, y)
	case OpOr:
		r.Or(x, y)
	case OpXor:
		r.Xor(x, y)
	case OpLShift:
		if y.Sign() < 0 {
			return Value{}, Errorf(ValueErrorType, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > 1<<31 {
			return Value{}, Errorf(OverflowErrorType, "too many digits in integer")
		}
		r.Lsh(x, uint(y.Int64()))
	case OpRShift:
		if y.Sign() < 0 {
			return Value{}, Errorf(ValueErrorType, "negative shift count")
		}
		if !y.IsUint64() || y.Uint64() > 1<<31 {
			if x.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		r.Rsh(x, uint(y.Uint64()))
	case OpPow:
		if y.Sign() < 0 {
			fx, _ := new(big.Float).SetInt(x).Float64()
			fy, _ := new(big.Float).SetInt(y).Float64()
			return Float(math.Pow(fx, fy)), nil
		}
		if !y.IsInt64() || y.Int64() > 1<<24 && x.BitLen() > 1 {
			return Value{}, Errorf(OverflowErrorType, "exponent too large")
		}
		r.Exp(x, y, nil)
	default:
		return NotImplemented, nil
	}
	return BigValue(r), nil
}

func intCompare(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
	x, xb, ok1 := intParts(a)
	if !ok1 {
		return NotImplemented, nil
	}
	y, yb, ok2 := intParts(b)
	if !ok2 {
		if IsFloatOrSub(b) {
			return floatCompare(ctx, a, b, op)
		}
		return NotImplemented, nil
	}
	if xb == nil && yb == nil {
		return Bool(cmpInt(x, y, op)), nil
	}
	return Bool(cmpInt(int64(ToBig(a).Cmp(ToBig(b))), 0, op)), nil
}

func intUnary(f func(x int64) (int64, bool), fb func(x *big.Int) *big.Int) func(Ctx, Value) (Value, error) {
	return func(ctx Ctx, v Value) (Value, error) {
		x, xb, _ := intParts(v)
		if xb == nil {
			if r, ok := f(x); ok {
				return Int(r), nil
			}
			xb = big.NewInt(x)
		}
		return BigValue(fb(xb)), nil
	}
}

func initInt() {
	IntType.Repr = func(ctx Ctx, v Value) (string, error) { return IntRepr(v) }
	IntType.Hash = func(ctx Ctx, v Value) (int64, error) {
		x, xb, _ := intParts(v)
		if xb == nil {
			return hashInt64(x), nil
		}
		return hashBig(xb), nil
	}
	IntType.Compare = intCompare
	IntType.Bool = func(ctx Ctx, v Value) (bool, error) {
		x, xb, _ := intParts(v)
		return x != 0 || xb != nil, nil
	}
	for op := BinaryOp(0); op < numBinaryOps; op++ {
		if op != OpMatMul {
			IntType.Binary[op] = intBinaryWithFloat(op)
		}
	}
	IntType.Neg = intUnary(func(x int64) (int64, bool) { return -x, x != math.MinInt64 }, func(x *big.Int) *big.Int { return new(big.Int).Neg(x) })
	IntType.Pos = intUnary(func(x int64) (int64, bool) { return x, true }, func(x *big.Int) *big.Int { return x })
	IntType.Abs = intUnary(func(x int64) (int64, bool) { return abs64(x), x != math.MinInt64 }, func(x *big.Int) *big.Int { return new(big.Int).Abs(x) })
	IntType.Invert = intUnary(func(x int64) (int64, bool) { return ^x, true }, func(x *big.Int) *big.Int { return new(big.Int).Not(x) })
	IntType.Index = func(ctx Ctx, v Value) (Value, error) {
		x, xb, _ := intParts(v)
		if xb != nil {
			return BigValue(xb), nil
		}
		return Int(x), nil
	}
	// bool was created (deriving from int) before int's slots existed.
	BoolType.Hash, BoolType.Compare, BoolType.Bool = IntType.Hash, IntType.Compare, IntType.Bool
	BoolType.Binary = IntType.Binary
	BoolType.Neg, BoolType.Pos, BoolType.Abs, BoolType.Invert, BoolType.Index = IntType.Neg, IntType.Pos, IntType.Abs, IntType.Invert, IntType.Index
	BoolType.Repr = func(ctx Ctx, v Value) (string, error) {
		if v.IsTrue() {
			return "True", nil
		}
		return "False", nil
	}
	for _, op := range []BinaryOp{OpAnd, OpOr, OpXor} {
		op := op
		intf := IntType.Binary[op]
		BoolType.Binary[op] = func(ctx Ctx, a, b Value) (Value, error) {
			if a.IsBool() && b.IsBool() {
				x, y := a.IsTrue(), b.IsTrue()
				switch op {
				case OpAnd:
					return Bool(x && y), nil
				case OpOr:
					return Bool(x || y), nil
				}
				return Bool(x != y), nil
			}
			return intf(ctx, a, b)
		}
	}
}

// intBinaryWithFloat handles int op int and defers mixed int/float to the
// float implementation (int's slot sees (int, float) first).
func intBinaryWithFloat(op BinaryOp) func(ctx Ctx, a, b Value) (Value, error) {
	ii := intBinary(op)
	return func(ctx Ctx, a, b Value) (Value, error) {
		if a.IsFloat() || b.IsFloat() {
			return NotImplemented, nil
		}
		return ii(ctx, a, b)
	}
}
