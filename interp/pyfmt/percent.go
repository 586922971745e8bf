package pyfmt

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/weftrun/weft/interp/pystr"
)

// printf-style formatting, str % operand, following PyUnicode_Format.
// The interpreter owns the objects, so the formatter reaches them through
// two small interfaces: PercentArgs (the right operand) and PercentConv (the
// conversions only the interpreter can do: str(), repr(), int(), float()).
// pyfmt parses the directives, consumes arguments in CPython's order (so the
// same error wins when several apply), lays out the results and produces
// CPython's messages.

// PercentArgs is the right operand of str % operand.
type PercentArgs interface {
	// Len is the number of items when the operand is a tuple, else -1: a
	// single value that is consumed by the first directive.
	Len() int
	// Item returns tuple item i; when Len() is -1 it is called with i = -1 and
	// returns the operand itself.
	Item(i int) any
	// IsMapping reports whether the operand is a mapping (CPython: supports
	// __getitem__ and is neither a tuple nor a str); %(key)s needs one, and a
	// mapping operand is never reported as "not all arguments converted".
	IsMapping() bool
	// Lookup is operand[key], with the interpreter's KeyError on failure.
	Lookup(key string) (any, error)
}

// PercentConv converts arguments as the conversions need them.
type PercentConv interface {
	Str(v any) (string, error)   // %s: str(v)
	Repr(v any) (string, error)  // %r: repr(v)
	ASCII(v any) (string, error) // %a: ascii(v)
	// Int is int(v) for %d %i %u (index false: ints, floats truncated,
	// __int__) or operator.index(v) for %o %x %X (index true).  It returns
	// nil, nil when v is of the wrong type, so that pyfmt raises CPython's
	// TypeError, and an error for failures such as int(float('inf')).
	Int(v any, index bool) (*big.Int, error)
	// Float is float(v) for %e %f %g, with the interpreter's TypeError
	// ("must be real number, not str") for other types.
	Float(v any) (float64, error)
	// Char classifies a %c argument: a str (returned as s, of any length) or
	// an int (returned as n, via __index__); neither gives "", nil, nil.
	Char(v any) (s string, n *big.Int, err error)
	// ExactInt returns v's value when v is an int (bool included, no
	// __index__ conversion): the only arguments a '*' accepts.
	ExactInt(v any) (*big.Int, bool)
	// TypeName is type(v).__name__ for error messages.
	TypeName(v any) string
}

// Directive flags.
const (
	flagLeft  = 1 << iota // '-'
	flagSign              // '+'
	flagBlank             // ' '
	flagAlt               // '#'
	flagZero              // '0'
)

// percentState walks the format string and the arguments.
type percentState struct {
	fmt    []rune
	pos    int
	args   PercentArgs
	argLen int // tuple length, or -1 for a single operand
	argIdx int // next tuple index; -2/-1 for an unconsumed/consumed single operand
	item   func(int) any
	dict   PercentArgs // the mapping operand, if any
	conv   PercentConv
}

// Percent is format % args.
func Percent(format string, args PercentArgs, conv PercentConv) (string, error) {
	st := &percentState{fmt: pystr.Runes(format), args: args, conv: conv, argLen: args.Len(), item: args.Item}
	if st.argLen >= 0 {
		st.argIdx = 0
	} else {
		st.argLen, st.argIdx = -1, -2
	}
	if args.IsMapping() && args.Len() < 0 {
		st.dict = args
	}
	var out strings.Builder
	out.Grow(len(format))
	for st.pos < len(st.fmt) {
		if st.fmt[st.pos] != '%' {
			start := st.pos
			for st.pos < len(st.fmt) && st.fmt[st.pos] != '%' {
				st.pos++
			}
			out.WriteString(pystr.FromRunes(st.fmt[start:st.pos]))
			continue
		}
		st.pos++
		if err := st.directive(&out); err != nil {
			return "", err
		}
	}
	if st.argIdx < st.argLen && st.dict == nil {
		return "", typeError("not all arguments converted during string formatting")
	}
	return out.String(), nil
}

// next returns the next positional argument.
func (st *percentState) next() (any, error) {
	if st.argIdx < st.argLen {
		i := st.argIdx
		st.argIdx++
		if st.argLen < 0 {
			return st.item(-1), nil
		}
		return st.item(i), nil
	}
	return nil, typeError("not enough arguments for format string")
}

// peek returns the rune at pos, or 0 past the end (CPython reads the
// terminating NUL there).
func (st *percentState) peek() rune {
	if st.pos < len(st.fmt) {
		return st.fmt[st.pos]
	}
	return 0
}

// directive handles one conversion; pos is just after its '%'.
func (st *percentState) directive(out *strings.Builder) error {
	if st.peek() == '%' && st.pos < len(st.fmt) {
		st.pos++
		out.WriteByte('%')
		return nil
	}
	if st.pos < len(st.fmt) && st.fmt[st.pos] == '(' {
		if st.dict == nil {
			return typeError("format requires a mapping")
		}
		st.pos++
		start, depth := st.pos, 1
		for depth > 0 && st.pos < len(st.fmt) {
			switch st.fmt[st.pos] {
			case ')':
				depth--
			case '(':
				depth++
			}
			st.pos++
		}
		if depth > 0 {
			return valueError("incomplete format key")
		}
		v, err := st.dict.Lookup(pystr.FromRunes(st.fmt[start : st.pos-1]))
		if err != nil {
			return err
		}
		st.item = func(int) any { return v }
		st.argLen, st.argIdx = -1, -2
	}
	// From here on, ch is the current rune and pos is past it (end: ch = 0).
	var ch rune
	advance := func() bool {
		if st.pos < len(st.fmt) {
			ch = st.fmt[st.pos]
			st.pos++
			return true
		}
		st.pos = len(st.fmt) + 1 // remember that the text ran out
		return false
	}
	flags := 0
	for advance() {
		switch ch {
		case '-':
			flags |= flagLeft
			continue
		case '+':
			flags |= flagSign
			continue
		case ' ':
			flags |= flagBlank
			continue
		case '#':
			flags |= flagAlt
			continue
		case '0':
			flags |= flagZero
			continue
		}
		break
	}
	width, prec := -1, -1
	if ch == '*' && st.pos <= len(st.fmt) {
		n, err := st.starArg()
		if err != nil {
			return err
		}
		if n < 0 {
			flags |= flagLeft
			n = -n
		}
		width = n
		advance()
	} else if ch >= '0' && ch <= '9' && st.pos <= len(st.fmt) {
		width = int(ch - '0')
		for advance() && ch >= '0' && ch <= '9' {
			if width > (maxWidth-int(ch-'0'))/10 {
				return valueError("width too big")
			}
			width = width*10 + int(ch-'0')
		}
	}
	if ch == '.' && st.pos <= len(st.fmt) {
		prec = 0
		advance()
		if ch == '*' && st.pos <= len(st.fmt) {
			n, err := st.starArg()
			if err != nil {
				return err
			}
			prec = max(n, 0)
			advance()
		} else if ch >= '0' && ch <= '9' && st.pos <= len(st.fmt) {
			prec = int(ch - '0')
			for advance() && ch >= '0' && ch <= '9' {
				if prec > (maxWidth-int(ch-'0'))/10 {
					return valueError("precision too big")
				}
				prec = prec*10 + int(ch-'0')
			}
		}
	}
	if st.pos <= len(st.fmt) && (ch == 'h' || ch == 'l' || ch == 'L') {
		advance()
	}
	if st.pos > len(st.fmt) {
		return valueError("incomplete format")
	}
	return st.convert(out, ch, flags, width, prec)
}

// starArg consumes the argument of a '*' width or precision.
func (st *percentState) starArg() (int, error) {
	v, err := st.next()
	if err != nil {
		return 0, err
	}
	n, ok := st.conv.ExactInt(v)
	if !ok {
		return 0, typeError("* wants int")
	}
	if !n.IsInt64() || n.Int64() > maxWidth || n.Int64() < -maxWidth {
		return 0, overflowError("Python int too large to convert to C ssize_t")
	}
	return int(n.Int64()), nil
}

// convert formats one argument for conversion ch.
func (st *percentState) convert(out *strings.Builder, ch rune, flags, width, prec int) error {
	v, err := st.next()
	if err != nil {
		return err
	}
	var text string
	numeric := false
	switch ch {
	case 's', 'r', 'a':
		switch ch {
		case 's':
			text, err = st.conv.Str(v)
		case 'r':
			text, err = st.conv.Repr(v)
		default:
			text, err = st.conv.ASCII(v)
		}
		if err != nil {
			return err
		}
		if prec >= 0 {
			text = pystr.TruncateRunes(text, prec)
		}
	case 'd', 'i', 'u', 'o', 'x', 'X':
		n, err := st.conv.Int(v, ch == 'o' || ch == 'x' || ch == 'X')
		if err != nil {
			return err
		}
		if n == nil {
			kind := "a real number"
			if ch == 'o' || ch == 'x' || ch == 'X' {
				kind = "an integer"
			}
			return typeError(fmt.Sprintf("%%%c format: %s is required, not %s", ch, kind, st.conv.TypeName(v)))
		}
		text, err = PercentInt(n, flags&flagAlt != 0, prec, ch)
		if err != nil {
			return err
		}
		numeric = true
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, err := st.conv.Float(v)
		if err != nil {
			return err
		}
		text = PercentFloat(f, flags&flagAlt != 0, prec, ch)
		numeric = true
	case 'c':
		s, n, err := st.conv.Char(v)
		if err != nil {
			return err
		}
		switch {
		case n != nil:
			if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 0x10ffff {
				return overflowError("%c arg not in range(0x110000)")
			}
			text = pystr.FromRune(rune(n.Int64()))
		case pystr.RuneLen(s) == 1:
			text = s
		default:
			return typeError("%c requires int or char")
		}
	default:
		shown := '?'
		if ch >= 31 && ch <= 126 {
			shown = ch
		}
		return valueError(fmt.Sprintf("unsupported format character '%c' (0x%x) at index %d", shown, ch, st.pos-1))
	}
	percentPad(out, text, ch, flags, width, numeric)
	return nil
}

// PercentInt converts n for %d %i %u %o %x %X without padding: sign, "0x"
// or "0o" when alt, and at least prec digits.
func PercentInt(n *big.Int, alt bool, prec int, conv rune) (string, error) {
	base, prefix := 10, ""
	switch conv {
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	digits, err := IntToString(new(big.Int).Abs(n), base)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if n.Sign() < 0 {
		b.WriteByte('-')
	}
	if alt {
		b.WriteString(prefix)
	}
	for i := len(digits); i < prec; i++ {
		b.WriteByte('0')
	}
	b.WriteString(digits)
	if conv == 'X' {
		return strings.ToUpper(b.String()), nil
	}
	return b.String(), nil
}

// PercentFloat converts f for %e %E %f %F %g %G without padding (default
// precision 6; '#' keeps the point and trailing zeros).
func PercentFloat(f float64, alt bool, prec int, conv rune) string {
	if prec < 0 {
		prec = 6
	}
	fl := floatFlags{alt: alt}
	code := byte(conv)
	if conv == 'E' || conv == 'F' || conv == 'G' {
		fl.upper = true
		code += 'a' - 'A'
	}
	return doubleToString(f, code, prec, fl)
}

// percentPad writes text padded to width per the flags, following
// unicode_format_arg_output: numbers get a sign from '+' or ' ', zero padding
// goes between the sign (and 0x prefix) and the digits, '-' pads on the right
// with spaces.
func percentPad(out *strings.Builder, text string, ch rune, flags, width int, numeric bool) {
	fill := ' '
	if numeric && flags&flagZero != 0 {
		fill = '0'
	}
	var sign string
	if numeric {
		switch {
		case strings.HasPrefix(text, "-") || strings.HasPrefix(text, "+"):
			sign, text = text[:1], text[1:]
		case flags&flagSign != 0:
			sign = "+"
		case flags&flagBlank != 0:
			sign = " "
		}
	}
	prefix := ""
	if flags&flagAlt != 0 && (ch == 'x' || ch == 'X' || ch == 'o') {
		prefix, text = text[:2], text[2:]
	}
	n := pystr.RuneLen(text) + len(sign) + len(prefix)
	padding := max(width-n, 0)
	switch {
	case flags&flagLeft != 0:
		out.WriteString(sign)
		out.WriteString(prefix)
		out.WriteString(text)
		writeFill(out, ' ', padding)
	case fill == '0':
		out.WriteString(sign)
		out.WriteString(prefix)
		writeFill(out, '0', padding)
		out.WriteString(text)
	default:
		writeFill(out, ' ', padding)
		out.WriteString(sign)
		out.WriteString(prefix)
		out.WriteString(text)
	}
}
