package pydecimal

import (
	"errors"
	"math/big"
	"strconv"
	"strings"
)

// FormatSpec renders d for format(d, spec) with Python's format-spec
// mini-language: [[fill]align][sign][z][#][0][width][,|_][.precision][type]
// with types e E f F g G n % or none. Rounding is the context's; capitals
// picks the exponent letter when no type is given. 'n' uses the C locale
// (no grouping), as CPython does by default.
func FormatSpec(d *Decimal, spec string, mode Rounding, capitals bool) (string, error) {
	fs, err := parseSpec(spec)
	if err != nil {
		return "", err
	}
	typ := fs.typ
	if typ == 0 || typ == 'n' {
		typ = 'g'
		if capitals && fs.typ == 0 {
			typ = 'G'
		}
	}
	if d.Kind != Finite {
		if fs.zeroPad && fs.fill == '0' && fs.alignment == '=' {
			// Zero padding does not apply to infinities and NaNs.
			fs.fill, fs.alignment = ' ', '>'
		}
		body := (&Decimal{Kind: d.Kind, Coef: d.Coef}).String()
		if typ == '%' {
			body += "%"
		}
		return fs.align(fs.sign(d.Neg), body), nil
	}
	if typ == '%' {
		d = &Decimal{Neg: d.Neg, Coef: d.Coef, Exp: d.Exp + 2}
	}
	prec := fs.prec
	if prec >= 0 {
		switch typ {
		case 'e', 'E':
			d = roundDigits(d, prec+1, mode)
		case 'f', 'F', '%':
			d, _ = Rescale(d, -prec, mode)
		case 'g', 'G':
			if prec == 0 {
				prec = 1
			}
			if d.Digits() > prec {
				d = roundDigits(d, prec, mode)
			}
		}
	}
	if d.Coef.Sign() == 0 && d.Exp > 0 && (typ == 'f' || typ == 'F' || typ == '%') {
		d = &Decimal{Neg: d.Neg, Coef: d.Coef}
	}
	neg := d.Neg
	if d.Coef.Sign() == 0 && fs.noNegZero {
		neg = false
	}
	digits := d.Coef.String()
	leftdigits := d.Exp + len(digits)
	var dotplace int
	switch typ {
	case 'e', 'E':
		dotplace = 1
		if d.Coef.Sign() == 0 && prec >= 0 {
			dotplace = 1 - prec
		}
	case 'f', 'F', '%':
		dotplace = leftdigits
	default:
		dotplace = 1
		if d.Exp <= 0 && leftdigits > -6 {
			dotplace = leftdigits
		}
	}
	var intpart, fracpart string
	switch {
	case dotplace < 0:
		intpart, fracpart = "0", strings.Repeat("0", -dotplace)+digits
	case dotplace > len(digits):
		intpart = digits + strings.Repeat("0", dotplace-len(digits))
	default:
		intpart, fracpart = digits[:dotplace], digits[dotplace:]
		if intpart == "" {
			intpart = "0"
		}
	}
	exp := leftdigits - dotplace
	if fracpart != "" || fs.alt {
		fracpart = "." + fracpart
	}
	if exp != 0 || typ == 'e' || typ == 'E' {
		mark := "e"
		if typ == 'E' || typ == 'G' {
			mark = "E"
		}
		sign := "+"
		if exp < 0 {
			sign = ""
		}
		fracpart += mark + sign + strconv.Itoa(exp)
	}
	if typ == '%' {
		fracpart += "%"
	}
	sign := fs.sign(neg)
	minWidth := 0
	if fs.zeroPad {
		minWidth = fs.width - len(fracpart) - len(sign)
	}
	intpart = group(intpart, fs.sep, minWidth)
	return fs.align(sign, intpart+fracpart), nil
}

// roundDigits rounds a finite d to n significant digits (no limits).
func roundDigits(d *Decimal, n int, mode Rounding) *Decimal {
	if d.Coef.Sign() == 0 {
		return d
	}
	drop := d.Digits() - n
	if drop < 0 {
		return &Decimal{Neg: d.Neg, Coef: new(big.Int).Mul(d.Coef, pow10(-drop)), Exp: d.Exp + drop}
	}
	if drop == 0 {
		return d
	}
	coef, _ := dropDigits(d.Coef, drop, d.Neg, mode)
	exp := d.Exp + drop
	if numDigits(coef) > n {
		coef = new(big.Int).Quo(coef, bigTen)
		exp++
	}
	return &Decimal{Neg: d.Neg, Coef: coef, Exp: exp}
}

type formatSpec struct {
	fill                    rune
	alignment               byte
	signMode                byte
	noNegZero, alt, zeroPad bool
	width, prec             int
	sep                     string
	typ                     byte
}

// ErrFormat is returned for a format spec Decimal does not accept.
var ErrFormat = errors.New("invalid format string")

func parseSpec(s string) (*formatSpec, error) {
	fs := &formatSpec{fill: ' ', prec: -1}
	r := []rune(s)
	i := 0
	isAlign := func(c rune) bool { return c == '<' || c == '>' || c == '=' || c == '^' }
	if len(r) >= 2 && isAlign(r[1]) {
		fs.fill, fs.alignment = r[0], byte(r[1])
		i = 2
	} else if len(r) >= 1 && isAlign(r[0]) {
		fs.alignment = byte(r[0])
		i = 1
	}
	if i < len(r) && (r[i] == '+' || r[i] == '-' || r[i] == ' ') {
		fs.signMode = byte(r[i])
		i++
	}
	if i < len(r) && r[i] == 'z' {
		fs.noNegZero = true
		i++
	}
	if i < len(r) && r[i] == '#' {
		fs.alt = true
		i++
	}
	if i < len(r) && r[i] == '0' {
		fs.zeroPad = true
		i++
	}
	start := i
	for i < len(r) && r[i] >= '0' && r[i] <= '9' {
		i++
	}
	if i > start {
		w, err := strconv.Atoi(string(r[start:i]))
		if err != nil {
			return nil, ErrFormat
		}
		fs.width = w
	}
	if i < len(r) && (r[i] == ',' || r[i] == '_') {
		fs.sep = string(r[i])
		i++
	}
	if i < len(r) && r[i] == '.' {
		i++
		start = i
		for i < len(r) && r[i] >= '0' && r[i] <= '9' {
			i++
		}
		if i == start {
			return nil, ErrFormat
		}
		p, err := strconv.Atoi(string(r[start:i]))
		if err != nil {
			return nil, ErrFormat
		}
		fs.prec = p
	}
	if i < len(r) {
		if i != len(r)-1 || !strings.ContainsRune("eEfFgGn%", r[i]) {
			return nil, ErrFormat
		}
		fs.typ = byte(r[i])
	}
	if fs.typ == 'n' && fs.sep != "" {
		return nil, ErrFormat
	}
	if fs.zeroPad && fs.alignment == 0 {
		fs.fill, fs.alignment = '0', '='
	}
	if fs.alignment == 0 {
		fs.alignment = '>'
	}
	return fs, nil
}

func (fs *formatSpec) sign(neg bool) string {
	switch {
	case neg:
		return "-"
	case fs.signMode == '+':
		return "+"
	case fs.signMode == ' ':
		return " "
	}
	return ""
}

func (fs *formatSpec) align(sign, body string) string {
	n := fs.width - len([]rune(sign)) - len([]rune(body))
	if n <= 0 {
		return sign + body
	}
	pad := strings.Repeat(string(fs.fill), n)
	switch fs.alignment {
	case '<':
		return sign + body + pad
	case '=':
		return sign + pad + body
	case '^':
		half := n / 2
		return strings.Repeat(string(fs.fill), half) + sign + body + strings.Repeat(string(fs.fill), n-half)
	}
	return pad + sign + body
}

// group inserts sep every three digits from the right and pads with
// zeros (and separators) to minWidth, as zero-padding with grouping does.
func group(digits, sep string, minWidth int) string {
	if sep == "" {
		if len(digits) < minWidth {
			return strings.Repeat("0", minWidth-len(digits)) + digits
		}
		return digits
	}
	var groups []string
	for {
		l := 3
		if m := max(len(digits), minWidth, 1); m < l {
			l = m
		}
		var g string
		if len(digits) >= l {
			g = digits[len(digits)-l:]
			digits = digits[:len(digits)-l]
		} else {
			g = strings.Repeat("0", l-len(digits)) + digits
			digits = ""
		}
		groups = append(groups, g)
		minWidth -= l
		if digits == "" && minWidth <= 0 {
			break
		}
		minWidth -= len(sep)
	}
	for i, j := 0, len(groups)-1; i < j; i, j = i+1, j-1 {
		groups[i], groups[j] = groups[j], groups[i]
	}
	return strings.Join(groups, sep)
}
