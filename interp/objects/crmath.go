package objects

import (
	"math"
	"math/big"
	"sync"
)

// Correctly rounded elementary functions for complex exponentiation.
//
// CPython computes complex powers with the C library's pow, exp, log,
// atan2, hypot, sin and cos, which on glibc are correctly rounded in
// nearly every case (pow, exp and log always; sin and cos since glibc 2.28
// err by up to about 0.55 ulp, so a rare argument rounds the other way);
// Go's math package is accurate to about one ulp but often rounds
// differently, so cos(pi/2) is 6.123233995736757e-17 in Go and
// 6.123233995736766e-17 in C, and (-1) ** 0.5 printed differently. These versions evaluate the
// function with math/big at crPrec bits and round once to float64, which
// gives the correctly rounded result except when the exact value lies
// within 2**-crPrec of a rounding boundary (exact halfway results of pow
// are handled by computing integral powers exactly). They are much slower
// than package math (microseconds), which is acceptable for the rare
// complex ** non-integer path that uses them; special values and results
// outside the normal float range are left to package math, whose handling
// of them matches C99 Annex F.

const crPrec = 192

var (
	crConstOnce sync.Once
	crLn2       *big.Float
	crPi        *big.Float
)

func crFloat(x float64) *big.Float { return new(big.Float).SetPrec(crPrec).SetFloat64(x) }

func crNew() *big.Float { return new(big.Float).SetPrec(crPrec) }

// crAtanInv is atan(1/n) by its Taylor series (n >= 2).
func crAtanInv(n int64) *big.Float {
	x := crNew().Quo(crFloat(1), crFloat(float64(n)))
	x2 := crNew().Mul(x, x)
	sum, term := crNew().Set(x), crNew().Set(x)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -crPrec-8)
	for k := int64(1); ; k++ {
		term.Mul(term, x2)
		t := crNew().Quo(term, crFloat(float64(2*k+1)))
		if k%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if t.Abs(t).Cmp(eps) < 0 {
			return sum
		}
	}
}

// crAtanh is atanh(z) = z + z^3/3 + ... for |z| <= 1/2.
func crAtanh(z *big.Float) *big.Float {
	z2 := crNew().Mul(z, z)
	sum, term := crNew().Set(z), crNew().Set(z)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -crPrec-8)
	for k := int64(1); k < 1000; k++ {
		term.Mul(term, z2)
		t := crNew().Quo(term, crFloat(float64(2*k+1)))
		sum.Add(sum, t)
		if t.Abs(t).Cmp(eps) < 0 {
			break
		}
	}
	return sum
}

func crConsts() {
	crConstOnce.Do(func() {
		// Machin: pi = 16 atan(1/5) - 4 atan(1/239); ln 2 = 2 atanh(1/3).
		a := crNew().Mul(crFloat(16), crAtanInv(5))
		crPi = a.Sub(a, crNew().Mul(crFloat(4), crAtanInv(239)))
		third := crNew().Quo(crFloat(1), crFloat(3))
		crLn2 = crNew().Mul(crFloat(2), crAtanh(third))
	})
}

// crLogBig is ln(x) for x > 0.
func crLogBig(x *big.Float) *big.Float {
	crConsts()
	m := crNew()
	e := x.MantExp(m) // x = m * 2**e, m in [0.5, 1)
	if m.Cmp(crFloat(math.Sqrt2/2)) < 0 {
		m.SetMantExp(m, 1)
		e--
	}
	// ln m = 2 atanh((m-1)/(m+1)), |(m-1)/(m+1)| < 0.18.
	z := crNew().Quo(crNew().Sub(m, crFloat(1)), crNew().Add(m, crFloat(1)))
	r := crNew().Mul(crFloat(2), crAtanh(z))
	return r.Add(r, crNew().Mul(crFloat(float64(e)), crLn2))
}

// crExpBig is e**x for |x| < 2000.
func crExpBig(x *big.Float) *big.Float {
	crConsts()
	kf, _ := crNew().Quo(x, crLn2).Float64()
	k := math.Round(kf)
	r := crNew().Sub(x, crNew().Mul(crFloat(k), crLn2))
	const halvings = 16
	r.SetMantExp(r, -halvings)
	sum, term := crFloat(1), crFloat(1)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -crPrec-8)
	for n := 1; n < 200; n++ {
		term.Mul(term, r)
		term.Quo(term, crFloat(float64(n)))
		sum.Add(sum, term)
		if crNew().Abs(term).Cmp(eps) < 0 {
			break
		}
	}
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// crRound rounds to float64, or reports that the result is outside the
// normal range (where package math's subnormal/overflow handling is used).
func crRound(x *big.Float) (float64, bool) {
	f, _ := x.Float64()
	if f == 0 || math.IsInf(f, 0) || math.Abs(f) < 0x1p-1022 {
		return 0, false
	}
	return f, true
}

// crPow is pow(x, y).
func crPow(x, y float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) || math.IsNaN(y) || math.IsInf(y, 0) || y == 0 || x == 1 {
		return math.Pow(x, y)
	}
	if y == math.Trunc(y) && math.Abs(y) <= 64 {
		// Integral powers exactly, so halfway cases round to even.
		n := int(math.Abs(y))
		p := new(big.Float).SetPrec(uint(53*n + 64)).SetFloat64(1)
		bx := new(big.Float).SetPrec(uint(53*n + 64)).SetFloat64(x)
		for i := 0; i < n; i++ {
			p.Mul(p, bx)
		}
		if y < 0 {
			p = crNew().Quo(crFloat(1), p)
		}
		if f, ok := crRound(p); ok {
			return f
		}
		return math.Pow(x, y)
	}
	l := crLogBig(crFloat(x))
	l.Mul(l, crFloat(y))
	if lf, _ := l.Float64(); math.Abs(lf) > 709 {
		return math.Pow(x, y)
	}
	if f, ok := crRound(crExpBig(l)); ok {
		return f
	}
	return math.Pow(x, y)
}

// crExp is exp(x).
func crExp(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) > 708 || x == 0 {
		return math.Exp(x)
	}
	if f, ok := crRound(crExpBig(crFloat(x))); ok {
		return f
	}
	return math.Exp(x)
}

// crLog is ln(x).
func crLog(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) || x == 1 {
		return math.Log(x)
	}
	if f, ok := crRound(crLogBig(crFloat(x))); ok {
		return f
	}
	return math.Log(x)
}

// crHypot is hypot(x, y).
func crHypot(x, y float64) float64 {
	if math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(x) || math.IsNaN(y) || x == 0 || y == 0 {
		return math.Hypot(x, y)
	}
	bx, by := crFloat(x), crFloat(y)
	s := crNew().Add(crNew().Mul(bx, bx), crNew().Mul(by, by))
	if f, ok := crRound(s.Sqrt(s)); ok {
		return f
	}
	return math.Hypot(x, y)
}

// crAtanBig is atan(z) for any z.
func crAtanBig(z *big.Float) *big.Float {
	crConsts()
	neg := z.Sign() < 0
	a := crNew().Abs(z)
	inv := a.Cmp(crFloat(1)) > 0
	if inv {
		a.Quo(crFloat(1), a)
	}
	// Halve the argument three times: atan(a) = 2 atan(a / (1 + sqrt(1 + a^2))).
	const halvings = 3
	for i := 0; i < halvings; i++ {
		s := crNew().Add(crFloat(1), crNew().Mul(a, a))
		s.Sqrt(s)
		a.Quo(a, s.Add(s, crFloat(1)))
	}
	a2 := crNew().Mul(a, a)
	sum, term := crNew().Set(a), crNew().Set(a)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -crPrec-8)
	for k := int64(1); k < 2000; k++ {
		term.Mul(term, a2)
		t := crNew().Quo(term, crFloat(float64(2*k+1)))
		if k%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if t.Abs(t).Cmp(eps) < 0 {
			break
		}
	}
	sum.SetMantExp(sum, halvings)
	if inv {
		half := crNew().SetMantExp(crPi, -1)
		sum = half.Sub(half, sum)
	}
	if neg {
		sum.Neg(sum)
	}
	return sum
}

// crAtan2 is atan2(y, x).
func crAtan2(y, x float64) float64 {
	if x == 0 || y == 0 || math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(x) || math.IsNaN(y) {
		return math.Atan2(y, x)
	}
	crConsts()
	r := crAtanBig(crNew().Quo(crFloat(y), crFloat(x)))
	if x < 0 {
		if y > 0 {
			r.Add(r, crPi)
		} else {
			r.Sub(r, crPi)
		}
	}
	if f, ok := crRound(r); ok {
		return f
	}
	return math.Atan2(y, x)
}

// crSinCos is (sin(x), cos(x)).
func crSinCos(x float64) (float64, float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > 0x1p60 || math.Abs(x) < 0x1p-26 {
		return math.Sin(x), math.Cos(x)
	}
	crConsts()
	halfPi := crNew().SetMantExp(crPi, -1)
	bx := crFloat(x)
	qf, _ := crNew().Quo(bx, halfPi).Float64()
	q := math.Round(qf)
	r := bx.Sub(bx, crNew().Mul(crFloat(q), halfPi))
	r2 := crNew().Mul(r, r)
	// Taylor series of sin and cos of the reduced argument |r| <= pi/4.
	s, c := crNew().Set(r), crFloat(1)
	ts, tc := crNew().Set(r), crFloat(1)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -crPrec-8)
	for k := 1; k < 200; k++ {
		ts.Mul(ts, r2)
		ts.Quo(ts, crFloat(float64((2*k)*(2*k+1))))
		tc.Mul(tc, r2)
		tc.Quo(tc, crFloat(float64((2*k-1)*(2*k))))
		if k%2 == 1 {
			s.Sub(s, ts)
			c.Sub(c, tc)
		} else {
			s.Add(s, ts)
			c.Add(c, tc)
		}
		if crNew().Abs(ts).Cmp(eps) < 0 && crNew().Abs(tc).Cmp(eps) < 0 {
			break
		}
	}
	switch int64(q) & 3 {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s, c = s.Neg(s), c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	sf, _ := s.Float64()
	cf, _ := c.Float64()
	return sf, cf
}
