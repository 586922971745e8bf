package pyfmt

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/weftrun/weft/interp/pystr"
)

// intMaxStrDigits is sys.get_int_max_str_digits(): the longest decimal
// int<->str conversion allowed (CPython 3.11's CVE-2020-10735 guard against
// quadratic-time conversions).  0 disables the limit.
var intMaxStrDigits atomic.Int64

// intMaxStrDigitsThreshold is the smallest limit CPython accepts and the
// length under which it never checks.
const intMaxStrDigitsThreshold = 640

func init() { intMaxStrDigits.Store(4300) }

// IntMaxStrDigits returns the current limit (sys.get_int_max_str_digits()).
func IntMaxStrDigits() int { return int(intMaxStrDigits.Load()) }

// SetIntMaxStrDigits is sys.set_int_max_str_digits(n).
func SetIntMaxStrDigits(n int) error {
	if n != 0 && n < intMaxStrDigitsThreshold {
		return valueError(fmt.Sprintf("maxdigits must be 0 or larger than %d", intMaxStrDigitsThreshold))
	}
	intMaxStrDigits.Store(int64(n))
	return nil
}

// IntToString writes v in base 2, 8, 10 or 16 without prefix (and any base
// 2..36 for int-to-text helpers), with a leading '-' for negatives.  Decimal
// output longer than IntMaxStrDigits fails with CPython's ValueError.
// math/big converts large values with a divide-and-conquer algorithm, so
// this is sub-quadratic where CPython 3.11 is quadratic.
func IntToString(v *big.Int, base int) (string, error) {
	if v.IsInt64() {
		return strconv.FormatInt(v.Int64(), base), nil
	}
	if base == 10 {
		if limit := IntMaxStrDigits(); limit > 0 {
			// A cheap bound first: bits*log10(2) digits at most.
			if float64(v.BitLen())*0.30103 > float64(limit)+1 {
				return "", intStrLimitError()
			}
			s := v.Text(10)
			n := len(s)
			if v.Sign() < 0 {
				n--
			}
			if n > limit {
				return "", intStrLimitError()
			}
			return s, nil
		}
	}
	return v.Text(base), nil
}

func intStrLimitError() error {
	return valueError(fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion; "+
		"use sys.set_int_max_str_digits() to increase the limit", IntMaxStrDigits()))
}

// IntBin, IntOct and IntHex are bin(), oct() and hex(): a prefix after the sign.
func IntBin(v *big.Int) string { return prefixed(v, 2, "0b") }

// IntOct is oct(v).
func IntOct(v *big.Int) string { return prefixed(v, 8, "0o") }

// IntHex is hex(v).
func IntHex(v *big.Int) string { return prefixed(v, 16, "0x") }

func prefixed(v *big.Int, base int, prefix string) string {
	s := v.Text(base)
	if v.Sign() < 0 {
		return "-" + prefix + s[1:]
	}
	return prefix + s
}

// asciiNumber is CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: it
// maps Unicode whitespace to ' ' and decimal digits of any script to ASCII,
// and cuts the text at the first other non-ASCII character, marking it '?'
// so that parsing fails there.
func asciiNumber(s string) string {
	if pystr.IsASCII(s) && strings.IndexByte(s, 0x7f) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x7f:
			b.WriteRune(r)
		case pystr.IsSpaceRune(r):
			b.WriteByte(' ')
		case pystr.DecimalValue(r) >= 0:
			b.WriteByte(byte('0' + pystr.DecimalValue(r)))
		default:
			b.WriteByte('?')
			return b.String()
		}
	}
	return b.String()
}

// isCSpace is C's isspace in the "C" locale, which CPython's number parsers use
// after asciiNumber.
func isCSpace(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }

func trimCSpace(s string) string {
	i, j := 0, len(s)
	for i < j && isCSpace(s[i]) {
		i++
	}
	for j > i && isCSpace(s[j-1]) {
		j--
	}
	return s[i:j]
}

// ParseInt is int(s, base): optional whitespace, sign, a base prefix (0x 0o 0b)
// when base is 0 or matches, digits with single underscores between them
// (and directly after a prefix), and for base 0 no leading zeros on a
// non-zero decimal.  Digits of any script are accepted.
func ParseInt(s string, base int) (*big.Int, error) {
	small, v, err := ParseIntSmall(s, base)
	if err != nil {
		return nil, err
	}
	if v == nil {
		v = big.NewInt(small)
	}
	return v, nil
}

// ParseIntSmall is ParseInt without allocation for values that fit in an
// int64: it returns (value, nil, nil) for those and (0, value, nil) for the
// others, so an interpreter with inline small ints pays for a big.Int only
// when it needs one.
func ParseIntSmall(s string, base int) (int64, *big.Int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return 0, nil, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	small, v, status := parseIntText(trimCSpace(asciiNumber(s)), base)
	switch status {
	case parseMalformed:
		return 0, nil, valueError(fmt.Sprintf("invalid literal for int() with base %d: %s",
			base, pystr.TruncateRunes(pystr.Repr(s), 200)))
	case parseTooLong:
		return 0, nil, intParseLimitError(s)
	}
	return small, v, nil
}

// Outcomes of parseIntText.
const (
	parseOK        = iota
	parseMalformed // not an int literal: ValueError quoting the input
	parseTooLong   // more decimal digits than IntMaxStrDigits allows
)

// intParseLimitError reports a decimal literal over the digit limit.
func intParseLimitError(s string) error {
	n := 0
	for _, c := range asciiNumber(s) {
		if c >= '0' && c <= '9' {
			n++
		}
	}
	return valueError(fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion: "+
		"value has %d digits; use sys.set_int_max_str_digits() to increase the limit", IntMaxStrDigits(), n))
}

// parseIntText parses the trimmed ASCII text; the value is small when big
// is nil.
func parseIntText(t string, base int) (small int64, v *big.Int, status int) {
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	prefixed := false
	if len(t) >= 2 && t[0] == '0' {
		p := t[1] | 0x20
		if (p == 'x' && (base == 0 || base == 16)) ||
			(p == 'o' && (base == 0 || base == 8)) ||
			(p == 'b' && (base == 0 || base == 2)) {
			base = map[byte]int{'x': 16, 'o': 8, 'b': 2}[p]
			t = t[2:]
			prefixed = true
		}
	}
	checkLeadingZeros := false
	if base == 0 {
		base = 10
		checkLeadingZeros = t != "" && t[0] == '0'
	}
	// Validate: digits of the base, underscores only between digits (or
	// right after a prefix).
	var clean []byte
	if strings.IndexByte(t, '_') >= 0 {
		clean = make([]byte, 0, len(t))
	}
	prevDigit := prefixed
	ndigits := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '_' {
			if !prevDigit {
				return 0, nil, parseMalformed
			}
			prevDigit = false
			continue
		}
		if digitValue(c) >= base {
			return 0, nil, parseMalformed
		}
		if clean != nil {
			clean = append(clean, c)
		}
		prevDigit = true
		ndigits++
	}
	if ndigits == 0 || !prevDigit {
		return 0, nil, parseMalformed
	}
	if clean != nil {
		t = string(clean)
	}
	if checkLeadingZeros && strings.Trim(t, "0") != "" {
		return 0, nil, parseMalformed
	}
	if base&(base-1) != 0 {
		if limit := IntMaxStrDigits(); limit > 0 && ndigits > intMaxStrDigitsThreshold && ndigits > limit {
			return 0, nil, parseTooLong
		}
	}
	if len(t) <= 18 && base <= 10 || len(t) <= 12 {
		x, err := strconv.ParseInt(t, base, 64)
		if err == nil {
			if neg {
				x = -x
			}
			return x, nil, parseOK
		}
	}
	v, good := new(big.Int).SetString(t, base)
	if !good {
		return 0, nil, parseMalformed
	}
	if neg {
		v.Neg(v)
	}
	if v.IsInt64() {
		return v.Int64(), nil, parseOK
	}
	return 0, v, parseOK
}

// digitValue is the value of an ASCII digit or letter in bases up to 36, or 99.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// ParseFloat is float(s): optional whitespace and sign, then a decimal
// literal (digits with single underscores between digits, optional point,
// optional exponent) or inf/infinity/nan in any case.  Out-of-range values
// become ±inf or ±0 as in CPython; malformed text is a ValueError quoting
// repr(s).
func ParseFloat(s string) (float64, error) {
	t := trimCSpace(asciiNumber(s))
	if f, ok := parseFloatText(t); ok {
		return f, nil
	}
	return 0, valueError("could not convert string to float: " + pystr.Repr(s))
}

func parseFloatText(t string) (float64, bool) {
	body := t
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		// CPython's NaN has only the quiet bit set (math.NaN() also sets bit 0).
		nan := math.Float64frombits(0x7ff8000000000000)
		if neg {
			return math.Copysign(nan, -1), true
		}
		return nan, true
	}
	if !validDecimalFloat(body) {
		return 0, false
	}
	if strings.IndexByte(t, '_') >= 0 {
		t = strings.ReplaceAll(t, "_", "")
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil && !isRangeError(err) {
		return 0, false
	}
	return f, true
}

func isRangeError(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// validDecimalFloat checks digits [. digits] [e [sign] digits] with at least
// one mantissa digit and underscores only between two digits.
func validDecimalFloat(s string) bool {
	i := 0
	digits := func() int {
		n := 0
		for i < len(s) {
			c := s[i]
			if c >= '0' && c <= '9' {
				n++
				i++
				continue
			}
			if c == '_' && n > 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				i++
				continue
			}
			break
		}
		return n
	}
	mant := digits()
	if i < len(s) && s[i] == '.' {
		i++
		mant += digits()
	}
	if mant == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}
