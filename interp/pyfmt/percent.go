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

// PercentSmallInt is an optional extension of PercentConv: an interpreter
// with inline small ints implements it so that %d, %x, ... of such a value
// skip the big.Int.  SmallInt reports ok=false for anything else (which
// then goes through Int).
type PercentSmallInt interface {
	SmallInt(v any) (n int64, ok bool)
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
	argLen int // tuple length, or -1 for a single operand
	argIdx int // next tuple index; -2/-1 for an unconsumed/consumed single operand
	item   func(int) any
	dict   PercentArgs // the mapping operand, if any
	conv   PercentConv
	bytes  BytesPercentConv // non-nil when formatting bytes
}

// BytesPercentConv adds what bytes % operand needs: %s and %b take the
// bytes of an object (bytes, bytearray, buffer or __bytes__), with the
// interpreter's TypeError otherwise ("%b requires a bytes-like object, or
// an object that implements __bytes__, not 'int'").  %r and %a are both
// ascii().
type BytesPercentConv interface {
	PercentConv
	Bytes(v any) ([]byte, error)
	// ByteChar classifies a %c argument: bytes or bytearray content (of any
	// length) as p, or an int as n; neither gives nil, nil, nil.
	ByteChar(v any) (p []byte, n *big.Int, err error)
}

// PercentBytes is format % args for bytes and bytearray; the format's bytes
// are its characters, the mapping keys handed to Lookup are raw bytes in a
// Go string.
func PercentBytes(format []byte, args PercentArgs, conv BytesPercentConv) ([]byte, error) {
	runes := make([]rune, len(format))
	for i, c := range format {
		runes[i] = rune(c)
	}
	st := newPercentState(runes, args, conv)
	st.bytes = conv
	return st.run()
}

func newPercentState(format []rune, args PercentArgs, conv PercentConv) *percentState {
	st := &percentState{fmt: format, conv: conv, argLen: args.Len(), item: args.Item}
	if st.argLen >= 0 {
		st.argIdx = 0
	} else {
		st.argLen, st.argIdx = -1, -2
	}
	if args.IsMapping() && args.Len() < 0 {
		st.dict = args
	}
	return st
}

// text turns format runes back into text: UTF-8 (WTF-8) for str, one byte
// per rune for bytes.
func (st *percentState) text(r []rune) string {
	if st.bytes == nil {
		return pystr.FromRunes(r)
	}
	b := make([]byte, len(r))
	for i, c := range r {
		b[i] = byte(c)
	}
	return string(b)
}

// length is len() of a conversion result: code points for str, bytes for bytes.
func (st *percentState) length(s string) int {
	if st.bytes == nil {
		return pystr.RuneLen(s)
	}
	return len(s)
}

// run formats the whole string.
func (st *percentState) run() ([]byte, error) {
	out := make([]byte, 0, len(st.fmt)+16)
	for st.pos < len(st.fmt) {
		if st.fmt[st.pos] != '%' {
			start := st.pos
			for st.pos < len(st.fmt) && st.fmt[st.pos] != '%' {
				st.pos++
			}
			out = append(out, st.text(st.fmt[start:st.pos])...)
			continue
		}
		st.pos++
		var err error
		if out, err = st.directive(out); err != nil {
			return nil, err
		}
	}
	if st.argIdx < st.argLen && st.dict == nil {
		if st.bytes != nil {
			return nil, typeError("not all arguments converted during bytes formatting")
		}
		return nil, typeError("not all arguments converted during string formatting")
	}
	return out, nil
}

// Percent is format % args for str.
func Percent(format string, args PercentArgs, conv PercentConv) (string, error) {
	out, err := newPercentState(pystr.Runes(format), args, conv).run()
	return string(out), err
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
func (st *percentState) directive(out []byte) ([]byte, error) {
	if st.peek() == '%' && st.pos < len(st.fmt) {
		st.pos++
		return append(out, '%'), nil
	}
	if st.pos < len(st.fmt) && st.fmt[st.pos] == '(' {
		if st.dict == nil {
			return nil, typeError("format requires a mapping")
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
			return nil, valueError("incomplete format key")
		}
		v, err := st.dict.Lookup(st.text(st.fmt[start : st.pos-1]))
		if err != nil {
			return nil, err
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
			return nil, err
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
				return nil, valueError("width too big")
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
				return nil, err
			}
			prec = max(n, 0)
			advance()
		} else if ch >= '0' && ch <= '9' && st.pos <= len(st.fmt) {
			prec = int(ch - '0')
			for advance() && ch >= '0' && ch <= '9' {
				if prec > (maxWidth-int(ch-'0'))/10 {
					return nil, valueError("precision too big")
				}
				prec = prec*10 + int(ch-'0')
			}
		}
	}
	if st.pos <= len(st.fmt) && (ch == 'h' || ch == 'l' || ch == 'L') {
		advance()
	}
	if st.pos > len(st.fmt) {
		return nil, valueError("incomplete format")
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
func (st *percentState) convert(out []byte, ch rune, flags, width, prec int) ([]byte, error) {
	v, err := st.next()
	if err != nil {
		return nil, err
	}
	var text string
	numeric := false
	switch ch {
	case 's', 'r', 'a', 'b':
		switch {
		case st.bytes != nil && (ch == 's' || ch == 'b'):
			var p []byte
			p, err = st.bytes.Bytes(v)
			text = string(p)
		case st.bytes != nil && (ch == 'r' || ch == 'a'):
			text, err = st.conv.ASCII(v)
		case ch == 's':
			text, err = st.conv.Str(v)
		case ch == 'r':
			text, err = st.conv.Repr(v)
		case ch == 'a':
			text, err = st.conv.ASCII(v)
		default:
			return nil, st.unsupported(ch)
		}
		if err != nil {
			return nil, err
		}
		if prec >= 0 && st.bytes == nil {
			text = pystr.TruncateRunes(text, prec)
		} else if prec >= 0 && len(text) > prec {
			text = text[:prec]
		}
	case 'd', 'i', 'u', 'o', 'x', 'X':
		if fast, ok := st.conv.(PercentSmallInt); ok {
			if n, ok := fast.SmallInt(v); ok {
				text = percentInt(intValue{small: n}, flags&flagAlt != 0, prec, ch)
				numeric = true
				break
			}
		}
		n, err := st.conv.Int(v, ch == 'o' || ch == 'x' || ch == 'X')
		if err != nil {
			return nil, err
		}
		if n == nil {
			kind := "a real number"
			if ch == 'o' || ch == 'x' || ch == 'X' {
				kind = "an integer"
			}
			return nil, typeError(fmt.Sprintf("%%%c format: %s is required, not %s", ch, kind, st.conv.TypeName(v)))
		}
		text, err = PercentInt(n, flags&flagAlt != 0, prec, ch)
		if err != nil {
			return nil, err
		}
		numeric = true
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, err := st.conv.Float(v)
		if err != nil {
			return nil, err
		}
		text = PercentFloat(f, flags&flagAlt != 0, prec, ch)
		numeric = true
	case 'c':
		if text, err = st.char(v); err != nil {
			return nil, err
		}
	default:
		return nil, st.unsupported(ch)
	}
	return st.pad(out, text, ch, flags, width, numeric), nil
}

func (st *percentState) unsupported(ch rune) error {
	shown := '?'
	if ch >= 31 && ch <= 126 {
		shown = ch
	}
	if st.bytes != nil {
		// CPython formats the byte as a C char: any ASCII byte is shown
		// as is, and a byte >= 0x80 is a negative char that makes the
		// message itself fail.
		if ch >= 0x80 {
			return overflowError("character argument not in range(0x110000)")
		}
		shown = ch
	}
	return valueError(fmt.Sprintf("unsupported format character '%c' (0x%x) at index %d", shown, ch, st.pos-1))
}

// char converts a %c argument: a one-character str (one byte for bytes) or
// an int in range.
func (st *percentState) char(v any) (string, error) {
	if st.bytes != nil {
		p, n, err := st.bytes.ByteChar(v)
		if err != nil {
			return "", err
		}
		switch {
		case n != nil:
			if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
				return "", overflowError("%c arg not in range(256)")
			}
			return string([]byte{byte(n.Int64())}), nil
		case len(p) == 1:
			return string(p), nil
		}
		return "", typeError("%c requires an integer in range(256) or a single byte")
	}
	s, n, err := st.conv.Char(v)
	if err != nil {
		return "", err
	}
	switch {
	case n != nil:
		if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 0x10ffff {
			return "", overflowError("%c arg not in range(0x110000)")
		}
		return pystr.FromRune(rune(n.Int64())), nil
	case pystr.RuneLen(s) == 1:
		return s, nil
	}
	return "", typeError("%c requires int or char")
}

// PercentInt converts n for %d %i %u %o %x %X without padding: sign, "0x"
// or "0o" when alt, and at least prec digits.
func PercentInt(n *big.Int, alt bool, prec int, conv rune) (string, error) {
	if n.IsInt64() {
		return percentInt(intValue{small: n.Int64()}, alt, prec, conv), nil
	}
	base := 10
	switch conv {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	digits, err := IntToString(new(big.Int).Abs(n), base)
	if err != nil {
		return "", err
	}
	return percentDigits(n.Sign() < 0, digits, alt, prec, conv), nil
}

// percentInt is PercentInt for a small value (no digit limit applies).
func percentInt(v intValue, alt bool, prec int, conv rune) string {
	base := 10
	switch conv {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	digits, _ := v.absDigits(base)
	return percentDigits(v.negative(), digits, alt, prec, conv)
}

// percentDigits assembles sign, prefix, zero padding to prec and digits.
func percentDigits(negative bool, digits string, alt bool, prec int, conv rune) string {
	prefix := ""
	switch conv {
	case 'o':
		prefix = "0o"
	case 'x', 'X':
		prefix = "0x"
	}
	var b strings.Builder
	if negative {
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
		return strings.ToUpper(b.String())
	}
	return b.String()
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

// pad appends text padded to width per the flags, following
// unicode_format_arg_output: numbers get a sign from '+' or ' ', zero padding
// goes between the sign (and 0x prefix) and the digits, '-' pads on the right
// with spaces.
func (st *percentState) pad(out []byte, text string, ch rune, flags, width int, numeric bool) []byte {
	zeroFill := numeric && flags&flagZero != 0
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
	padding := max(width-(st.length(text)+len(sign)+len(prefix)), 0)
	spaces := func(n int) {
		for ; n > 0; n-- {
			out = append(out, ' ')
		}
	}
	switch {
	case flags&flagLeft != 0:
		out = append(append(append(out, sign...), prefix...), text...)
		spaces(padding)
	case zeroFill:
		out = append(append(out, sign...), prefix...)
		for ; padding > 0; padding-- {
			out = append(out, '0')
		}
		out = append(out, text...)
	default:
		spaces(padding)
		out = append(append(append(out, sign...), prefix...), text...)
	}
	return out
}
