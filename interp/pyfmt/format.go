package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/weftrun/weft/interp/pystr"
)

// This file is format(value, spec) for int, float, complex and str: the
// "advanced" formatter of CPython's Python/formatter_unicode.c.  A formatted
// number is laid out as
//
//	<lpad> <sign> <prefix> <spad> <grouped digits> <decimal> <remainder> <rpad>
//
// where at most one of the three paddings is non-empty.  Zero padding
// ('0' fill with '=' alignment) is special: the zeros are produced by the
// grouping step, so they receive thousands separators too (format(1234,
// '08,') is '0,001,234', one character wider than asked, as in CPython).

// numberParts is a number split into the pieces that the layout arranges.
type numberParts struct {
	negative  bool
	prefix    string // "0x", "0o", "0b" for '#'
	digits    string // the digits that grouping applies to
	decimal   bool   // a '.' follows the digits
	remainder string // fraction digits, exponent, '%', or a whole "inf"
}

// layoutNumber arranges p per the spec; group is 3 or 4 (0 = none), sep the
// separator, upper converts prefix and digits to upper case ('X').
func (s *Spec) layoutNumber(p numberParts, fill, align rune, group int, sep byte, upper bool) (string, error) {
	var sign byte
	switch {
	case p.negative:
		sign = '-'
	case s.Sign == '+':
		sign = '+'
	case s.Sign == ' ':
		sign = ' '
	}
	nonDigit := len(p.prefix) + pystr.RuneLen(p.remainder)
	if sign != 0 {
		nonDigit++
	}
	if p.decimal {
		nonDigit++
	}
	if s.Width > maxWidth {
		return "", &Error{Class: "MemoryError", Msg: ""}
	}
	minWidth := 0
	if fill == '0' && align == '=' {
		minWidth = s.Width - nonDigit
	}
	grouped := ""
	if len(p.digits) > 0 {
		grouped = groupDigits(p.digits, minWidth, group, sep)
	}
	padding := s.Width - (nonDigit + len(grouped))
	var lpad, spad, rpad int
	if padding > 0 {
		switch align {
		case '<':
			rpad = padding
		case '^':
			lpad = padding / 2
			rpad = padding - lpad
		case '=':
			spad = padding
		default:
			lpad = padding
		}
	}
	var b strings.Builder
	b.Grow(nonDigit + len(grouped) + lpad + spad + rpad)
	writeFill(&b, fill, lpad)
	if sign != 0 {
		b.WriteByte(sign)
	}
	if upper {
		b.WriteString(strings.ToUpper(p.prefix))
	} else {
		b.WriteString(p.prefix)
	}
	writeFill(&b, fill, spad)
	if upper {
		grouped = strings.ToUpper(grouped)
	}
	b.WriteString(grouped)
	if p.decimal {
		b.WriteByte('.')
	}
	b.WriteString(p.remainder)
	writeFill(&b, fill, rpad)
	return b.String(), nil
}

// writeFill writes n copies of fill (which may be a lone surrogate).
func writeFill(b *strings.Builder, fill rune, n int) {
	if n <= 0 {
		return
	}
	var enc [4]byte
	e := pystr.AppendRune(enc[:0], fill)
	for ; n > 0; n-- {
		b.Write(e)
	}
}

// groupDigits inserts sep every group digits from the right (group 0: none)
// and left-pads with zeros, themselves grouped, until the result is at least
// minWidth long.  It follows _PyUnicode_InsertThousandsGrouping step by step
// because its treatment of the width is observable: a separator is never
// the first character, so the result may exceed minWidth by one.
func groupDigits(digits string, minWidth, group int, sep byte) string {
	minWidth = max(minWidth, 0)
	remaining := len(digits)
	// Pieces are produced right to left, then reversed.
	var pieces []string
	useSep := false
	emit := func(nZeros, nChars int) {
		if useSep {
			pieces = append(pieces, string(sep))
		}
		pieces = append(pieces, digits[remaining-nChars:remaining])
		if nZeros > 0 {
			pieces = append(pieces, strings.Repeat("0", nZeros))
		}
		useSep = true
	}
	if group > 0 {
		for {
			l := min(group, max(remaining, minWidth, 1))
			nZeros := max(0, l-remaining)
			nChars := max(0, min(remaining, l))
			emit(nZeros, nChars)
			remaining -= nChars
			minWidth -= l
			if remaining <= 0 && minWidth <= 0 {
				return joinReversed(pieces)
			}
			minWidth--
		}
	}
	l := max(remaining, minWidth, 1)
	emit(max(0, l-remaining), max(0, min(remaining, l)))
	return joinReversed(pieces)
}

func joinReversed(p []string) string {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
	return strings.Join(p, "")
}

// grouping returns the group size and separator the spec asks for.
func (s *Spec) grouping() (int, byte) {
	switch {
	case s.Grouping == ',':
		return 3, ','
	case s.Grouping == '_' && (s.Type == 'b' || s.Type == 'o' || s.Type == 'x' || s.Type == 'X'):
		return 4, '_'
	case s.Grouping == '_':
		return 3, '_'
	}
	return 0, 0
}

// FormatInt is format(v, spec) for an int.
func FormatInt(v *big.Int, spec string) (string, error) {
	if spec == "" {
		return IntToString(v, 10)
	}
	s, err := ParseSpec(spec, "int")
	if err != nil {
		return "", err
	}
	return s.Int(v)
}

// FormatInt64 is FormatInt for a value that fits in int64.
func FormatInt64(v int64, spec string) (string, error) {
	if spec == "" {
		return strconv.FormatInt(v, 10), nil
	}
	return FormatInt(big.NewInt(v), spec)
}

// Int formats v (an int, or a bool or int subclass named by s.TypeName).
func (s *Spec) Int(v *big.Int) (string, error) {
	switch s.Type {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n', 0:
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := IntToFloat(v)
		if err != nil {
			return "", err
		}
		return s.floatBody(f)
	default:
		return "", unknownCode(s.Type, s.TypeName)
	}
	if s.Precision >= 0 {
		return "", valueError("Precision not allowed in integer format specifier")
	}
	if s.NoNegZero {
		return "", valueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	fill, align := s.resolve('>')
	if s.Type == 'c' {
		if s.Sign != 0 {
			return "", valueError("Sign not allowed with integer format specifier 'c'")
		}
		if s.Alternate {
			return "", valueError("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if !v.IsInt64() {
			return "", overflowError("Python int too large to convert to C long")
		}
		x := v.Int64()
		if x < 0 || x > 0x10ffff {
			return "", overflowError("%c arg not in range(0x110000)")
		}
		// The character is laid out as a "remainder": never grouped or zero-filled.
		return s.layoutNumber(numberParts{remainder: pystr.FromRune(rune(x))}, fill, align, 0, 0, false)
	}
	base, prefix := 10, ""
	switch s.Type {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	if !s.Alternate {
		prefix = ""
	}
	digits, err := IntToString(new(big.Int).Abs(v), base)
	if err != nil {
		return "", err
	}
	group, sep := s.grouping()
	if s.Type == 'n' {
		group = 0 // the C locale has no grouping
	}
	return s.layoutNumber(numberParts{negative: v.Sign() < 0, prefix: prefix, digits: digits},
		fill, align, group, sep, s.Type == 'X')
}

// IntToFloat is float(v): correctly rounded (ties to even), and
// OverflowError when the result would be infinite.
func IntToFloat(v *big.Int) (float64, error) {
	if v.IsInt64() {
		x := v.Int64()
		if x >= -1<<53 && x <= 1<<53 {
			return float64(x), nil
		}
	}
	f, _ := new(big.Float).SetInt(v).Float64()
	if math.IsInf(f, 0) {
		return 0, overflowError("int too large to convert to float")
	}
	return f, nil
}

// FormatFloat is format(f, spec) for a float.
func FormatFloat(f float64, spec string) (string, error) {
	if spec == "" {
		return FloatRepr(f), nil
	}
	s, err := ParseSpec(spec, "float")
	if err != nil {
		return "", err
	}
	return s.Float(f)
}

// Float formats f (a float or a float subclass named by s.TypeName).
func (s *Spec) Float(f float64) (string, error) {
	switch s.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		return s.floatBody(f)
	}
	return "", unknownCode(s.Type, s.TypeName)
}

// floatCode maps a presentation type to doubleToString's code, precision and
// flags; it is shared by float and complex formatting.
func (s *Spec) floatCode() (code byte, prec int, fl floatFlags, err error) {
	if s.Precision > math.MaxInt32 {
		return 0, 0, fl, valueError("precision too big")
	}
	if s.Precision > maxWidth {
		return 0, 0, fl, &Error{Class: "MemoryError", Msg: ""}
	}
	fl.alt, fl.noNeg0 = s.Alternate, s.NoNegZero
	defPrec := 6
	typ := s.Type
	switch typ {
	case 0:
		fl.addDot0 = true
		typ, defPrec = 'r', 0
	case 'n':
		typ = 'g'
	case '%':
		typ = 'f'
	case 'E', 'F', 'G':
		fl.upper = true
		typ += 'a' - 'A'
	}
	prec = s.Precision
	if prec < 0 {
		prec = defPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	return byte(typ), prec, fl, nil
}

func (s *Spec) floatBody(f float64) (string, error) {
	code, prec, fl, err := s.floatCode()
	if err != nil {
		return "", err
	}
	if s.Type == '%' {
		f *= 100
	}
	text := doubleToString(f, code, prec, fl)
	if s.Type == '%' {
		text += "%"
	}
	if s.Sign != '+' && s.Sign != ' ' && s.Width < 0 && s.Type != 'n' && s.Grouping == 0 {
		return text, nil
	}
	fill, align := s.resolve('>')
	group, sep := s.grouping()
	if s.Type == 'n' {
		group = 0
	}
	return s.layoutNumber(splitNumber(text), fill, align, group, sep, false)
}

// splitNumber splits formatted float text into sign, integer digits, decimal
// point and the rest, as parse_number does.
func splitNumber(text string) numberParts {
	var p numberParts
	if strings.HasPrefix(text, "-") {
		p.negative = true
		text = text[1:]
	}
	i := 0
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	p.digits = text[:i]
	rest := text[i:]
	if strings.HasPrefix(rest, ".") {
		p.decimal = true
		rest = rest[1:]
	}
	p.remainder = rest
	return p
}

// FormatComplex is format(c, spec) for a complex.
func FormatComplex(c complex128, spec string) (string, error) {
	if spec == "" {
		return ComplexRepr(c), nil
	}
	s, err := ParseSpec(spec, "complex")
	if err != nil {
		return "", err
	}
	return s.Complex(c)
}

// Complex formats c; each part is formatted like a float (no padding), the
// imaginary part always signed unless the real part is omitted, and the
// result padded as a whole.
func (s *Spec) Complex(c complex128) (string, error) {
	switch s.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", unknownCode(s.Type, s.TypeName)
	}
	fill, align := s.resolve('>')
	if fill == '0' {
		return "", valueError("Zero padding is not allowed in complex format specifier")
	}
	if align == '=' {
		return "", valueError("'=' alignment flag is not allowed in complex format specifier")
	}
	code, prec, fl, err := s.floatCode()
	if err != nil {
		return "", err
	}
	re, im := real(c), imag(c)
	skipRe, parens := false, false
	if s.Type == 0 {
		// Like repr: no ".0", and the real part dropped when it is +0.0.
		fl.addDot0 = false
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	group, sep := s.grouping()
	if s.Type == 'n' {
		group = 0
	}
	part := func(x float64, sign rune) string {
		inner := Spec{Fill: 0, Align: '<', Width: -1, Sign: sign}
		text, _ := inner.layoutNumber(splitNumber(doubleToString(x, code, prec, fl)), 0, '<', group, sep, false)
		return text
	}
	var body strings.Builder
	if parens {
		body.WriteByte('(')
	}
	imSign := s.Sign
	if !skipRe {
		body.WriteString(part(re, s.Sign))
		imSign = '+'
	}
	body.WriteString(part(im, imSign))
	body.WriteByte('j')
	if parens {
		body.WriteByte(')')
	}
	return pad(body.String(), s.Width, fill, align), nil
}

// pad pads text (ASCII or not) to width code points.
func pad(text string, width int, fill, align rune) string {
	n := pystr.RuneLen(text)
	if width <= n {
		return text
	}
	total := width - n
	left := 0
	switch align {
	case '>':
		left = total
	case '^':
		left = total / 2
	}
	var b strings.Builder
	writeFill(&b, fill, left)
	b.WriteString(text)
	writeFill(&b, fill, total-left)
	return b.String()
}

// FormatStr is format(s, spec) for a str.
func FormatStr(str, spec string) (string, error) {
	if spec == "" {
		return str, nil
	}
	s, err := ParseStrSpec(spec, "str")
	if err != nil {
		return "", err
	}
	return s.Str(str)
}

// Str formats a string: truncated to the precision, then padded.
func (s *Spec) Str(str string) (string, error) {
	if s.Type != 0 && s.Type != 's' {
		return "", unknownCode(s.Type, s.TypeName)
	}
	if s.Sign == ' ' {
		return "", valueError("Space not allowed in string format specifier")
	}
	if s.Sign != 0 {
		return "", valueError("Sign not allowed in string format specifier")
	}
	if s.NoNegZero {
		return "", valueError("Negative zero coercion (z) not allowed in string format specifier")
	}
	if s.Alternate {
		return "", valueError("Alternate form (#) not allowed in string format specifier")
	}
	fill, align := s.resolve('<')
	if align == '=' {
		return "", valueError("'=' alignment not allowed in string format specifier")
	}
	if s.Width > maxWidth {
		return "", &Error{Class: "MemoryError", Msg: ""}
	}
	if s.Precision >= 0 {
		str = pystr.TruncateRunes(str, s.Precision)
	}
	return pad(str, s.Width, fill, align), nil
}
