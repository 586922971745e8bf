package pyfmt

import (
	"bytes"
	"math"
	"strconv"
	"strings"
)

// digitString is what CPython's _Py_dg_dtoa returns for a finite double:
// significant digits without leading or trailing zeros and decpt, the
// position of the decimal point relative to them (value = 0.DIGITS × 10^decpt).
// Zero is digits "0" with decpt 1.  A value that rounds to nothing in fixed
// mode has no digits and decpt = -ndigits.
type digitString struct {
	digits []byte
	decpt  int
}

// The three dtoa modes CPython uses.
const (
	modeShortest    = 0 // shortest string that round-trips (repr)
	modeSignificant = 2 // at most N significant digits ('e', 'g')
	modeFixed       = 3 // N digits after the decimal point ('f')
)

// dtoa returns the correctly rounded digits of |f| (finite) for mode and n,
// derived from strconv, whose rounding is also exact with ties to even.  The
// digits are built in buf when it is large enough, so the common case does
// not allocate.
func dtoa(buf []byte, f float64, mode, n int) digitString {
	f = math.Abs(f)
	if f == 0 {
		return digitString{digits: append(buf[:0], '0'), decpt: 1}
	}
	if mode == modeFixed {
		s := strconv.AppendFloat(buf[:0], f, 'f', n, 64)
		// Remove the point in place; decpt is where it was.
		decpt := len(s)
		if i := bytes.IndexByte(s, '.'); i >= 0 {
			decpt = i
			s = append(s[:i], s[i+1:]...)
		}
		return trimDigits(s, decpt)
	}
	prec := -1
	if mode == modeSignificant {
		prec = n - 1
	}
	s := strconv.AppendFloat(buf[:0], f, 'e', prec, 64)
	// s is "d[.ddd]e±XX": split off the exponent, then drop the point.
	e := bytes.LastIndexByte(s, 'e')
	exp := 0
	for _, c := range s[e+2:] {
		exp = exp*10 + int(c-'0')
	}
	if s[e+1] == '-' {
		exp = -exp
	}
	s = s[:e]
	if len(s) > 1 {
		s = append(s[:1], s[2:]...)
	}
	return trimDigits(s, exp+1)
}

// trimDigits drops leading zeros (moving decpt) and trailing zeros, as dtoa
// never returns them.
func trimDigits(d []byte, decpt int) digitString {
	i := 0
	for i < len(d) && d[i] == '0' {
		i++
	}
	d = d[i:]
	if len(d) == 0 {
		// Rounded to zero in fixed mode: dtoa reports decpt = -ndigits, and the
		// layout code below only needs decpt <= 0 with no digits.
		return digitString{decpt: decpt - i}
	}
	decpt -= i
	j := len(d)
	for j > 0 && d[j-1] == '0' {
		j--
	}
	return digitString{digits: d[:j], decpt: decpt}
}

// floatFlags are the Py_DTSF_* options of PyOS_double_to_string.
type floatFlags struct {
	sign    bool // always write a sign, '+' for non-negative values
	addDot0 bool // write "1.0", not "1", for integral values without exponent
	alt     bool // '#': keep the decimal point and trailing zeros of 'g'
	noNeg0  bool // 'z': write -0.0 (and values rounding to it) as 0.0
	upper   bool // 'E', 'F', 'G': INF, NAN and E
}

// doubleToString is CPython's PyOS_double_to_string: code is one of
// 'e' 'f' 'g' 'r' (upper-case variants through flags.upper) and prec the
// precision ('r' ignores it).
func doubleToString(f float64, code byte, prec int, fl floatFlags) string {
	mode := modeShortest
	switch code {
	case 'e':
		mode = modeSignificant
		prec++
	case 'f':
		mode = modeFixed
	case 'g':
		mode = modeSignificant
		if prec == 0 {
			prec = 1
		}
	}
	neg := math.Signbit(f)
	var outBuf [48]byte
	out := outBuf[:0]
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if math.IsNaN(f) {
			neg = false
		}
		if neg {
			out = append(out, '-')
		} else if fl.sign {
			out = append(out, '+')
		}
		word := "inf"
		if math.IsNaN(f) {
			word = "nan"
		}
		if fl.upper {
			word = strings.ToUpper(word)
		}
		return string(append(out, word...))
	}
	var digitBuf [40]byte
	d := dtoa(digitBuf[:], f, mode, prec)
	if fl.noNeg0 && neg && (len(d.digits) == 0 || (len(d.digits) == 1 && d.digits[0] == '0')) {
		neg = false
	}
	return string(layoutDigits(out, neg, d, code, prec, fl))
}

// layoutDigits writes sign, digits, decimal point, padding zeros and exponent
// following format_float_short in CPython's pystrtod.c.  Think of the digits
// as padded with infinitely many zeros on both sides; the output is the slice
// [vstart, vend) of that virtual string with the point inserted at decpt.
func layoutDigits(out []byte, neg bool, d digitString, code byte, prec int, fl floatFlags) []byte {
	ndigits := len(d.digits)
	decpt := d.decpt
	vend := ndigits
	useExp := false
	switch code {
	case 'e':
		useExp = true
		vend = prec
	case 'f':
		vend = decpt + prec
	case 'g':
		limit := prec
		if fl.addDot0 {
			limit = prec - 1
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if fl.alt {
			vend = prec
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vstart := 0
	if decpt <= 0 {
		vstart = decpt - 1
	}
	if !useExp && fl.addDot0 {
		vend = max(vend, decpt+1)
	} else {
		vend = max(vend, decpt)
	}

	if neg {
		out = append(out, '-')
	} else if fl.sign {
		out = append(out, '+')
	}
	zeros := func(n int) {
		for ; n > 0; n-- {
			out = append(out, '0')
		}
	}
	if decpt <= 0 {
		zeros(decpt - vstart)
		out = append(out, '.')
		zeros(-decpt)
	} else {
		zeros(-vstart)
	}
	if 0 < decpt && decpt <= ndigits {
		out = append(out, d.digits[:decpt]...)
		out = append(out, '.')
		out = append(out, d.digits[decpt:]...)
	} else {
		out = append(out, d.digits...)
	}
	if ndigits < decpt {
		zeros(decpt - ndigits)
		out = append(out, '.')
		zeros(vend - decpt)
	} else {
		zeros(vend - ndigits)
	}
	if out[len(out)-1] == '.' && !fl.alt {
		out = out[:len(out)-1]
	}
	if useExp {
		if fl.upper {
			out = append(out, 'E')
		} else {
			out = append(out, 'e')
		}
		if exp < 0 {
			out = append(out, '-')
			exp = -exp
		} else {
			out = append(out, '+')
		}
		if exp < 10 {
			out = append(out, '0')
		}
		out = strconv.AppendInt(out, int64(exp), 10)
	}
	return out
}

// FloatRepr returns repr(f) (also str(f)): the shortest digits that read back
// as f, in positional notation for 1e-4 <= |f| < 1e16 and exponent notation
// otherwise, with ".0" added to integral values: 1.0, 1e+16, 1e-05, inf, nan.
func FloatRepr(f float64) string {
	return doubleToString(f, 'r', 0, floatFlags{addDot0: true})
}

// ComplexRepr returns repr(c) (also str(c)): "1j" when the real part is +0.0,
// otherwise "(re±imj)" with both parts written like float repr without ".0".
func ComplexRepr(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return doubleToString(im, 'r', 0, floatFlags{}) + "j"
	}
	return "(" + doubleToString(re, 'r', 0, floatFlags{}) +
		doubleToString(im, 'r', 0, floatFlags{sign: true}) + "j)"
}
