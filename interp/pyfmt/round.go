package pyfmt

import (
	"math"
	"math/big"
	"strconv"
)

// Bounds beyond which round(x, n) needs no arithmetic: with more than
// roundDigitsMax digits every double is already exact, and with fewer than
// roundDigitsMin every finite double rounds to zero (CPython's NDIGITS_MAX
// and NDIGITS_MIN).
const (
	roundDigitsMax = 323
	roundDigitsMin = -308
)

// Round is round(x, ndigits) for a float: x rounded to a multiple of
// 10**-ndigits, the exact binary value of x rounded half to even, then
// converted back to the nearest double.  inf and nan are returned unchanged,
// as CPython does; an OverflowError reports a result too large for a float.
func Round(x float64, ndigits int) (float64, error) {
	if math.IsInf(x, 0) || math.IsNaN(x) || ndigits > roundDigitsMax {
		return x, nil
	}
	if ndigits < roundDigitsMin {
		return 0 * x, nil
	}
	var r float64
	if ndigits >= 0 {
		// strconv's fixed-precision digits are exact and round half to even.
		r, _ = strconv.ParseFloat(strconv.FormatFloat(x, 'f', ndigits, 64), 64)
	} else {
		whole, frac := new(big.Float).SetFloat64(math.Abs(x)).Int(nil)
		q := RoundInt(whole, ndigits, frac == big.Below)
		r, _ = strconv.ParseFloat(q.String()+"e0", 64)
		if math.IsInf(r, 0) {
			return 0, overflowError("rounded value too large to represent")
		}
	}
	return math.Copysign(r, x), nil
}

// RoundInt is round(v, ndigits) for an int (ndigits < 0 rounds to a multiple
// of 10**-ndigits, half to even; ndigits >= 0 returns v).  inexact says that v
// was truncated from a larger magnitude, which breaks ties upward (used by
// Round for the fraction of a float).
func RoundInt(v *big.Int, ndigits int, inexact ...bool) *big.Int {
	if ndigits >= 0 {
		return new(big.Int).Set(v)
	}
	sticky := len(inexact) > 0 && inexact[0]
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil)
	neg := v.Sign() < 0
	q, r := new(big.Int).QuoRem(new(big.Int).Abs(v), pow, new(big.Int))
	twice := r.Lsh(r, 1)
	c := twice.Cmp(pow)
	if c > 0 || (c == 0 && (sticky || q.Bit(0) == 1)) {
		q.Add(q, big.NewInt(1))
	}
	q.Mul(q, pow)
	if neg {
		q.Neg(q)
	}
	return q
}

// RoundToInt is round(x) with no ndigits: the nearest integer, ties to even,
// as an int; inf and nan cannot be converted.
func RoundToInt(x float64) (*big.Int, error) {
	if err := checkIntegral(x); err != nil {
		return nil, err
	}
	r := math.RoundToEven(x)
	v, _ := new(big.Float).SetFloat64(r).Int(nil)
	return v, nil
}

// checkIntegral rejects the floats that have no integer value.
func checkIntegral(x float64) error {
	if math.IsInf(x, 0) {
		return overflowError("cannot convert float infinity to integer")
	}
	if math.IsNaN(x) {
		return valueError("cannot convert float NaN to integer")
	}
	return nil
}

// FloatToInt is int(x) for a float: truncation toward zero, exact.
func FloatToInt(x float64) (*big.Int, error) {
	if err := checkIntegral(x); err != nil {
		return nil, err
	}
	v, _ := new(big.Float).SetFloat64(x).Int(nil)
	return v, nil
}
