package pydecimal

import (
	"math"
	"math/big"
	"sync"
)

// The transcendental functions (exp, ln, log10, non-integer powers) are
// computed in fixed point — an integer v standing for v·10^-F — and
// rounded with Ziv's strategy: an approximation with a known error bound
// is rounded at both ends of its error interval; when both ends round to
// the same value that value is the correctly rounded result, otherwise the
// working precision grows and the computation is repeated.

// errUnits bounds the error of an approximation, in units of its last
// digit. The fixed-point routines keep 20 guard digits internally, so
// their results are far more accurate than this.
const errUnits = 100

// atanhInv is atanh(1/n)·10^F (n ≥ 2) by its series Σ 1/((2k+1)·n^(2k+1)).
func atanhInv(n int64, F int) *big.Int {
	one := pow10(F)
	nn := big.NewInt(n * n)
	term := new(big.Int).Quo(one, big.NewInt(n)) // 1/n^(2k+1)
	sum := new(big.Int).Set(term)
	var t big.Int
	for k := int64(1); term.Sign() != 0; k++ {
		term.Quo(term, nn)
		t.Quo(term, big.NewInt(2*k+1))
		sum.Add(sum, &t)
	}
	return sum
}

// ln2Fixed and ln10Fixed are ln 2 and ln 10 with F digits (error a few
// units): ln 2 = 2·atanh(1/3), ln 10 = 3·ln 2 + 2·atanh(1/9).
func ln2Fixed(F int) *big.Int { return ln2Cache.get(F) }

func ln10Fixed(F int) *big.Int { return ln10Cache.get(F) }

// constCache keeps the most precise value of a constant computed so far
// (with 10 guard digits); a request for fewer digits truncates it, so
// exp and ln do not recompute ln 2 and ln 10 on every call.
type constCache struct {
	mu      sync.Mutex
	digits  int
	v       *big.Int
	compute func(F int) *big.Int
}

func (k *constCache) get(F int) *big.Int {
	k.mu.Lock()
	if k.v == nil || k.digits < F+10 {
		k.digits = F + 10
		if k.digits < 100 {
			k.digits = 100
		}
		k.v = k.compute(k.digits)
	}
	v, digits := k.v, k.digits
	k.mu.Unlock()
	return new(big.Int).Quo(v, pow10(digits-F))
}

var ln2Cache = &constCache{compute: func(F int) *big.Int {
	v := atanhInv(3, F+5)
	v.Lsh(v, 1)
	return v.Quo(v, pow10(5))
}}

var ln10Cache = &constCache{compute: func(F int) *big.Int {
	a := atanhInv(3, F+5)
	a.Mul(a, big.NewInt(6))
	b := atanhInv(9, F+5)
	b.Lsh(b, 1)
	a.Add(a, b)
	return a.Quo(a, pow10(5))
}}

// lnFixed is ln(d)·10^F for a finite d > 0, with an error of a few units.
func lnFixed(d *Decimal, F int) *big.Int {
	G := F + 20
	e := d.Adjusted()
	// m = coef·10^(G - digits + 1) stands for d/10^e ∈ [1, 10) with G digits.
	shift := G - d.Digits() + 1
	m := new(big.Int)
	if shift >= 0 {
		m.Mul(d.Coef, pow10(shift))
	} else {
		m.Quo(d.Coef, pow10(-shift))
	}
	// Bring m into [0.75, 1.5) by powers of two: ln m = ln m' + j·ln 2.
	one := pow10(G)
	j := 0
	lo := new(big.Int).Mul(one, big.NewInt(3))
	lo.Rsh(lo, 2)
	hi := new(big.Int).Mul(one, big.NewInt(3))
	hi.Rsh(hi, 1)
	for m.Cmp(hi) >= 0 {
		m.Rsh(m, 1)
		j++
	}
	for m.Cmp(lo) < 0 {
		m.Lsh(m, 1)
		j--
	}
	// ln m' = 2·atanh(z), z = (m'-1)/(m'+1), |z| < 0.2.
	num := new(big.Int).Sub(m, one)
	den := new(big.Int).Add(m, one)
	z := new(big.Int).Mul(num, one)
	z.Quo(z, den)
	z2 := new(big.Int).Mul(z, z)
	z2.Quo(z2, one)
	term := new(big.Int).Set(z)
	sum := new(big.Int).Set(z)
	var t big.Int
	for k := int64(1); term.Sign() != 0; k++ {
		term.Mul(term, z2)
		term.Quo(term, one)
		t.Quo(term, big.NewInt(2*k+1))
		sum.Add(sum, &t)
	}
	sum.Lsh(sum, 1)
	if j != 0 {
		l2 := ln2Fixed(G)
		sum.Add(sum, l2.Mul(l2, big.NewInt(int64(j))))
	}
	if e != 0 {
		l10 := ln10Fixed(G)
		sum.Add(sum, l10.Mul(l10, big.NewInt(int64(e))))
	}
	return sum.Quo(sum, pow10(20))
}

// expFixed is exp(t·10^-F) as x·10^(k-F) with x ∈ [10^F, 10^(F+1)),
// relative error a few units of 10^-F. |t·10^-F| must be moderate (the
// callers bound it by the exponent limits).
func expFixed(t *big.Int, F int) (*big.Int, int) {
	G := F + 20 + numDigits(t)
	one := pow10(G)
	tt := new(big.Int).Mul(t, pow10(G-F))
	l10 := ln10Fixed(G)
	// k = floor(t / ln 10), r = t - k·ln 10 ∈ [0, ln 10).
	k := new(big.Int)
	r := new(big.Int)
	k.DivMod(tt, l10, r)
	// exp(r) = exp(r/2^s)^(2^s), with r/2^s < 0.005 for a fast series.
	const s = 10
	r.Rsh(r, s)
	term := new(big.Int).Set(one)
	sum := new(big.Int).Set(one)
	for n := int64(1); term.Sign() != 0; n++ {
		term.Mul(term, r)
		term.Quo(term, one)
		term.Quo(term, big.NewInt(n))
		sum.Add(sum, term)
	}
	for i := 0; i < s; i++ {
		sum.Mul(sum, sum)
		sum.Quo(sum, one)
	}
	// sum ∈ [1, 10)·10^G; keep F digits after the point.
	sum.Quo(sum, pow10(G-F))
	return sum, int(k.Int64())
}

// ziv rounds the result of approx to the context. approx(F) returns a
// coefficient and exponent whose value is within errUnits units of its last
// place of the true result, with about F significant digits.
func (c *Context) ziv(mode Rounding, neg bool, approx func(F int) (*big.Int, int)) (*Decimal, Signal) {
	cc := *c
	cc.Rounding = mode
	for F := c.Prec + 20; ; F *= 2 {
		coef, exp := approx(F)
		lo := &Decimal{Neg: neg, Coef: new(big.Int).Sub(coef, big.NewInt(errUnits)), Exp: exp}
		hi := &Decimal{Neg: neg, Coef: new(big.Int).Add(coef, big.NewInt(errUnits)), Exp: exp}
		rl, sl := cc.Fix(lo)
		rh, _ := cc.Fix(hi)
		if CompareTotal(rl, rh) == 0 && rl.Kind == rh.Kind {
			r, s := cc.Fix(&Decimal{Neg: neg, Coef: coef, Exp: exp})
			return r, s | sl&(Overflow|Underflow|Subnormal|Clamped) | Inexact | Rounded
		}
		if F > 4*c.Prec+200 {
			// The result is (or is within 10^-F of) a rounding
			// boundary: in practice an exact result such as
			// 25**1.5. Round to nearest, which snaps to it.
			cc.Rounding = RoundHalfEven
			r, s := cc.Fix(&Decimal{Neg: neg, Coef: coef, Exp: exp})
			return r, s | Inexact | Rounded
		}
	}
}

// expLimits reports whether exp(x) certainly overflows (1) or underflows
// to zero (-1) in c, so that huge arguments are not computed.
func (c *Context) expLimits(x *Decimal) int {
	if x.Adjusted() < 3 {
		return 0
	}
	// |x| ≥ 2.31·bound means |x|/ln 10 > bound.
	bound := c.Emax + 2
	if x.Neg {
		bound = -c.Etiny() + 2
	}
	limit := FromInt64(int64(bound) * 231)
	limit.Exp = -2
	if cmpAbs(x, limit) > 0 {
		if x.Neg {
			return -1
		}
		return 1
	}
	return 0
}

// Exp is e^x, correctly rounded (ROUND_HALF_EVEN, as CPython).
func (c *Context) Exp(x *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(x); ok {
		return r, s
	}
	if x.Kind == Infinite {
		if x.Neg {
			return &Decimal{Coef: new(big.Int)}, 0
		}
		return Inf(false), 0
	}
	if x.IsZero() {
		return FromInt64(1), 0
	}
	switch c.expLimits(x) {
	case 1:
		// CPython gives an infinity whatever the rounding mode.
		return Inf(false), Overflow | Inexact | Rounded
	case -1:
		r, s := c.Fix(&Decimal{Coef: big.NewInt(1), Exp: c.Etiny() - 2})
		return r, s | Inexact | Rounded
	}
	return c.ziv(RoundHalfEven, false, func(F int) (*big.Int, int) {
		// x as fixed point with F + (digits before the point) digits.
		W := F + 5
		t := fixedOf(x, W)
		v, k := expFixed(t, W)
		return v, k - W
	})
}

// fixedOf is d·10^W truncated to an integer.
func fixedOf(d *Decimal, W int) *big.Int {
	v := new(big.Int)
	if d.Exp+W >= 0 {
		v.Mul(d.Coef, pow10(d.Exp+W))
	} else if -(d.Exp + W) <= numDigits(d.Coef) {
		v.Quo(d.Coef, pow10(-(d.Exp + W)))
	}
	if d.Neg {
		v.Neg(v)
	}
	return v
}

// lnCheck handles the special operands of ln and log10.
func (c *Context) lnCheck(x *Decimal) (*Decimal, Signal, bool) {
	if r, s, ok := c.checkNaNs(x); ok {
		return r, s, true
	}
	if x.IsZero() {
		return Inf(true), 0, true
	}
	if x.Neg {
		return invalid(), InvalidOperation, true
	}
	if x.Kind == Infinite {
		return Inf(false), 0, true
	}
	return nil, 0, false
}

// Ln is the natural logarithm, correctly rounded (ROUND_HALF_EVEN).
func (c *Context) Ln(x *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.lnCheck(x); ok {
		return r, s
	}
	if x.Coef.Cmp(pow10(-min(x.Exp, 0))) == 0 && x.Exp <= 0 {
		return &Decimal{Coef: new(big.Int)}, 0 // ln 1 = 0 exactly
	}
	return c.logZiv(x, false)
}

// Log10 is the base-10 logarithm, correctly rounded, and exact for
// powers of ten.
func (c *Context) Log10(x *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.lnCheck(x); ok {
		return r, s
	}
	// A power of ten: coefficient 10^n.
	if d := x.Digits(); x.Coef.Cmp(pow10(d-1)) == 0 {
		return c.Fix(FromInt64(int64(x.Exp + d - 1)))
	}
	return c.logZiv(x, true)
}

// logZiv is ln (or log10) of a finite x > 0, x ≠ 1, correctly rounded.
func (c *Context) logZiv(x *Decimal, base10 bool) (*Decimal, Signal) {
	approx := func(F int) (*big.Int, int) {
		// The result may be close to zero: lnFixed works in absolute
		// terms, so ask for F digits beyond its leading zeros, which
		// a first coarse pass estimates.
		W := F + 10
		v := lnFixed(x, W)
		if base10 {
			v.Mul(v, pow10(W))
			v.Quo(v, ln10Fixed(W))
		}
		lead := W - numDigits(new(big.Int).Abs(v))
		if lead > 0 {
			W += lead
			v = lnFixed(x, W)
			if base10 {
				v.Mul(v, pow10(W))
				v.Quo(v, ln10Fixed(W))
			}
		}
		return v.Abs(v), -W
	}
	neg := x.Adjusted() < 0
	return c.ziv(RoundHalfEven, neg, approx)
}

// Pow is a**b. Integral exponents are computed exactly and rounded once;
// other exponents as exp(b·ln a), correctly rounded with Ziv's method in
// the context's rounding mode.
func (c *Context) Pow(a, b *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a, b); ok {
		return r, s
	}
	if b.IsZero() {
		if a.IsZero() {
			return invalid(), InvalidOperation
		}
		return FromInt64(1), 0
	}
	bInt := b.IsInteger()
	if a.Neg && !a.IsZero() && !bInt {
		return invalid(), InvalidOperation
	}
	// The sign of the result: negative only for a negative base and an
	// odd integral exponent.
	neg := false
	if a.Neg && bInt && b.Int().Bit(0) == 1 {
		neg = true
	}
	if a.Kind == Infinite || a.IsZero() {
		huge := a.Kind == Infinite
		if b.Neg {
			huge = !huge
		}
		if huge {
			return Inf(neg), 0
		}
		if a.IsZero() && b.Neg {
			return Inf(neg), DivisionByZero
		}
		return &Decimal{Neg: neg, Coef: new(big.Int)}, 0
	}
	if b.Kind == Infinite {
		cmp := cmpAbs(a, FromInt64(1))
		switch {
		case cmp == 0:
			r, s := c.Fix(&Decimal{Coef: pow10(c.Prec - 1), Exp: 1 - c.Prec})
			return r, s | Inexact | Rounded
		case (cmp > 0) != b.Neg:
			return Inf(false), 0
		}
		return &Decimal{Coef: new(big.Int)}, 0
	}
	if bInt {
		n := b.Int()
		if r, s, ok := c.intPow(a, n, neg); ok {
			return r, s
		}
	}
	absA := absOf(a)
	// Overflow and underflow for huge results: estimate log10 of the
	// result in floating point, far from the limits it decides nothing.
	lg := b.Float64() * math.Log10(absA.Float64())
	if math.IsInf(absA.Float64(), 0) || absA.Float64() == 0 {
		lg = b.Float64() * float64(absA.Adjusted())
	}
	if lg > float64(c.Emax)+2 || math.IsInf(lg, 1) {
		return c.Fix(&Decimal{Neg: neg, Coef: big.NewInt(1), Exp: c.Emax + 1})
	}
	if lg < float64(c.Etiny())-2 || math.IsInf(lg, -1) {
		r, s := c.Fix(&Decimal{Neg: neg, Coef: big.NewInt(1), Exp: c.Etiny() - 2})
		return r, s | Inexact | Rounded
	}
	return c.ziv(c.Rounding, neg, func(F int) (*big.Int, int) {
		W := F + 10 + numDigits(big.NewInt(int64(absA.Adjusted()+1))) + b.Adjusted()
		if W < F+10 {
			W = F + 10
		}
		l := lnFixed(absA, W)
		l.Mul(l, fixedOf(b, W))
		l.Quo(l, pow10(W))
		v, k := expFixed(l, W)
		return v, k - W
	})
}

// intPow computes a**n exactly for an integer n when the exact power is
// of reasonable size, then rounds once (for negative n, one correctly
// rounded division). ok is false when the exact power would be too large
// to build, or its exponent would overflow, leaving it to the general path.
func (c *Context) intPow(a *Decimal, n *big.Int, neg bool) (*Decimal, Signal, bool) {
	if !n.IsInt64() {
		return nil, 0, false
	}
	k := n.Int64()
	abs := k
	if abs < 0 {
		abs = -abs
	}
	digits := int64(a.Digits())
	if digits*abs > int64(4*c.Prec+1000) && !(a.Coef.Cmp(bigOne) == 0) {
		return nil, 0, false
	}
	exp := int64(a.Exp) * abs
	if exp > 1<<40 || exp < -(1<<40) {
		return nil, 0, false
	}
	coef := new(big.Int).Exp(a.Coef, big.NewInt(abs), nil)
	p := &Decimal{Neg: neg, Coef: coef, Exp: int(exp)}
	if k > 0 {
		r, s := c.Fix(p)
		return r, s, true
	}
	r, s := c.Div(&Decimal{Neg: neg, Coef: big.NewInt(1)}, &Decimal{Coef: coef, Exp: int(exp)})
	return r, s, true
}
