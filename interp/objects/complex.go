package objects

import (
	"math"

	"github.com/weftrun/weft/interp/pyfmt"
)

// Complex is an immutable complex number. The arithmetic below follows
// CPython's Objects/complexobject.c algorithm by algorithm (not Go's
// built-in complex operators, whose division and infinity handling
// differ), so results agree bit for bit.
type Complex struct {
	Header
	C complex128
}

// ComplexType is complex.
var ComplexType *Type

// ComplexValue returns c as a Python value.
func ComplexValue(c complex128) Value {
	o := &Complex{C: c}
	o.typ = ComplexType
	return obj(o)
}

// AsComplex returns the number in a complex (or subclass) value.
func AsComplex(v Value) (complex128, bool) {
	if v.h != nil && v.h.typ.Layout == ComplexType {
		return as[Complex](v).C, true
	}
	return 0, false
}

// ToComplex converts an int, float or complex operand for complex
// arithmetic; ok is false for other types (NotImplemented).
func ToComplex(v Value) (c complex128, ok bool, err error) {
	if z, ok := AsComplex(v); ok {
		return z, true, nil
	}
	f, ok, err := ToFloat(v)
	if err != nil || !ok {
		return 0, false, err
	}
	return complex(f, 0), true, nil
}

// complexProd is CPython's _Py_c_prod.
func complexProd(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	return complex(ar*br-ai*bi, ar*bi+ai*br)
}

// complexQuot is CPython's _Py_c_quot (Smith's method, scaling by the
// larger component of the divisor); ok is false for a zero divisor.
func complexQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom), true
	}
	// A NaN component in the divisor.
	return complex(math.NaN(), math.NaN()), true
}

// complexPowErr classifies pow failures as CPython's errno values do.
type complexPowErr int

const (
	powOK complexPowErr = iota
	powDomain
)

// complexPowGeneral is CPython's _Py_c_pow (polar form).
func complexPowGeneral(a, b complex128) (complex128, complexPowErr) {
	switch {
	case b == 0:
		return 1, powOK
	case a == 0:
		if imag(b) != 0 || real(b) < 0 {
			return 0, powDomain
		}
		return 0, powOK
	}
	// The C library functions CPython calls are correctly rounded;
	// see crmath.go.
	vabs := crHypot(real(a), imag(a))
	length := crPow(vabs, real(b))
	at := crAtan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		length /= crExp(at * imag(b))
		phase += imag(b) * crLog(vabs)
	}
	sin, cos := crSinCos(phase)
	return complex(length*cos, length*sin), powOK
}

// complexPowUnsigned is CPython's c_powu: binary exponentiation.
func complexPowUnsigned(x complex128, n int64) complex128 {
	r, p := complex128(1), x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexProd(r, p)
		}
		p = complexProd(p, p)
	}
	return r
}

// ComplexPow is a ** b with CPython's algorithm choice (repeated
// multiplication for integral exponents up to 100 in magnitude, the polar
// form otherwise) and errors.
func ComplexPow(a, b complex128) (Value, error) {
	var r complex128
	status := powOK
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int64(real(b))
		if n >= 0 {
			r = complexPowUnsigned(a, n)
		} else {
			var ok bool
			if r, ok = complexQuot(1, complexPowUnsigned(a, -n)); !ok {
				status = powDomain
			}
		}
	} else {
		r, status = complexPowGeneral(a, b)
	}
	if status == powDomain {
		return Value{}, Errorf(ZeroDivisionErrorType, "0.0 to a negative or complex power")
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return Value{}, Errorf(OverflowErrorType, "complex exponentiation")
	}
	return ComplexValue(r), nil
}

// ComplexArith is a op b for complex operands with CPython's errors; ok is
// false for operators complex does not support.
func ComplexArith(op BinaryOp, a, b complex128) (Value, bool, error) {
	switch op {
	case OpAdd:
		return ComplexValue(complex(real(a)+real(b), imag(a)+imag(b))), true, nil
	case OpSub:
		return ComplexValue(complex(real(a)-real(b), imag(a)-imag(b))), true, nil
	case OpMul:
		return ComplexValue(complexProd(a, b)), true, nil
	case OpTrueDiv:
		q, ok := complexQuot(a, b)
		if !ok {
			return Value{}, true, Errorf(ZeroDivisionErrorType, "complex division by zero")
		}
		return ComplexValue(q), true, nil
	case OpPow:
		r, err := ComplexPow(a, b)
		return r, true, err
	}
	return Value{}, false, nil
}

func complexOp(op BinaryOp) func(ctx Ctx, a, b Value) (Value, error) {
	return func(ctx Ctx, a, b Value) (Value, error) {
		x, ok1, err := ToComplex(a)
		if err != nil {
			return Value{}, err
		}
		y, ok2, err := ToComplex(b)
		if err != nil {
			return Value{}, err
		}
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		r, ok, err := ComplexArith(op, x, y)
		if !ok {
			return NotImplemented, nil
		}
		return r, err
	}
}

// complexHash is CPython's: hash(real) + 1000003*hash(imag) in unsigned
// machine arithmetic, -1 mapped to -2; so a complex with zero imaginary
// part hashes like the equal float and int.
func complexHash(c complex128) int64 {
	h := uint64(hashFloat(real(c))) + 1000003*uint64(hashFloat(imag(c)))
	if int64(h) == -1 {
		return -2
	}
	return int64(h)
}

func initComplex() {
	ComplexType = newBuiltinType("complex", nil)
	T := ComplexType
	num := func(v Value) complex128 { c, _ := AsComplex(v); return c }
	T.Repr = func(ctx Ctx, v Value) (string, error) { return pyfmt.ComplexRepr(num(v)), nil }
	T.Hash = func(ctx Ctx, v Value) (int64, error) { return complexHash(num(v)), nil }
	T.Bool = func(ctx Ctx, v Value) (bool, error) { return num(v) != 0, nil }
	T.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		if op != CmpEq && op != CmpNe {
			return NotImplemented, nil
		}
		x := num(a)
		var eq bool
		switch {
		case IsInt(b):
			// Compare exactly against the int: through float comparison's
			// big-int handling, only when the imaginary part is zero.
			if imag(x) != 0 {
				eq = false
				break
			}
			r, err := floatCompare(ctx, Float(real(x)), b, CmpEq)
			if err != nil {
				return Value{}, err
			}
			eq = r.IsTrue()
		default:
			y, ok, err := ToComplex(b)
			if err != nil || !ok {
				return NotImplemented, err
			}
			eq = x == y
		}
		return Bool(eq == (op == CmpEq)), nil
	}
	for _, op := range []BinaryOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpPow} {
		T.Binary[op] = complexOp(op)
	}
	T.Neg = func(ctx Ctx, v Value) (Value, error) {
		c := num(v)
		return ComplexValue(complex(-real(c), -imag(c))), nil
	}
	T.Pos = func(ctx Ctx, v Value) (Value, error) { return ComplexValue(num(v)), nil }
	T.Abs = func(ctx Ctx, v Value) (Value, error) {
		c := num(v)
		r := crHypot(real(c), imag(c))
		if math.IsInf(r, 0) && !math.IsInf(real(c), 0) && !math.IsInf(imag(c), 0) && !math.IsNaN(real(c)) && !math.IsNaN(imag(c)) {
			return Value{}, Errorf(OverflowErrorType, "absolute value too large")
		}
		return Float(r), nil
	}
	T.GetAttrDefersMethods = true
	T.GetAttr = func(ctx Ctx, v Value, name *Str) (Value, error) {
		switch name.S {
		case "real":
			return Float(real(num(v))), nil
		case "imag":
			return Float(imag(num(v))), nil
		}
		return GenericGetAttr(ctx, v, name)
	}
}
