package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// FloatHex is float.hex(x): "[-]0x1.<13 hex digits>p<exp>" for normal
// values, "0x0.<13 digits>p-1022" for subnormals, "0x0.0p+0" for zero.
func FloatHex(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	case x == 0:
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	bits := math.Float64bits(x)
	mant := bits & (1<<52 - 1)
	exp := int(bits>>52&0x7ff) - 1023
	lead := byte('1')
	if exp == -1023 { // subnormal: 0.mant × 2**-1022
		lead, exp = '0', -1022
	}
	var b strings.Builder
	if math.Signbit(x) {
		b.WriteByte('-')
	}
	b.WriteString("0x")
	b.WriteByte(lead)
	b.WriteByte('.')
	frac := strconv.FormatUint(mant, 16)
	b.WriteString(strings.Repeat("0", 13-len(frac)))
	b.WriteString(frac)
	b.WriteByte('p')
	if exp >= 0 {
		b.WriteByte('+')
	}
	b.WriteString(strconv.Itoa(exp))
	return b.String()
}

// FloatFromHex is float.fromhex(s): optional whitespace and sign, then
// inf/infinity/nan or [0x]hexdigits[.hexdigits][p[sign]decimal], rounded
// half to even, subnormals included.
func FloatFromHex(s string) (float64, error) {
	t := trimCSpace(s)
	neg := false
	body := t
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	sign := func(f float64) float64 {
		if neg {
			return -f
		}
		return f
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		return sign(math.Inf(1)), nil
	case "nan":
		return sign(math.Float64frombits(0x7ff8000000000000)), nil
	}
	invalid := valueError("invalid hexadecimal floating-point string")
	if len(body) >= 2 && body[0] == '0' && body[1]|0x20 == 'x' {
		body = body[2:]
	}
	i := 0
	var digits []byte
	for i < len(body) && digitValue(body[i]) < 16 {
		digits = append(digits, body[i])
		i++
	}
	fracDigits := 0
	if i < len(body) && body[i] == '.' {
		i++
		for i < len(body) && digitValue(body[i]) < 16 {
			digits = append(digits, body[i])
			fracDigits++
			i++
		}
	}
	if len(digits) == 0 {
		return 0, invalid
	}
	exp := int64(0)
	if i < len(body) && body[i]|0x20 == 'p' {
		i++
		start := i
		if i < len(body) && (body[i] == '+' || body[i] == '-') {
			i++
		}
		if i == len(body) || body[i] < '0' || body[i] > '9' {
			return 0, invalid
		}
		for i < len(body) && body[i] >= '0' && body[i] <= '9' {
			i++
		}
		e, err := strconv.ParseInt(body[start:i], 10, 64)
		if err != nil { // beyond int64: clamp, the sign decides the outcome
			e = math.MaxInt64 / 2
			if body[start] == '-' {
				e = -e
			}
		}
		exp = e
	}
	if i != len(body) {
		return 0, invalid
	}
	mant, _ := new(big.Int).SetString(string(digits), 16)
	if mant.Sign() == 0 {
		return sign(0), nil
	}
	// value = mant × 2**e2; clamp e2 so that the big.Float exponent stays in
	// range while keeping the overflow / underflow outcome.
	e2 := exp - 4*int64(fracDigits)
	top := e2 + int64(mant.BitLen())
	switch {
	case top > 1100:
		return 0, overflowError("hexadecimal value too large to represent as a float")
	case top < -1100:
		return sign(0), nil
	}
	f := new(big.Float).SetInt(mant)
	f.SetMantExp(f, int(e2))
	r, _ := f.Float64()
	if math.IsInf(r, 0) {
		return 0, overflowError("hexadecimal value too large to represent as a float")
	}
	return sign(r), nil
}
