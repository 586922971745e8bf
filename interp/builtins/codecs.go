package builtins

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pystr"
)

// The built-in codecs: utf-8, ascii, latin-1 and the UTF-16/UTF-32
// family, the encodings that str.encode and bytes.decode handle without
// the codecs module. Their error handlers and messages are CPython's,
// position for position. The BOM-less "utf-16"/"utf-32" write a BOM and
// little-endian units, as CPython does on every little-endian machine.

// codecName normalises an encoding name to one of the three built-in
// codecs, or returns LookupError.
func codecName(fname string, v value) (string, error) {
	if v.IsNil() {
		return "utf-8", nil
	}
	s := objects.AsStr(v)
	if s == nil {
		return "", objects.Errorf(objects.TypeErrorType, "%s() argument 'encoding' must be str, not %s", fname, v.Type().Name)
	}
	n := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s.S)), "_", "-")
	switch n {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8", nil
	case "ascii", "us-ascii", "646":
		return "ascii", nil
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin":
		return "latin-1", nil
	case "utf-16", "utf16", "u16":
		return "utf-16", nil
	case "utf-16-le", "utf-16le":
		return "utf-16-le", nil
	case "utf-16-be", "utf-16be":
		return "utf-16-be", nil
	case "utf-32", "utf32", "u32":
		return "utf-32", nil
	case "utf-32-le", "utf-32le":
		return "utf-32-le", nil
	case "utf-32-be", "utf-32be":
		return "utf-32-be", nil
	}
	return "", objects.Errorf(objects.LookupErrorType, "unknown encoding: %s", s.S)
}

func errorsName(fname string, v value) (string, error) {
	if v.IsNil() {
		return "strict", nil
	}
	s := objects.AsStr(v)
	if s == nil {
		return "", objects.Errorf(objects.TypeErrorType, "%s() argument 'errors' must be str, not %s", fname, v.Type().Name)
	}
	return s.S, nil
}

func unknownHandler(name string) error {
	return objects.Errorf(objects.LookupErrorType, "unknown error handler name '%s'", name)
}

// charEscape is how UnicodeEncodeError names a character: \xhh, \uhhhh or
// \Uhhhhhhhh.
func charEscape(r rune) string {
	switch {
	case r <= 0xff:
		return fmt.Sprintf("\\x%02x", r)
	case r <= 0xffff:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}

// encodeStr is str.encode(encoding, errors).
func encodeStr(fname, s string, encV, errV value) ([]byte, error) {
	enc, err := codecName(fname, encV)
	if err != nil {
		return nil, err
	}
	handler, err := errorsName(fname, errV)
	if err != nil {
		return nil, err
	}
	rs := pystr.Runes(s)
	limit := rune(0x110000)
	reason := "surrogates not allowed"
	switch enc {
	case "ascii":
		limit, reason = 0x80, "ordinal not in range(128)"
	case "latin-1":
		limit, reason = 0x100, "ordinal not in range(256)"
	}
	unicode := enc != "ascii" && enc != "latin-1"
	bad := func(r rune) bool { return r >= limit || (unicode && r >= 0xd800 && r <= 0xdfff) }
	out := make([]byte, 0, len(s))
	put := unitWriter(enc)
	if enc == "utf-16" || enc == "utf-32" {
		out = put(out, 0xfeff)
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if !bad(r) {
			out = put(out, r)
			continue
		}
		j := i + 1
		for j < len(rs) && bad(rs[j]) {
			j++
		}
		switch handler {
		case "strict":
			if j-i == 1 {
				return nil, objects.Errorf(objects.UnicodeEncodeErrorType, "'%s' codec can't encode character '%s' in position %d: %s", enc, charEscape(r), i, reason)
			}
			return nil, objects.Errorf(objects.UnicodeEncodeErrorType, "'%s' codec can't encode characters in position %d-%d: %s", enc, i, j-1, reason)
		case "ignore":
		case "replace":
			for k := i; k < j; k++ {
				out = put(out, '?')
			}
		case "xmlcharrefreplace":
			for k := i; k < j; k++ {
				for _, ch := range fmt.Sprintf("&#%d;", rs[k]) {
					out = put(out, ch)
				}
			}
		case "backslashreplace":
			for k := i; k < j; k++ {
				for _, ch := range charEscape(rs[k]) {
					out = put(out, ch)
				}
			}
		case "surrogateescape":
			for k := i; k < j; k++ {
				if rs[k] < 0xdc80 || rs[k] > 0xdcff {
					return nil, objects.Errorf(objects.UnicodeEncodeErrorType, "'%s' codec can't encode character '%s' in position %d: %s", enc, charEscape(rs[k]), k, reason)
				}
				out = append(out, byte(rs[k]-0xdc00))
			}
		default:
			return nil, unknownHandler(handler)
		}
		i = j - 1
	}
	return out, nil
}

// unitWriter returns the function that appends one code point in enc.
func unitWriter(enc string) func([]byte, rune) []byte {
	switch enc {
	case "utf-8":
		return utf8.AppendRune
	case "utf-16", "utf-16-le", "utf-16-be":
		big := enc == "utf-16-be"
		unit := func(b []byte, u uint16) []byte {
			if big {
				return append(b, byte(u>>8), byte(u))
			}
			return append(b, byte(u), byte(u>>8))
		}
		return func(b []byte, r rune) []byte {
			if r >= 0x10000 {
				r -= 0x10000
				b = unit(b, uint16(0xd800+(r>>10)))
				return unit(b, uint16(0xdc00+(r&0x3ff)))
			}
			return unit(b, uint16(r))
		}
	case "utf-32", "utf-32-le", "utf-32-be":
		big := enc == "utf-32-be"
		return func(b []byte, r rune) []byte {
			if big {
				return append(b, byte(r>>24), byte(r>>16), byte(r>>8), byte(r))
			}
			return append(b, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
		}
	}
	return func(b []byte, r rune) []byte { return append(b, byte(r)) }
}

// decodeWide decodes the UTF-16 and UTF-32 family. A leading BOM picks
// the byte order for "utf-16"/"utf-32" (little-endian without one).
func decodeWide(p []byte, enc, handler string) (string, error) {
	size := 2
	if strings.HasPrefix(enc, "utf-32") {
		size = 4
	}
	bigEndian := strings.HasSuffix(enc, "-be")
	start := 0
	if enc == "utf-16" && len(p) >= 2 {
		switch {
		case p[0] == 0xff && p[1] == 0xfe:
			start = 2
		case p[0] == 0xfe && p[1] == 0xff:
			start, bigEndian = 2, true
		}
	}
	if enc == "utf-32" && len(p) >= 4 {
		switch {
		case p[0] == 0xff && p[1] == 0xfe && p[2] == 0 && p[3] == 0:
			start = 4
		case p[0] == 0 && p[1] == 0 && p[2] == 0xfe && p[3] == 0xff:
			start, bigEndian = 4, true
		}
	}
	unit := func(i int) uint32 {
		var u uint32
		for k := 0; k < size; k++ {
			if bigEndian {
				u = u<<8 | uint32(p[i+k])
			} else {
				u |= uint32(p[i+k]) << (8 * k)
			}
		}
		return u
	}
	var b strings.Builder
	fail := func(i, n int, reason string) error {
		switch handler {
		case "strict":
			if n == 1 {
				return objects.Errorf(objects.UnicodeDecodeErrorType, "'%s' codec can't decode byte 0x%02x in position %d: %s", enc, p[i], i, reason)
			}
			return objects.Errorf(objects.UnicodeDecodeErrorType, "'%s' codec can't decode bytes in position %d-%d: %s", enc, i, i+n-1, reason)
		case "ignore":
		case "replace":
			b.WriteRune(utf8.RuneError)
		default:
			return unknownHandler(handler)
		}
		return nil
	}
	i := start
	for i < len(p) {
		if i+size > len(p) {
			if err := fail(i, len(p)-i, "truncated data"); err != nil {
				return "", err
			}
			break
		}
		u := unit(i)
		switch {
		case size == 4 && (u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff)):
			reason := "code point not in range(0x110000)"
			if u <= 0x10ffff {
				reason = "code point in surrogate code point range(0xd800, 0xe000)"
			}
			if err := fail(i, 4, reason); err != nil {
				return "", err
			}
		case size == 2 && u >= 0xd800 && u <= 0xdbff:
			if i+4 > len(p) {
				if err := fail(i, len(p)-i, "unexpected end of data"); err != nil {
					return "", err
				}
				i = len(p)
				continue
			}
			lo := unit(i + 2)
			if lo < 0xdc00 || lo > 0xdfff {
				if err := fail(i, 2, "illegal UTF-16 surrogate"); err != nil {
					return "", err
				}
				break
			}
			b.WriteRune(rune(0x10000 + (u-0xd800)<<10 + (lo - 0xdc00)))
			i += 4
			continue
		case size == 2 && u >= 0xdc00 && u <= 0xdfff:
			if err := fail(i, 2, "illegal encoding"); err != nil {
				return "", err
			}
		default:
			b.WriteRune(rune(u))
		}
		i += size
	}
	return b.String(), nil
}

// utf8Invalid measures the invalid sequence at p[0] the way CPython's
// decoder does: it returns how many bytes form the maximal invalid prefix
// and the reason.
func utf8Invalid(p []byte) (int, string) {
	c := p[0]
	var need int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c >= 0xe0 && c <= 0xef:
		need = 2
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		need = 3
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(p) {
			return len(p), "unexpected end of data"
		}
		b := p[k]
		if k > 1 {
			lo, hi = 0x80, 0xbf
		}
		if b < lo || b > hi {
			return k, "invalid continuation byte"
		}
	}
	return 0, ""
}

// decodeBytes is bytes.decode(encoding, errors).
func decodeBytes(fname string, p []byte, encV, errV value) (string, error) {
	enc, err := codecName(fname, encV)
	if err != nil {
		return "", err
	}
	handler, err := errorsName(fname, errV)
	if err != nil {
		return "", err
	}
	if strings.HasPrefix(enc, "utf-16") || strings.HasPrefix(enc, "utf-32") {
		return decodeWide(p, enc, handler)
	}
	var b strings.Builder
	b.Grow(len(p))
	for i := 0; i < len(p); {
		c := p[i]
		var n int
		var reason string
		switch {
		case c < 0x80:
			b.WriteByte(c)
			i++
			continue
		case enc == "latin-1":
			b.WriteRune(rune(c))
			i++
			continue
		case enc == "ascii":
			n, reason = 1, "ordinal not in range(128)"
		default:
			if n, reason = utf8Invalid(p[i:]); n == 0 {
				_, size := utf8.DecodeRune(p[i:])
				b.Write(p[i : i+size])
				i += size
				continue
			}
		}
		switch handler {
		case "strict":
			if n == 1 {
				return "", objects.Errorf(objects.UnicodeDecodeErrorType, "'%s' codec can't decode byte 0x%02x in position %d: %s", enc, p[i], i, reason)
			}
			return "", objects.Errorf(objects.UnicodeDecodeErrorType, "'%s' codec can't decode bytes in position %d-%d: %s", enc, i, i+n-1, reason)
		case "ignore":
		case "replace":
			b.WriteRune(utf8.RuneError)
		case "backslashreplace":
			for k := i; k < i+n; k++ {
				fmt.Fprintf(&b, "\\x%02x", p[k])
			}
		case "surrogateescape":
			for k := i; k < i+n; k++ {
				b.Write(pystr.AppendRune(nil, 0xdc00+rune(p[k])))
			}
		default:
			return "", unknownHandler(handler)
		}
		i += n
	}
	return b.String(), nil
}

// decodeToStr is str(obj, encoding, errors): obj must be bytes-like.
func decodeToStr(v, encV, errV value) (value, error) {
	b, ok := objects.BytesLike(v)
	if !ok {
		if objects.AsStr(v) != nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "decoding str is not supported")
		}
		return value{}, objects.Errorf(objects.TypeErrorType, "decoding to str: need a bytes-like object, %s found", v.Type().Name)
	}
	s, err := decodeBytes("str", b, encV, errV)
	if err != nil {
		return value{}, err
	}
	return objects.StrValue(s), nil
}

// ordBytes is ord() of a bytes or bytearray of length 1.
func ordBytes(b []byte) (value, error) {
	if len(b) != 1 {
		return value{}, objects.Errorf(objects.TypeErrorType, "ord() expected a character, but string of length %d found", len(b))
	}
	return objects.Int(int64(b[0])), nil
}
