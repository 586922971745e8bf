package pydecimal

import "math/big"

// Sqrt is the square root, correctly rounded with ROUND_HALF_EVEN (as
// CPython), with the ideal exponent floor(exp/2) when exact.
func (c *Context) Sqrt(a *Decimal) (*Decimal, Signal) {
	if r, s, ok := c.checkNaNs(a); ok {
		return r, s
	}
	ideal := a.Exp >> 1 // floor division
	if a.IsZero() {
		return c.Fix(&Decimal{Neg: a.Neg, Coef: new(big.Int), Exp: ideal})
	}
	if a.Neg {
		return invalid(), InvalidOperation
	}
	if a.Kind == Infinite {
		return a, 0
	}
	coef, exp := a.Coef, a.Exp
	if exp&1 != 0 {
		coef = new(big.Int).Mul(coef, bigTen)
		exp--
	}
	// Scale by an even power of ten so that the root has Prec+1 digits.
	k := c.Prec + 1 - (numDigits(coef)+1)/2
	sticky := false
	C := new(big.Int)
	if k >= 0 {
		C.Mul(coef, pow10(2*k))
	} else {
		var r big.Int
		C.QuoRem(coef, pow10(-2*k), &r)
		sticky = r.Sign() != 0
	}
	exp = (exp - 2*k) / 2
	root := new(big.Int).Sqrt(C)
	exact := !sticky && new(big.Int).Mul(root, root).Cmp(C) == 0
	if exact {
		var q, m big.Int
		for exp < ideal {
			q.QuoRem(root, bigTen, &m)
			if m.Sign() != 0 {
				break
			}
			root.Set(&q)
			exp++
		}
	} else if mod5(root) == 0 {
		root.Add(root, bigOne)
	}
	cc := *c
	cc.Rounding = RoundHalfEven
	r, s := cc.Fix(&Decimal{Coef: root, Exp: exp})
	if !exact {
		s |= Inexact | Rounded
	}
	return r, s
}
