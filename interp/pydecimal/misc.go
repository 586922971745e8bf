package pydecimal

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Cmp compares two non-NaN values numerically: -1, 0 or 1. Zeros of
// either sign are equal; infinities order as expected.
func Cmp(a, b *Decimal) int {
	sa, sb := a.sign(), b.sign()
	if sa != sb {
		if sa < sb {
			return -1
		}
		return 1
	}
	if sa == 0 {
		return 0
	}
	var m int
	switch {
	case a.Kind == Infinite && b.Kind == Infinite:
		m = 0
	case a.Kind == Infinite:
		m = 1
	case b.Kind == Infinite:
		m = -1
	default:
		m = cmpAbs(a, b)
	}
	return m * sa
}

// sign is -1, 0 or 1 (0 for zeros).
func (d *Decimal) sign() int {
	if d.IsZero() {
		return 0
	}
	if d.Neg {
		return -1
	}
	return 1
}

// cmpAbs compares the magnitudes of two non-zero finite values.
func cmpAbs(a, b *Decimal) int {
	aa, ba := a.Adjusted(), b.Adjusted()
	if aa != ba {
		if aa < ba {
			return -1
		}
		return 1
	}
	exp := a.Exp
	if b.Exp < exp {
		exp = b.Exp
	}
	x := new(big.Int).Mul(a.Coef, pow10(a.Exp-exp))
	y := new(big.Int).Mul(b.Coef, pow10(b.Exp-exp))
	return x.Cmp(y)
}

// Compare is the compare operation: -1, 0, 1 as a Decimal, or a NaN.
func (c *Context) Compare(a, b *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a, b); ok {
		return r, s
	}
	return FromInt64(int64(Cmp(a, b))), 0
}

// CompareTotal orders all values, NaNs and signs of zeros and exponents
// included (the total ordering of the specification).
func CompareTotal(a, b *Decimal) int {
	if a.Neg != b.Neg {
		if a.Neg {
			return -1
		}
		return 1
	}
	r := compareTotalAbs(a, b)
	if a.Neg {
		return -r
	}
	return r
}

func compareTotalAbs(a, b *Decimal) int {
	rank := func(d *Decimal) int { return [...]int{0, 1, 3, 2}[d.Kind] }
	ra, rb := rank(a), rank(b)
	if ra != rb {
		if ra < rb {
			return -1
		}
		return 1
	}
	switch a.Kind {
	case Infinite:
		return 0
	case QNaN, SNaN:
		return a.Coef.Cmp(b.Coef)
	}
	var m int
	switch {
	case a.IsZero() && b.IsZero():
		m = 0
	case a.IsZero():
		m = -1
	case b.IsZero():
		m = 1
	default:
		m = cmpAbs(a, b)
	}
	if m != 0 {
		return m
	}
	switch {
	case a.Exp < b.Exp:
		return -1
	case a.Exp > b.Exp:
		return 1
	}
	return 0
}

// MaxMin is max (isMax) or min of the specification: a quiet NaN loses
// to a number; equal values are ordered by sign and exponent.
func (c *Context) MaxMin(a, b *Decimal, isMax, magnitude bool) (*Decimal, Signal) {
	if a.Kind == SNaN || b.Kind == SNaN {
		r, s, _ := c.checkNaNs(a, b)
		return r, s
	}
	if a.Kind == QNaN && b.Kind != QNaN {
		return c.Fix(b)
	}
	if b.Kind == QNaN && a.Kind != QNaN {
		return c.Fix(a)
	}
	if a.Kind == QNaN {
		return c.fixNaN(a), 0
	}
	var r int
	if magnitude {
		r = Cmp(absOf(a), absOf(b))
	} else {
		r = Cmp(a, b)
	}
	if r == 0 {
		r = CompareTotal(a, b)
	}
	if !isMax {
		r = -r
	}
	if r >= 0 {
		return c.Fix(a)
	}
	return c.Fix(b)
}

func absOf(d *Decimal) *Decimal {
	return &Decimal{Kind: d.Kind, Coef: d.Coef, Exp: d.Exp}
}

// Quantize rounds a to the exponent of b with mode.
func (c *Context) Quantize(a, b *Decimal, mode Rounding) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a, b); ok {
		return r, s
	}
	if a.Kind == Infinite || b.Kind == Infinite {
		if a.Kind == Infinite && b.Kind == Infinite {
			return a, 0
		}
		return invalid(), InvalidOperation
	}
	exp := b.Exp
	if exp > c.Emax || exp < c.Etiny() {
		return invalid(), InvalidOperation
	}
	if a.Coef.Sign() == 0 {
		r, s := c.Fix(&Decimal{Neg: a.Neg, Coef: new(big.Int), Exp: exp})
		return r, s
	}
	if a.Adjusted() > c.Emax {
		return invalid(), InvalidOperation
	}
	if a.Adjusted()-exp+1 > c.Prec {
		return invalid(), InvalidOperation
	}
	r, inexact := Rescale(a, exp, mode)
	if r.Coef.Sign() != 0 && (r.Adjusted() > c.Emax || numDigits(r.Coef) > c.Prec) {
		return invalid(), InvalidOperation
	}
	var s Signal
	if r.Coef.Sign() != 0 && r.Adjusted() < c.Emin {
		s |= Subnormal
	}
	if inexact {
		s |= Inexact
	}
	if r.Exp > a.Exp {
		s |= Rounded
	}
	r2, s2 := c.Fix(r)
	return r2, s | s2
}

// ToIntegral rounds a to an integer with mode, keeping non-negative
// exponents; exact reports Inexact and Rounded (to_integral_exact).
func (c *Context) ToIntegral(a *Decimal, mode Rounding, exact bool) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a); ok {
		return r, s
	}
	if a.Kind == Infinite || a.Exp >= 0 {
		return a, 0
	}
	if a.Coef.Sign() == 0 {
		return &Decimal{Neg: a.Neg, Coef: new(big.Int)}, 0
	}
	r, inexact := Rescale(a, 0, mode)
	if !exact {
		return r, 0
	}
	s := Rounded
	if inexact {
		s |= Inexact
	}
	return r, s
}

// Reduce is normalize(): a rounded to the context with trailing zeros
// removed (zero becomes 0 with exponent 0).
func (c *Context) Reduce(a *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a); ok {
		return r, s
	}
	r, s := c.Fix(a)
	if r.Kind != Finite {
		return r, s
	}
	if r.Coef.Sign() == 0 {
		return &Decimal{Neg: r.Neg, Coef: new(big.Int)}, s
	}
	expMax := c.Emax
	if c.Clamp {
		expMax = c.Etop()
	}
	coef, exp := new(big.Int).Set(r.Coef), r.Exp
	var q, m big.Int
	for exp < expMax {
		q.QuoRem(coef, bigTen, &m)
		if m.Sign() != 0 {
			break
		}
		coef.Set(&q)
		exp++
	}
	return &Decimal{Neg: r.Neg, Coef: coef, Exp: exp}, s
}

// FromFloat is the exact value of f: a binary fraction m/2^k is
// m·5^k / 10^k.
func FromFloat(f float64) *Decimal {
	switch {
	case math.IsNaN(f):
		return &Decimal{Neg: math.Signbit(f), Kind: QNaN, Coef: bigZero}
	case math.IsInf(f, 0):
		return Inf(f < 0)
	}
	neg := math.Signbit(f)
	f = math.Abs(f)
	if f == 0 {
		return &Decimal{Neg: neg, Coef: new(big.Int)}
	}
	frac, e := math.Frexp(f) // f = frac·2^e, 0.5 ≤ frac < 1
	mant := uint64(frac * (1 << 53))
	e -= 53
	for mant&1 == 0 {
		mant >>= 1
		e++
	}
	coef := new(big.Int).SetUint64(mant)
	if e >= 0 {
		coef.Lsh(coef, uint(e))
		return &Decimal{Neg: neg, Coef: coef}
	}
	coef.Mul(coef, new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(-e)), nil))
	return &Decimal{Neg: neg, Coef: coef, Exp: e}
}

// Float64 is the nearest float to d (correctly rounded, through the
// decimal string, which strconv parses exactly).
func (d *Decimal) Float64() float64 {
	switch d.Kind {
	case Infinite:
		if d.Neg {
			return math.Inf(-1)
		}
		return math.Inf(1)
	case QNaN, SNaN:
		if d.Neg {
			return math.Copysign(math.NaN(), -1)
		}
		return math.NaN()
	}
	if d.Coef.Sign() == 0 {
		if d.Neg {
			return math.Copysign(0, -1)
		}
		return 0
	}
	// Exponents far out of float range would make a huge string;
	// saturate them first.
	adj := d.Adjusted()
	if adj > 400 {
		return math.Copysign(math.Inf(1), boolSign(d.Neg))
	}
	if adj < -400 {
		return math.Copysign(0, boolSign(d.Neg))
	}
	s := d.Coef.String() + "e" + strconv.Itoa(d.Exp)
	if d.Neg {
		s = "-" + s
	}
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

func boolSign(neg bool) float64 {
	if neg {
		return -1
	}
	return 1
}

// Int is the integer part of a finite d (truncated towards zero).
func (d *Decimal) Int() *big.Int {
	v := new(big.Int)
	if d.Exp >= 0 {
		v.Mul(d.Coef, pow10(d.Exp))
	} else if -d.Exp <= numDigits(d.Coef) {
		v.Quo(d.Coef, pow10(-d.Exp))
	}
	if d.Neg {
		v.Neg(v)
	}
	return v
}

// hashModulus is Python's numeric hash modulus 2^61 - 1: equal numbers
// of any type hash alike by reducing their value modulo it.
var hashModulus = new(big.Int).SetUint64(1<<61 - 1)

// inverse of 10 modulo 2^61-1, so that 10^-k is a power of it.
var hashInv10 = new(big.Int).ModInverse(big.NewInt(10), hashModulus)

// Hash is Python's hash of a finite or infinite d, equal to the hash of
// the int, float or Fraction of the same value. NaNs are the caller's
// (they hash by identity, and a signaling NaN cannot be hashed).
func (d *Decimal) Hash() int64 {
	if d.Kind == Infinite {
		if d.Neg {
			return -314159
		}
		return 314159
	}
	var p *big.Int
	if d.Exp >= 0 {
		p = new(big.Int).Exp(bigTen, big.NewInt(int64(d.Exp)), hashModulus)
	} else {
		p = new(big.Int).Exp(hashInv10, big.NewInt(int64(-d.Exp)), hashModulus)
	}
	h := new(big.Int).Mul(d.Coef, p)
	h.Mod(h, hashModulus)
	v := h.Int64()
	if d.Neg {
		v = -v
	}
	if v == -1 {
		v = -2
	}
	return v
}

// NextToward is next_plus (up) or next_minus: the closest representable
// number above or below a in the context; no signals are raised, as the
// specification says.
func (c *Context) NextToward(a *Decimal, up bool) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a); ok {
		return r, s
	}
	if a.Kind == Infinite {
		if a.Neg != up {
			return a, 0
		}
		return &Decimal{Neg: a.Neg, Coef: new(big.Int).Sub(pow10(c.Prec), bigOne), Exp: c.Etop()}, 0
	}
	cc := *c
	cc.Rounding = RoundFloor
	if up {
		cc.Rounding = RoundCeiling
	}
	r, _ := cc.Fix(a)
	if CompareTotal(r, a) != 0 && Cmp(r, a) != 0 {
		return r, 0
	}
	tiny := &Decimal{Neg: !up, Coef: big.NewInt(1), Exp: c.Etiny() - 1}
	r, _ = cc.Add(a, tiny)
	return r, 0
}

// Logb is the adjusted exponent of a as a Decimal.
func (c *Context) Logb(a *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a); ok {
		return r, s
	}
	if a.Kind == Infinite {
		return Inf(false), 0
	}
	if a.IsZero() {
		return Inf(true), DivisionByZero
	}
	return c.Fix(FromInt64(int64(a.Adjusted())))
}

// Scaleb is a × 10^b for an integral b.
func (c *Context) Scaleb(a, b *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a, b); ok {
		return r, s
	}
	if b.Kind != Finite || b.Exp != 0 {
		return invalid(), InvalidOperation
	}
	limit := 2 * (c.Emax + c.Prec)
	n := b.Int()
	if !n.IsInt64() || n.Int64() > int64(limit) || n.Int64() < -int64(limit) {
		return invalid(), InvalidOperation
	}
	if a.Kind == Infinite {
		return a, 0
	}
	return c.Fix(&Decimal{Neg: a.Neg, Coef: a.Coef, Exp: a.Exp + int(n.Int64())})
}

// NextTowardOther is next_toward: the representable number next to a in
// the direction of b (a with b's sign when they are equal).
func (c *Context) NextTowardOther(a, b *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a, b); ok {
		return r, s
	}
	switch Cmp(a, b) {
	case 0:
		return &Decimal{Neg: b.Neg, Kind: a.Kind, Coef: a.Coef, Exp: a.Exp}, 0
	case -1:
		a, _ = c.NextToward(a, true)
	default:
		a, _ = c.NextToward(a, false)
	}
	switch {
	case a.Kind == Infinite:
		return a, Overflow | Inexact | Rounded
	case a.Adjusted() < c.Emin:
		s := Underflow | Subnormal | Inexact | Rounded
		if a.IsZero() {
			s |= Clamped
		}
		return a, s
	}
	return a, 0
}

// CompareSignal is compare, with InvalidOperation for quiet NaNs too.
func (c *Context) CompareSignal(a, b *Decimal) (*Decimal, Signal) {
	if a.IsNaN() || b.IsNaN() {
		r, _, _ := c.checkNaNs(a, b)
		return r, InvalidOperation
	}
	return c.Compare(a, b)
}

// logicalDigits returns the digits of a logical operand (finite,
// non-negative, exponent 0, digits 0 and 1 only) padded to Prec digits,
// or ok false.
func (c *Context) logicalDigits(a *Decimal) ([]byte, bool) {
	if a.Kind != Finite || a.Neg || a.Exp != 0 {
		return nil, false
	}
	s := a.Coef.String()
	for i := 0; i < len(s); i++ {
		if s[i] != '0' && s[i] != '1' {
			return nil, false
		}
	}
	if len(s) > c.Prec {
		s = s[len(s)-c.Prec:]
	}
	return []byte(strings.Repeat("0", c.Prec-len(s)) + s), true
}

// fromDigits makes a Decimal of exponent exp from a digit string.
func fromDigits(neg bool, digits []byte, exp int) *Decimal {
	coef, _ := new(big.Int).SetString(string(digits), 10)
	return &Decimal{Neg: neg, Coef: coef, Exp: exp}
}

// Logical is logical_and ('&'), logical_or ('|'), logical_xor ('^')
// of two logical operands, or logical_invert ('~') of a.
func (c *Context) Logical(op byte, a, b *Decimal) (*Decimal, Signal) {
	x, ok := c.logicalDigits(a)
	if !ok {
		return invalid(), InvalidOperation
	}
	y := x
	if op != '~' {
		if y, ok = c.logicalDigits(b); !ok {
			return invalid(), InvalidOperation
		}
	}
	out := make([]byte, c.Prec)
	for i := range out {
		p, q := x[i] == '1', y[i] == '1'
		var r bool
		switch op {
		case '&':
			r = p && q
		case '|':
			r = p || q
		case '^':
			r = p != q
		case '~':
			r = !p
		}
		out[i] = '0'
		if r {
			out[i] = '1'
		}
	}
	return fromDigits(false, out, 0), 0
}

// ShiftRotate is shift (rotate false) or rotate of a's coefficient by b
// digits (positive: to the left) within Prec digits.
func (c *Context) ShiftRotate(a, b *Decimal, rotate bool) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a, b); ok {
		return r, s
	}
	if b.Kind != Finite || b.Exp != 0 {
		return invalid(), InvalidOperation
	}
	nb := b.Int()
	if !nb.IsInt64() || nb.Int64() > int64(c.Prec) || nb.Int64() < -int64(c.Prec) {
		return invalid(), InvalidOperation
	}
	if a.Kind == Infinite {
		return a, 0
	}
	n := int(nb.Int64())
	s := a.Coef.String()
	if len(s) > c.Prec {
		s = s[len(s)-c.Prec:]
	}
	s = strings.Repeat("0", c.Prec-len(s)) + s
	var out string
	switch {
	case rotate:
		k := mod(n, c.Prec)
		out = s[k:] + s[:k]
	case n >= 0:
		out = (s + strings.Repeat("0", n))[n:]
	default:
		out = strings.Repeat("0", -n) + s[:len(s)+n]
	}
	return fromDigits(a.Neg, []byte(out), a.Exp), 0
}
