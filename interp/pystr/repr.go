package pystr

import (
	"strings"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// Repr returns repr(s) exactly as CPython writes it: single quotes unless s
// contains a single quote and no double quote; \\, \t, \n, \r and the chosen
// quote escaped; other non-printable runes (IsPrintableRune) as \xhh, \uhhhh
// or \Uhhhhhhhh, the shortest form that fits.
func Repr(s string) string { return quoteString(s, false) }

// ASCII returns ascii(s): Repr with every non-ASCII rune escaped as well.
func ASCII(s string) string { return quoteString(s, true) }

func quoteString(s string, asciiOnly bool) string {
	if plainASCII(s) {
		return "'" + s + "'"
	}
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		i += n
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteByte(byte(r))
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x80 && r >= 0x20 && r < 0x7f:
			b.WriteByte(byte(r))
		case r >= 0x80 && !asciiOnly && IsPrintableRune(r):
			writeRune(&b, r)
		default:
			writeEscape(&b, r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// plainASCII reports whether s is printable ASCII without quotes or
// backslashes, which repr() only wraps in single quotes.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == '\'' || c == '\\' {
			return false
		}
	}
	return true
}

// writeEscape writes the shortest of \xhh, \uhhhh and \Uhhhhhhhh for r.
func writeEscape(b *strings.Builder, r rune) {
	var digits int
	switch {
	case r < 0x100:
		b.WriteString(`\x`)
		digits = 2
	case r < 0x10000:
		b.WriteString(`\u`)
		digits = 4
	default:
		b.WriteString(`\U`)
		digits = 8
	}
	for shift := (digits - 1) * 4; shift >= 0; shift -= 4 {
		b.WriteByte(hexDigits[(r>>uint(shift))&0xf])
	}
}

// BytesRepr returns repr(bytes(p)): b'...' with the same quote rule as Repr,
// and every byte outside printable ASCII escaped as \xhh.
func BytesRepr(p []byte) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range p {
		hasSingle = hasSingle || c == '\''
		hasDouble = hasDouble || c == '"'
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	b := make([]byte, 0, len(p)+3)
	b = append(b, 'b', quote)
	for _, c := range p {
		switch {
		case c == quote || c == '\\':
			b = append(b, '\\', c)
		case c == '\t':
			b = append(b, '\\', 't')
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c < 0x20 || c >= 0x7f:
			b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&0xf])
		default:
			b = append(b, c)
		}
	}
	return string(append(b, quote))
}

// RuneLen returns len(s) as Python counts it: the number of code points.
func RuneLen(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			if strings.IndexByte(s[i:], 0xED) < 0 {
				return i + utf8.RuneCountInString(s[i:])
			}
			n := i
			for i < len(s) {
				_, size := DecodeRune(s[i:])
				i += size
				n++
			}
			return n
		}
	}
	return len(s)
}

// TruncateRunes returns the first n code points of s (all of s if shorter).
// CPython's "%.200R" in error messages truncates this way.
func TruncateRunes(s string, n int) string {
	for i := 0; i < len(s); {
		if n == 0 {
			return s[:i]
		}
		_, size := DecodeRune(s[i:])
		i += size
		n--
	}
	return s
}

// EscapeNonASCII returns s with every non-ASCII rune written as \xhh, \uhhhh
// or \Uhhhhhhhh and everything else unchanged. ascii(x) is this applied to
// repr(x): the repr already escaped quotes, backslashes and control
// characters, so escaping them again would double the backslashes.
func EscapeNonASCII(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := DecodeRune(s[i:])
		i += n
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			writeEscape(&b, r)
		}
	}
	return b.String()
}
