package pydecimal

import (
	"math/big"
	"math/bits"
)

// fixNaN keeps at most Prec-Clamp digits of a NaN's payload, as the
// specification limits diagnostic information to the precision.
func (c *Context) fixNaN(d *Decimal) *Decimal {
	max := c.Prec
	if c.Clamp {
		max--
	}
	if d.Coef.Sign() != 0 && numDigits(d.Coef) > max {
		p := new(big.Int).Rem(d.Coef, pow10(max))
		return &Decimal{Neg: d.Neg, Kind: d.Kind, Coef: p}
	}
	return d
}

// quiet turns a signaling NaN into a quiet one with the same payload.
func (c *Context) quiet(d *Decimal) *Decimal {
	return c.fixNaN(&Decimal{Neg: d.Neg, Kind: QNaN, Coef: d.Coef})
}

// checkNaNs applies the NaN rules to the operands of an operation: a
// signaling NaN gives InvalidOperation and its quiet twin, otherwise the
// first quiet NaN propagates. ok is false when neither operand is a NaN.
func (c *Context) checkNaNs(ops ...*Decimal) (*Decimal, Signal, bool) {
	for _, d := range ops {
		if d.Kind == SNaN {
			return c.quiet(d), InvalidOperation, true
		}
	}
	for _, d := range ops {
		if d.Kind == QNaN {
			return c.fixNaN(d), 0, true
		}
	}
	return nil, 0, false
}

func invalid() *Decimal { return NaN() }

// Add is a + b rounded to the context.
func (c *Context) Add(a, b *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a, b); ok {
		return r, s
	}
	if a.Kind == Infinite || b.Kind == Infinite {
		if a.Kind == Infinite && b.Kind == Infinite && a.Neg != b.Neg {
			return invalid(), InvalidOperation
		}
		if a.Kind == Infinite {
			return Inf(a.Neg), 0
		}
		return Inf(b.Neg), 0
	}
	if r, ok := c.addSmall(a, b); ok {
		return c.Fix(r)
	}
	return c.Fix(c.addExact(a, b))
}

// addSmall is the fast path of addition for the common case of two
// non-zero coefficients that, aligned, fit in 64 bits: one allocation
// for the result instead of big.Int temporaries.
func (c *Context) addSmall(a, b *Decimal) (*Decimal, bool) {
	if !a.Coef.IsUint64() || !b.Coef.IsUint64() || a.Coef.Sign() == 0 || b.Coef.Sign() == 0 {
		return nil, false
	}
	hi, lo := a, b
	if hi.Exp < lo.Exp {
		hi, lo = lo, hi
	}
	shift := hi.Exp - lo.Exp
	if shift >= len(pow10u64) {
		return nil, false
	}
	h, overflow := bits.Mul64(hi.Coef.Uint64(), pow10u64[shift])
	if h != 0 {
		return nil, false
	}
	l := lo.Coef.Uint64()
	var sum uint64
	neg := hi.Neg
	if hi.Neg == lo.Neg {
		var carry uint64
		sum, carry = bits.Add64(overflow, l, 0)
		if carry != 0 {
			return nil, false
		}
	} else if overflow >= l {
		sum = overflow - l
	} else {
		sum = l - overflow
		neg = lo.Neg
	}
	if sum == 0 {
		neg = c.Rounding == RoundFloor
	}
	return &Decimal{Neg: neg, Coef: new(big.Int).SetUint64(sum), Exp: lo.Exp}, true
}

// Sub is a - b rounded to the context.
func (c *Context) Sub(a, b *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a, b); ok {
		return r, s
	}
	return c.Add(a, negated(b))
}

func negated(d *Decimal) *Decimal {
	return &Decimal{Neg: !d.Neg, Kind: d.Kind, Coef: d.Coef, Exp: d.Exp}
}

// addExact adds two finite values, shortening an operand that lies
// entirely below the rounding position of the other to a single sticky
// digit, so that 1E+999999 + 1 does not build a million-digit integer.
func (c *Context) addExact(a, b *Decimal) *Decimal {
	exp := a.Exp
	if b.Exp < exp {
		exp = b.Exp
	}
	if a.Coef.Sign() == 0 && b.Coef.Sign() == 0 {
		neg := a.Neg && b.Neg
		if a.Neg != b.Neg && c.Rounding == RoundFloor {
			neg = true
		}
		return &Decimal{Neg: neg, Coef: new(big.Int), Exp: exp}
	}
	if a.Coef.Sign() == 0 {
		return c.padTo(b, exp)
	}
	if b.Coef.Sign() == 0 {
		return c.padTo(a, exp)
	}
	hi, lo := a, b
	if hi.Exp < lo.Exp {
		hi, lo = lo, hi
	}
	// Every digit of lo lies below hi's last digit and below the last
	// digit that rounding to Prec can keep: only its sign and that it
	// is non-zero matter.
	limit := hi.Adjusted() - c.Prec - 1
	if hi.Exp-1 < limit {
		limit = hi.Exp - 1
	}
	if lo.Adjusted() < limit {
		lo = &Decimal{Neg: lo.Neg, Coef: bigOne, Exp: limit}
	}
	exp = lo.Exp
	x := new(big.Int).Mul(hi.Coef, pow10(hi.Exp-exp))
	if hi.Neg {
		x.Neg(x)
	}
	y := new(big.Int).Set(lo.Coef)
	if lo.Neg {
		y.Neg(y)
	}
	x.Add(x, y)
	neg := x.Sign() < 0
	if x.Sign() == 0 {
		neg = c.Rounding == RoundFloor
	}
	return &Decimal{Neg: neg, Coef: x.Abs(x), Exp: exp}
}

// padTo is x + 0: d with its exponent lowered towards exp ≤ d.Exp, but
// by no more than Prec+1 digits (what rounding can keep, plus one, so
// that Fix reports Rounded as the specification's addition does).
func (c *Context) padTo(d *Decimal, exp int) *Decimal {
	if lim := d.Exp - c.Prec - 1; exp < lim {
		exp = lim
	}
	if d.Exp <= exp {
		return d
	}
	return &Decimal{Neg: d.Neg, Coef: new(big.Int).Mul(d.Coef, pow10(d.Exp-exp)), Exp: exp}
}

// Mul is a × b rounded to the context.
func (c *Context) Mul(a, b *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a, b); ok {
		return r, s
	}
	neg := a.Neg != b.Neg
	if a.Kind == Infinite || b.Kind == Infinite {
		if a.IsZero() || b.IsZero() {
			return invalid(), InvalidOperation
		}
		return Inf(neg), 0
	}
	if a.Coef.IsUint64() && b.Coef.IsUint64() {
		if h, l := bits.Mul64(a.Coef.Uint64(), b.Coef.Uint64()); h == 0 {
			return c.Fix(&Decimal{Neg: neg, Coef: new(big.Int).SetUint64(l), Exp: a.Exp + b.Exp})
		}
	}
	return c.Fix(&Decimal{Neg: neg, Coef: new(big.Int).Mul(a.Coef, b.Coef), Exp: a.Exp + b.Exp})
}

// Div is a / b rounded to the context, with the exponent closest to the
// ideal a.Exp - b.Exp when the quotient is exact.
func (c *Context) Div(a, b *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a, b); ok {
		return r, s
	}
	neg := a.Neg != b.Neg
	if a.Kind == Infinite {
		if b.Kind == Infinite {
			return invalid(), InvalidOperation
		}
		return Inf(neg), 0
	}
	if b.Kind == Infinite {
		return &Decimal{Neg: neg, Coef: new(big.Int), Exp: c.Etiny()}, Clamped
	}
	if b.Coef.Sign() == 0 {
		if a.Coef.Sign() == 0 {
			return invalid(), DivisionUndefined
		}
		return Inf(neg), DivisionByZero
	}
	ideal := a.Exp - b.Exp
	if a.Coef.Sign() == 0 {
		return c.Fix(&Decimal{Neg: neg, Coef: new(big.Int), Exp: ideal})
	}
	if r, sig, ok := c.divRounded(neg, a.Coef, b.Coef, ideal); ok {
		f, s := c.Fix(r)
		return f, s | sig
	}
	return c.Fix(c.divCore(neg, a.Coef, b.Coef, ideal))
}

// divRounded is the common case of division done with one integer
// division: the quotient is computed to Prec or Prec+1 digits and rounded
// here from the last digit and the remainder, when the result is not
// subnormal (where Fix would have to round again). ok is false otherwise,
// and divCore's general path runs.
func (c *Context) divRounded(neg bool, x, y *big.Int, ideal int) (*Decimal, Signal, bool) {
	shift := numDigits(y) - numDigits(x) + c.Prec
	exp := ideal - shift
	if exp+c.Prec-1 < c.Emin {
		return nil, 0, false
	}
	q, r := new(big.Int), new(big.Int)
	if shift >= 0 {
		q.QuoRem(new(big.Int).Mul(x, pow10(shift)), y, r)
	} else {
		y = new(big.Int).Mul(y, pow10(-shift))
		q.QuoRem(x, y, r)
	}
	// cmpHalf compares the discarded part with half a unit of the
	// last kept digit.
	var cmpHalf int
	inexact := r.Sign() != 0
	dropped := false
	switch numDigits(q) {
	case c.Prec:
		if inexact {
			cmpHalf = r.Lsh(r, 1).Cmp(y)
		}
	case c.Prec + 1:
		// Drop the extra digit d: d and the remainder decide.
		d := lastDigit(q)
		q.Sub(q, big.NewInt(int64(d)))
		q.Quo(q, bigTen)
		exp++
		dropped = true
		switch {
		case d > 5 || d == 5 && inexact:
			cmpHalf = 1
		case d == 5:
			cmpHalf = 0
		default:
			cmpHalf = -1
		}
		inexact = inexact || d != 0
	default:
		return nil, 0, false
	}
	if !inexact {
		if dropped && exp > ideal {
			// An exact quotient one digit too long, its last digit
			// a zero beyond the ideal exponent: rounded, not inexact.
			return &Decimal{Neg: neg, Coef: q, Exp: exp}, Rounded, true
		}
		var t, m big.Int
		for exp < ideal {
			t.QuoRem(q, bigTen, &m)
			if m.Sign() != 0 {
				break
			}
			q.Set(&t)
			exp++
		}
		return &Decimal{Neg: neg, Coef: q, Exp: exp}, 0, true
	}
	if roundUp(c.Rounding, neg, q, cmpHalf, true) {
		q.Add(q, bigOne)
		if numDigits(q) > c.Prec {
			q.Quo(q, bigTen)
			exp++
		}
	}
	return &Decimal{Neg: neg, Coef: q, Exp: exp}, Inexact | Rounded, true
}

// lastDigit is x mod 10 for x ≥ 0, from x mod 2 and x mod 5.
func lastDigit(x *big.Int) uint {
	m := mod5(x)
	if m%2 != x.Bit(0) {
		m += 5
	}
	return m
}

// divCore divides coefficients x / y (non-zero) for a result of ideal
// exponent ideal, with Prec+1 significant digits and a sticky last digit
// when inexact, so that Fix rounds it correctly.
func (c *Context) divCore(neg bool, x, y *big.Int, ideal int) *Decimal {
	shift := numDigits(y) - numDigits(x) + c.Prec + 1
	exp := ideal - shift
	var q, r big.Int
	if shift >= 0 {
		q.QuoRem(new(big.Int).Mul(x, pow10(shift)), y, &r)
	} else {
		q.QuoRem(x, new(big.Int).Mul(y, pow10(-shift)), &r)
	}
	if r.Sign() != 0 {
		// A remainder makes the last digit sticky: a 0 or 5 would
		// read as an exact tie or an exact value to the rounding.
		if mod5(&q) == 0 {
			q.Add(&q, bigOne)
		}
	} else {
		var m big.Int
		for exp < ideal {
			var t big.Int
			t.QuoRem(&q, bigTen, &m)
			if m.Sign() != 0 {
				break
			}
			q.Set(&t)
			exp++
		}
	}
	return &Decimal{Neg: neg, Coef: &q, Exp: exp}
}

// DivMod is the integer division of the specification: the quotient
// truncated towards zero (exponent 0) and the remainder with the sign of
// a. Quotients longer than Prec digits give DivisionImpossible.
func (c *Context) DivMod(a, b *Decimal) (q, r *Decimal, sig Signal) {
	if n, s, ok := c.checkNaNs(a, b); ok {
		return n, n, s
	}
	neg := a.Neg != b.Neg
	if a.Kind == Infinite {
		if b.Kind == Infinite {
			return invalid(), invalid(), InvalidOperation
		}
		return Inf(neg), invalid(), InvalidOperation
	}
	if b.Kind == Infinite {
		r, s := c.Fix(a)
		return &Decimal{Neg: neg, Coef: new(big.Int)}, r, s
	}
	if b.Coef.Sign() == 0 {
		if a.Coef.Sign() == 0 {
			return invalid(), invalid(), DivisionUndefined
		}
		return Inf(neg), invalid(), DivisionByZero | InvalidOperation
	}
	return c.divInt(a, b)
}

// divInt divides finite operands with b non-zero.
func (c *Context) divInt(a, b *Decimal) (q, r *Decimal, sig Signal) {
	neg := a.Neg != b.Neg
	exp := a.Exp
	if b.Exp < exp {
		exp = b.Exp
	}
	if a.Coef.Sign() == 0 || a.Adjusted() < b.Adjusted() {
		// |a| < |b|: the quotient is zero and a is the remainder.
		rem, s := c.Fix(&Decimal{Neg: a.Neg, Coef: new(big.Int).Mul(a.Coef, pow10(a.Exp-exp)), Exp: exp})
		return &Decimal{Neg: neg, Coef: new(big.Int)}, rem, s
	}
	if a.Adjusted()-b.Adjusted() > c.Prec {
		return invalid(), invalid(), DivisionImpossible
	}
	x := new(big.Int).Mul(a.Coef, pow10(a.Exp-exp))
	y := new(big.Int).Mul(b.Coef, pow10(b.Exp-exp))
	qi, ri := new(big.Int).QuoRem(x, y, new(big.Int))
	if numDigits(qi) > c.Prec {
		return invalid(), invalid(), DivisionImpossible
	}
	rem, s := c.Fix(&Decimal{Neg: a.Neg, Coef: ri, Exp: exp})
	return &Decimal{Neg: neg, Coef: qi}, rem, s
}

// DivInt is a // b (truncating).
func (c *Context) DivInt(a, b *Decimal) (*Decimal, Signal) {
	if b.Kind == Infinite && a.Kind == Finite {
		return &Decimal{Neg: a.Neg != b.Neg, Coef: new(big.Int)}, 0
	}
	if a.Kind == Infinite && b.Kind == Finite {
		return Inf(a.Neg != b.Neg), 0
	}
	q, _, s := c.DivMod(a, b)
	if b.IsZero() && !a.IsZero() && a.Kind == Finite {
		s = DivisionByZero
	}
	// The remainder's rounding is not the quotient's business.
	return q, s & (Invalid | DivisionByZero)
}

// Rem is a % b (the remainder of the truncating division).
func (c *Context) Rem(a, b *Decimal) (*Decimal, Signal) {
	if n, s, ok := c.checkNaNs(a, b); ok {
		return n, s
	}
	if b.IsZero() {
		if a.IsZero() {
			return invalid(), DivisionUndefined
		}
		return invalid(), InvalidOperation
	}
	_, r, s := c.DivMod(a, b)
	return r, s
}

// RemNear is remainder_near: a - b×n where n is a/b rounded to the
// nearest integer (ties to even), computed exactly and rounded once.
func (c *Context) RemNear(a, b *Decimal) (*Decimal, Signal) {
	if n, s, ok := c.checkNaNs(a, b); ok {
		return n, s
	}
	if a.Kind == Infinite || b.IsZero() {
		if a.IsZero() {
			return invalid(), DivisionUndefined
		}
		return invalid(), InvalidOperation
	}
	if b.Kind == Infinite {
		return c.Fix(a)
	}
	exp := a.Exp
	if b.Exp < exp {
		exp = b.Exp
	}
	if a.IsZero() {
		return c.Fix(&Decimal{Neg: a.Neg, Coef: new(big.Int), Exp: exp})
	}
	diff := a.Adjusted() - b.Adjusted()
	if diff <= -2 {
		// |a/b| < 0.1: a itself, at the ideal exponent.
		return c.Fix(&Decimal{Neg: a.Neg, Coef: new(big.Int).Mul(a.Coef, pow10(a.Exp-exp)), Exp: exp})
	}
	if diff > c.Prec {
		return invalid(), DivisionImpossible
	}
	x := new(big.Int).Mul(a.Coef, pow10(a.Exp-exp))
	y := new(big.Int).Mul(b.Coef, pow10(b.Exp-exp))
	q, r := new(big.Int).QuoRem(x, y, new(big.Int))
	neg := a.Neg
	twice := new(big.Int).Lsh(r, 1)
	if cmp := twice.Cmp(y); cmp > 0 || cmp == 0 && q.Bit(0) == 1 {
		r.Sub(y, r)
		neg = !neg
		q.Add(q, bigOne)
	}
	if numDigits(q) > c.Prec {
		return invalid(), DivisionImpossible
	}
	return c.Fix(&Decimal{Neg: neg, Coef: r, Exp: exp})
}

// Plus is +a: a rounded to the context (a zero loses its sign unless
// rounding is FLOOR and it is negative).
func (c *Context) Plus(a *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a); ok {
		return r, s
	}
	if a.IsZero() && c.Rounding != RoundFloor {
		a = &Decimal{Coef: a.Coef, Exp: a.Exp}
	}
	return c.Fix(a)
}

// Minus is -a rounded to the context.
func (c *Context) Minus(a *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a); ok {
		return r, s
	}
	if a.IsZero() && c.Rounding != RoundFloor {
		return c.Fix(&Decimal{Coef: a.Coef, Exp: a.Exp})
	}
	return c.Fix(negated(a))
}

// Abs is |a| rounded to the context.
func (c *Context) Abs(a *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a); ok {
		return r, s
	}
	if a.Neg {
		return c.Minus(a)
	}
	return c.Plus(a)
}

// FMA is a×b + d with a single rounding.
func (c *Context) FMA(a, b, d *Decimal) (*Decimal, Signal) {
	if a.Kind == SNaN || b.Kind == SNaN || (d.Kind == SNaN && !a.IsNaN() && !b.IsNaN()) {
		r, s, _ := c.checkNaNs(a, b, d)
		return r, s
	}
	if r, s, ok := c.checkNaNs(a, b); ok {
		return r, s
	}
	exact := &Context{Prec: 1 << 30, Rounding: c.Rounding, Emin: -(1 << 40), Emax: 1 << 40}
	p, s := exact.Mul(a, b)
	if s&Invalid != 0 {
		return p, s
	}
	if r, s, ok := c.checkNaNs(d); ok {
		return r, s
	}
	return c.Add(p, d)
}
