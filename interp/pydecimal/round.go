package pydecimal

import "math/big"

// roundUp decides whether dropping digits from a coefficient increments
// what is kept. kept is the coefficient after the drop; cmpHalf compares
// the dropped part with half a unit of the last kept digit (-1, 0, 1) and
// inexact says whether the dropped part is non-zero.
func roundUp(mode Rounding, neg bool, kept *big.Int, cmpHalf int, inexact bool) bool {
	if !inexact {
		return false
	}
	switch mode {
	case RoundDown:
		return false
	case RoundUp:
		return true
	case RoundCeiling:
		return !neg
	case RoundFloor:
		return neg
	case RoundHalfUp:
		return cmpHalf >= 0
	case RoundHalfDown:
		return cmpHalf > 0
	case RoundHalfEven:
		return cmpHalf > 0 || cmpHalf == 0 && kept.Bit(0) == 1
	case Round05Up:
		return mod5(kept) == 0 // the last digit is 0 or 5
	}
	return false
}

// mod5 is x mod 5 for x ≥ 0 without allocating: 2^64 ≡ 1 (mod 5), so x
// is congruent to the sum of its 64-bit words (as uint: big.Word is the
// machine word, and 2^32 ≡ 1 (mod 5) too).
func mod5(x *big.Int) uint {
	var sum uint
	for _, w := range x.Bits() {
		sum += uint(w) % 5
	}
	return sum % 5
}

// dropDigits removes the n ≥ 1 lowest digits of coef under mode, returning
// the rounded coefficient and whether anything non-zero was discarded.
func dropDigits(coef *big.Int, n int, neg bool, mode Rounding) (*big.Int, bool) {
	if n <= 0 {
		return coef, false
	}
	if n > numDigits(coef)+1 {
		// Everything is dropped and the dropped part is below half a unit.
		inexact := coef.Sign() != 0
		q := new(big.Int)
		if roundUp(mode, neg, q, -1, inexact) {
			q.SetInt64(1)
		}
		return q, inexact
	}
	div := pow10(n)
	q, r := new(big.Int).QuoRem(coef, div, new(big.Int))
	inexact := r.Sign() != 0
	cmp := 0
	if inexact {
		cmp = r.Lsh(r, 1).Cmp(div)
	}
	if roundUp(mode, neg, q, cmp, inexact) {
		q.Add(q, bigOne)
	}
	return q, inexact
}

// overflowResult is the result of an operation whose rounded value
// exceeds Emax: an infinity or the largest finite number of the sign,
// according to the rounding mode.
func overflowResult(c *Context, neg bool) *Decimal {
	inf := true
	switch c.Rounding {
	case RoundDown, Round05Up:
		inf = false
	case RoundCeiling:
		inf = !neg
	case RoundFloor:
		inf = neg
	}
	if inf {
		return Inf(neg)
	}
	coef := new(big.Int).Sub(pow10(c.Prec), bigOne)
	return &Decimal{Neg: neg, Coef: coef, Exp: c.Etop()}
}

// Fix rounds d to the context: at most Prec digits, exponent within
// [Etiny, Emax] (Etop with Clamp), reporting Rounded, Inexact, Subnormal,
// Underflow, Overflow and Clamped as the specification says. Specials
// pass through.
func (c *Context) Fix(d *Decimal) (*Decimal, Signal) {
	if d.Kind != Finite {
		return d, 0
	}
	etiny, etop := c.Etiny(), c.Etop()
	if d.Coef.Sign() == 0 {
		expMax := c.Emax
		if c.Clamp {
			expMax = etop
		}
		e := d.Exp
		if e < etiny {
			e = etiny
		}
		if e > expMax {
			e = expMax
		}
		if e != d.Exp {
			return &Decimal{Neg: d.Neg, Coef: d.Coef, Exp: e}, Clamped
		}
		return d, 0
	}
	digits := d.Digits()
	expMin := digits + d.Exp - c.Prec
	if expMin > etop {
		return overflowResult(c, d.Neg), Overflow | Inexact | Rounded
	}
	subnormal := expMin < etiny
	if subnormal {
		expMin = etiny
	}
	if d.Exp < expMin {
		coef, inexact := dropDigits(d.Coef, expMin-d.Exp, d.Neg, c.Rounding)
		if numDigits(coef) > c.Prec {
			coef.Quo(coef, bigTen)
			expMin++
		}
		var sig Signal = Rounded
		var out *Decimal
		if expMin > etop {
			out = overflowResult(c, d.Neg)
			sig |= Overflow | Inexact
		} else {
			out = &Decimal{Neg: d.Neg, Coef: coef, Exp: expMin}
		}
		if inexact {
			sig |= Inexact
			if subnormal {
				sig |= Underflow
			}
		}
		if subnormal {
			sig |= Subnormal
		}
		if out.Kind == Finite && out.Coef.Sign() == 0 {
			sig |= Clamped
		}
		return out, sig
	}
	var sig Signal
	if subnormal {
		sig |= Subnormal
	}
	if c.Clamp && d.Exp > etop {
		coef := new(big.Int).Mul(d.Coef, pow10(d.Exp-etop))
		return &Decimal{Neg: d.Neg, Coef: coef, Exp: etop}, sig | Clamped
	}
	return d, sig
}

// Rescale sets d's exponent to exp, rounding with mode (no context
// limits): the core of quantize and to_integral.
func Rescale(d *Decimal, exp int, mode Rounding) (*Decimal, bool) {
	if d.Exp == exp {
		return d, false
	}
	if d.Exp > exp {
		coef := new(big.Int).Mul(d.Coef, pow10(d.Exp-exp))
		return &Decimal{Neg: d.Neg, Coef: coef, Exp: exp}, false
	}
	coef, inexact := dropDigits(d.Coef, exp-d.Exp, d.Neg, mode)
	return &Decimal{Neg: d.Neg, Coef: coef, Exp: exp}, inexact
}
