package pyfmt

import (
	"math"
	"strconv"
	"strings"

	"github.com/weftrun/weft/interp/pystr"
)

// ParseComplex is complex(s): optional whitespace and parentheses around
// <float>, <float>j or <float><signed float>j, plus the legacy forms
// <float><sign>j, <sign>j and j.  <float> is anything float() accepts,
// inf and nan included; underscores may only separate digits.
func ParseComplex(s string) (complex128, error) {
	t := asciiNumber(s)
	if strings.IndexByte(t, '_') >= 0 {
		var ok bool
		if t, ok = stripUnderscores(t); !ok {
			return 0, valueError("could not convert string to complex: " + pystr.Repr(s))
		}
	}
	c, ok := parseComplexText(t)
	if !ok {
		return 0, valueError("complex() arg is a malformed string")
	}
	return c, nil
}

// stripUnderscores removes underscores that sit between two digits and
// reports false if any other underscore exists (CPython's
// _Py_string_to_number_with_underscores).
func stripUnderscores(s string) (string, bool) {
	var b strings.Builder
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if prev < '0' || prev > '9' {
				return "", false
			}
		} else {
			if prev == '_' && (c < '0' || c > '9') {
				return "", false
			}
			b.WriteByte(c)
		}
		prev = c
	}
	return b.String(), prev != '_'
}

func parseComplexText(s string) (complex128, bool) {
	i := 0
	skipSpace := func() {
		for i < len(s) && isCSpace(s[i]) {
			i++
		}
	}
	isJ := func() bool { return i < len(s) && s[i]|0x20 == 'j' }
	skipSpace()
	bracket := false
	if i < len(s) && s[i] == '(' {
		bracket = true
		i++
		skipSpace()
	}
	var x, y float64
	if z, n := floatPrefix(s[i:]); n > 0 {
		i += n
		switch {
		case i < len(s) && (s[i] == '+' || s[i] == '-'):
			x = z
			if w, m := floatPrefix(s[i:]); m > 0 {
				y = w
				i += m
			} else {
				y = 1
				if s[i] == '-' {
					y = -1
				}
				i++
			}
			if !isJ() {
				return 0, false
			}
			i++
		case isJ():
			y = z
			i++
		default:
			x = z
		}
	} else {
		y = 1
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			if s[i] == '-' {
				y = -1
			}
			i++
		}
		if !isJ() {
			return 0, false
		}
		i++
	}
	skipSpace()
	if bracket {
		if i >= len(s) || s[i] != ')' {
			return 0, false
		}
		i++
		skipSpace()
	}
	return complex(x, y), i == len(s)
}

// floatPrefix parses the longest prefix of s that is a float literal
// (sign, digits with optional point and exponent, or inf/infinity/nan) and
// returns its value and length, 0 if there is none.
func floatPrefix(s string) (float64, int) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	lower := strings.ToLower(s[i:min(len(s), i+8)])
	switch {
	case strings.HasPrefix(lower, "infinity"):
		return signed(s, math.Inf(1)), i + 8
	case strings.HasPrefix(lower, "inf"):
		return signed(s, math.Inf(1)), i + 3
	case strings.HasPrefix(lower, "nan"):
		return signed(s, math.Float64frombits(0x7ff8000000000000)), i + 3
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return 0, 0
	}
	if i < len(s) && s[i]|0x20 == 'e' {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			i = j
		}
	}
	f, err := strconv.ParseFloat(s[:i], 64)
	if err != nil && !isRangeError(err) {
		return 0, 0
	}
	return f, i
}

func signed(s string, f float64) float64 {
	if s[0] == '-' {
		return -f
	}
	return f
}
