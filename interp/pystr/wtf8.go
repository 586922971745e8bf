package pystr

import (
	"strings"
	"unicode/utf8"
)

// Python strings may hold lone surrogates (U+D800..U+DFFF, from "\ud800"
// escapes, surrogateescape decoding or chr(0xd800)); UTF-8 cannot.  weft
// stores them WTF-8 style, as the three bytes a surrogate would encode to
// (ED A0..BF 80..BF), which Go's decoder rejects byte by byte and its encoder
// replaces with U+FFFD.  Every function of this package therefore decodes
// and encodes through DecodeRune and AppendRune, never `range` or
// WriteRune, so a surrogate survives as one code point.

// DecodeRune decodes the first code point of s, surrogates included, and
// returns it with its length in bytes.  An invalid byte (which weft never
// produces) decodes as U+FFFD of length 1, like utf8.DecodeRuneInString.
func DecodeRune(s string) (rune, int) {
	if s == "" {
		return utf8.RuneError, 0
	}
	c := s[0]
	if c < 0x80 {
		return rune(c), 1
	}
	if c == 0xED && len(s) >= 3 && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// DecodeLastRune is DecodeRune for the last code point of s.
func DecodeLastRune(s string) (rune, int) {
	n := len(s)
	if n >= 3 && s[n-3] == 0xED && s[n-2] >= 0xA0 && s[n-2] <= 0xBF && s[n-1] >= 0x80 && s[n-1] <= 0xBF {
		return DecodeRune(s[n-3:])
	}
	return utf8.DecodeLastRuneInString(s)
}

// AppendRune appends the encoding of r, WTF-8 for a surrogate.
func AppendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// writeRune is AppendRune for a strings.Builder.
func writeRune(b *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		b.WriteByte(0xED)
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}

// Runes is []rune(s) with surrogates decoded.
func Runes(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

// FromRunes is string(r) with surrogates encoded WTF-8 style.
func FromRunes(r []rune) string {
	b := make([]byte, 0, len(r))
	for _, c := range r {
		b = AppendRune(b, c)
	}
	return string(b)
}

// FromRune is string(r) with a surrogate encoded WTF-8 style.
func FromRune(r rune) string { return string(AppendRune(nil, r)) }
