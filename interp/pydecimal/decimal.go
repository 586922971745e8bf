// Package pydecimal is the arithmetic of Python's decimal module: IBM's
// General Decimal Arithmetic Specification, which CPython's decimal module
// follows, written over math/big.
//
// Why a package of its own: the arithmetic is pure (values in, value and
// signals out) and large, and it is tested on its own against vectors
// produced by CPython, while interp/modules only turns Python objects into
// these values and signals into exceptions.
//
// A Decimal is (-1)^Neg × Coef × 10^Exp, or an infinity or a NaN. Values are
// immutable once made: every operation returns a new *Decimal and never
// writes to an argument's coefficient, so values are shared freely between
// virtual threads without locks. A Context holds the parameters of an
// operation (precision, rounding, exponent limits, clamping); it is passed
// by value and the signals an operation raises are returned as a Signal bit
// set, leaving flag bookkeeping and traps to the caller.
package pydecimal

import (
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// Kind says whether a Decimal is a finite number, an infinity or a NaN.
type Kind uint8

// The kinds of Decimal values.
const (
	Finite Kind = iota
	Infinite
	QNaN // quiet NaN: propagates through arithmetic
	SNaN // signaling NaN: InvalidOperation when used
)

// Decimal is one decimal value. Coef is never negative; for a NaN it is the
// diagnostic payload (zero when there is none). Coef must not be modified
// after the value is made (see the package comment).
type Decimal struct {
	Neg  bool
	Kind Kind
	Coef *big.Int
	Exp  int
}

// Rounding is a rounding mode of the specification.
type Rounding uint8

// The rounding modes, named as in Python.
const (
	RoundHalfEven Rounding = iota
	RoundHalfUp
	RoundHalfDown
	RoundUp
	RoundDown
	RoundCeiling
	RoundFloor
	Round05Up
)

// RoundingNames are the Python names of the rounding modes, indexed by
// Rounding.
var RoundingNames = [...]string{"ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_05UP"}

// Signal is a set of the exceptional conditions of the specification.
// The conditions that Python folds into InvalidOperation
// (ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext)
// are kept apart so that messages can name them as CPython does.
type Signal uint32

// The signals.
const (
	Clamped Signal = 1 << iota
	DivisionByZero
	Inexact
	InvalidOperation
	Overflow
	Rounded
	Subnormal
	Underflow
	FloatOperation
	ConversionSyntax
	DivisionImpossible
	DivisionUndefined
	InvalidContext
)

// Invalid is every condition that Python reports as InvalidOperation.
const Invalid = InvalidOperation | ConversionSyntax | DivisionImpossible | DivisionUndefined | InvalidContext

// Context is the parameters of an operation. Prec is at least 1; Emin ≤ 0 ≤
// Emax. Clamp set restricts exponents to Etop (IEEE 754 interchange
// formats).
type Context struct {
	Prec     int
	Rounding Rounding
	Emin     int
	Emax     int
	Clamp    bool
}

// Etiny is the smallest exponent of a subnormal result.
func (c *Context) Etiny() int { return c.Emin - c.Prec + 1 }

// Etop is the largest exponent of a result when Clamp is set.
func (c *Context) Etop() int { return c.Emax - c.Prec + 1 }

var (
	bigZero = big.NewInt(0)
	bigOne  = big.NewInt(1)
	bigTen  = big.NewInt(10)
)

// pow10Table holds 10^0 ... 10^(len-1), made once at start-up and never
// written again, so reading it needs no lock.
var pow10Table = func() []*big.Int {
	t := make([]*big.Int, 400)
	t[0] = big.NewInt(1)
	for i := 1; i < len(t); i++ {
		t[i] = new(big.Int).Mul(t[i-1], bigTen)
	}
	return t
}()

// pow10 returns 10^n (n ≥ 0). The returned value must not be modified.
func pow10(n int) *big.Int {
	if n < len(pow10Table) {
		return pow10Table[n]
	}
	return new(big.Int).Exp(bigTen, big.NewInt(int64(n)), nil)
}

// pow10u64 holds the powers of ten that fit in a uint64.
var pow10u64 = func() [20]uint64 {
	var t [20]uint64
	t[0] = 1
	for i := 1; i < 20; i++ {
		t[i] = t[i-1] * 10
	}
	return t
}()

// digitsU64 counts the decimal digits of v (1 for zero).
func digitsU64(v uint64) int {
	n := 1
	for n < 20 && v >= pow10u64[n] {
		n++
	}
	return n
}

// numDigits counts the decimal digits of x ≥ 0 (1 for zero).
func numDigits(x *big.Int) int {
	if x.Sign() == 0 {
		return 1
	}
	if x.IsUint64() {
		return digitsU64(x.Uint64())
	}
	// log10(2) ≈ 0.30103: the estimate is at most one too small.
	n := int(float64(x.BitLen()-1)*0.30102999566398114) + 1
	if x.CmpAbs(pow10(n)) >= 0 {
		n++
	}
	return n
}

// New makes a finite Decimal from its parts.
func New(neg bool, coef *big.Int, exp int) *Decimal {
	return &Decimal{Neg: neg, Coef: coef, Exp: exp}
}

// FromInt64 is the exact Decimal of v.
func FromInt64(v int64) *Decimal {
	c := big.NewInt(v)
	neg := v < 0
	if neg {
		c.Neg(c)
	}
	return &Decimal{Neg: neg, Coef: c}
}

// FromBig is the exact Decimal of v.
func FromBig(v *big.Int) *Decimal {
	c := new(big.Int).Abs(v)
	return &Decimal{Neg: v.Sign() < 0, Coef: c}
}

// Inf is an infinity of the given sign.
func Inf(neg bool) *Decimal { return &Decimal{Neg: neg, Kind: Infinite, Coef: bigZero} }

// NaN is a quiet NaN without payload.
func NaN() *Decimal { return &Decimal{Kind: QNaN, Coef: bigZero} }

// IsNaN reports a quiet or signaling NaN.
func (d *Decimal) IsNaN() bool { return d.Kind >= QNaN }

// IsZero reports a finite zero.
func (d *Decimal) IsZero() bool { return d.Kind == Finite && d.Coef.Sign() == 0 }

// Digits is the number of digits of the coefficient.
func (d *Decimal) Digits() int { return numDigits(d.Coef) }

// Adjusted is the exponent of the most significant digit (0 for specials).
func (d *Decimal) Adjusted() int {
	if d.Kind != Finite {
		return 0
	}
	return d.Exp + d.Digits() - 1
}

// IsInteger reports a finite value without fractional part.
func (d *Decimal) IsInteger() bool {
	if d.Kind != Finite {
		return false
	}
	if d.Exp >= 0 || d.Coef.Sign() == 0 {
		return true
	}
	if -d.Exp > d.Digits() {
		return false
	}
	return new(big.Int).Rem(d.Coef, pow10(-d.Exp)).Sign() == 0
}

// The exponent limits of a parsed number, those of CPython's decimal on
// 64-bit machines: an exponent outside them is a syntax error.
const (
	maxParsedAdjusted = 999999999999999999
	minParsedExp      = -1999999999999999997
)

// Parse reads a decimal string as CPython's Decimal() does: surrounding
// whitespace is ignored, underscores are dropped, any Unicode decimal
// digit counts as its ASCII digit, and infinities and NaNs are spelled
// case-insensitively. ok is false on a syntax error.
func Parse(s string) (d *Decimal, ok bool) {
	s = strings.TrimSpace(s)
	s = strings.ReplaceAll(s, "_", "")
	if !isASCII(s) {
		var ascii bool
		if s, ascii = asciiDigits(s); !ascii {
			return nil, false
		}
	}
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	low := strings.ToLower(s)
	switch {
	case low == "inf" || low == "infinity":
		return &Decimal{Neg: neg, Kind: Infinite, Coef: bigZero}, true
	case strings.HasPrefix(low, "nan") || strings.HasPrefix(low, "snan"):
		kind, rest := QNaN, low[3:]
		if low[0] == 's' {
			kind, rest = SNaN, low[4:]
		}
		payload := new(big.Int)
		if rest != "" {
			for i := 0; i < len(rest); i++ {
				if !isDigit(rest[i]) {
					return nil, false
				}
			}
			payload.SetString(rest, 10)
		}
		return &Decimal{Neg: neg, Kind: kind, Coef: payload}, true
	}
	mant, expPart := s, ""
	hasExp := false
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, expPart, hasExp = s[:i], s[i+1:], true
	}
	intPart, frac := mant, ""
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		intPart, frac = mant[:i], mant[i+1:]
	}
	if intPart == "" && frac == "" {
		return nil, false
	}
	for _, part := range []string{intPart, frac} {
		for i := 0; i < len(part); i++ {
			if !isDigit(part[i]) {
				return nil, false
			}
		}
	}
	exp := int64(0)
	if hasExp {
		e, err := strconv.ParseInt(expPart, 10, 64)
		if err != nil {
			return nil, false
		}
		exp = e
	}
	digits := strings.TrimLeft(intPart+frac, "0")
	exp -= int64(len(frac))
	adjusted := exp + int64(len(digits)) - 1
	if digits == "" {
		adjusted = exp
	}
	if adjusted > maxParsedAdjusted || exp < minParsedExp {
		return nil, false
	}
	coef := new(big.Int)
	if digits != "" {
		coef.SetString(digits, 10)
	}
	return &Decimal{Neg: neg, Coef: coef, Exp: int(exp)}, true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// asciiDigits replaces the Unicode decimal digits of s by ASCII ones; ok
// is false if another non-ASCII character remains. Digits come in runs of
// ten from zero (some runs adjacent, as the mathematical digits), so a
// digit's value is its distance from the start of its run, modulo ten.
func asciiDigits(s string) (string, bool) {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
			continue
		}
		if !unicode.IsDigit(r) {
			return "", false
		}
		k := 0
		for unicode.IsDigit(r - rune(k) - 1) {
			k++
		}
		b.WriteByte(byte('0' + k%10))
	}
	return b.String(), true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// String is the to-scientific-string conversion, as Python's str(Decimal).
func (d *Decimal) String() string { return d.toString(false, true) }

// Format renders d in scientific (eng false) or engineering notation with
// an upper- or lower-case exponent mark.
func (d *Decimal) Format(eng, capitals bool) string { return d.toString(eng, capitals) }

// toString lays out the digits with the decimal point or an exponent
// (the specification's to-scientific/to-engineering-string).
func (d *Decimal) toString(eng, capitals bool) string {
	sign := ""
	if d.Neg {
		sign = "-"
	}
	switch d.Kind {
	case Infinite:
		return sign + "Infinity"
	case QNaN, SNaN:
		s := sign + "NaN"
		if d.Kind == SNaN {
			s = sign + "sNaN"
		}
		if d.Coef.Sign() != 0 {
			s += d.Coef.String()
		}
		return s
	}
	digits := d.Coef.String()
	leftdigits := d.Exp + len(digits)
	var dotplace int
	switch {
	case d.Exp <= 0 && leftdigits > -6:
		dotplace = leftdigits
	case !eng:
		dotplace = 1
	case d.Coef.Sign() == 0:
		dotplace = mod(leftdigits+1, 3) - 1
	default:
		dotplace = mod(leftdigits-1, 3) + 1
	}
	var b strings.Builder
	b.WriteString(sign)
	switch {
	case dotplace <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -dotplace))
		b.WriteString(digits)
	case dotplace >= len(digits):
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", dotplace-len(digits)))
	default:
		b.WriteString(digits[:dotplace])
		b.WriteByte('.')
		b.WriteString(digits[dotplace:])
	}
	if e := leftdigits - dotplace; leftdigits != dotplace {
		if capitals {
			b.WriteByte('E')
		} else {
			b.WriteByte('e')
		}
		if e >= 0 {
			b.WriteByte('+')
		}
		b.WriteString(strconv.Itoa(e))
	}
	return b.String()
}

func mod(a, b int) int {
	m := a % b
	if m < 0 {
		m += b
	}
	return m
}
