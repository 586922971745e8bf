package builtins

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pystr"
)

// The built-in codecs: utf-8, ascii and latin-1, the encodings that
// str.encode and bytes.decode handle without the codecs module. Their
// error handlers and messages are CPython's, position for position.

// codecName normalises an encoding name to one of the three built-in
// codecs, or returns LookupError.
func codecName(v value) (string, error) {
	if v.IsNil() {
		return "utf-8", nil
	}
	s := objects.AsStr(v)
	if s == nil {
		return "", objects.Errorf(objects.TypeErrorType, "argument 'encoding' must be str, not %s", v.Type().Name)
	}
	n := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s.S)), "_", "-")
	switch n {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8", nil
	case "ascii", "us-ascii", "646":
		return "ascii", nil
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin":
		return "latin-1", nil
	}
	return "", objects.Errorf(objects.LookupErrorType, "unknown encoding: %s", s.S)
}

func errorsName(v value) (string, error) {
	if v.IsNil() {
		return "strict", nil
	}
	s := objects.AsStr(v)
	if s == nil {
		return "", objects.Errorf(objects.TypeErrorType, "argument 'errors' must be str, not %s", v.Type().Name)
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
func encodeStr(s string, encV, errV value) ([]byte, error) {
	enc, err := codecName(encV)
	if err != nil {
		return nil, err
	}
	handler, err := errorsName(errV)
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
	bad := func(r rune) bool { return r >= limit || (enc == "utf-8" && r >= 0xd800 && r <= 0xdfff) }
	out := make([]byte, 0, len(s))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if !bad(r) {
			if enc == "utf-8" {
				out = utf8.AppendRune(out, r)
			} else {
				out = append(out, byte(r))
			}
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
				out = append(out, '?')
			}
		case "xmlcharrefreplace":
			for k := i; k < j; k++ {
				out = append(out, fmt.Sprintf("&#%d;", rs[k])...)
			}
		case "backslashreplace":
			for k := i; k < j; k++ {
				out = append(out, charEscape(rs[k])...)
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
func decodeBytes(p []byte, encV, errV value) (string, error) {
	enc, err := codecName(encV)
	if err != nil {
		return "", err
	}
	handler, err := errorsName(errV)
	if err != nil {
		return "", err
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
	s, err := decodeBytes(b, encV, errV)
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
