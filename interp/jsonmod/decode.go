package jsonmod

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/weftrun/weft/interp/objects"
)

// SyntaxError is a malformed document: CPython's message and the byte
// offset where it was found (the caller turns it into a character index).
type SyntaxError struct {
	Msg string
	Off int
}

func (e *SyntaxError) Error() string { return e.Msg }

// Decoder holds json.JSONDecoder's hooks; a nil hook is the default.
type Decoder struct {
	ObjectHook    value
	ObjectPairs   value
	ParseFloat    value
	ParseInt      value
	ParseConstant value
	Strict        bool
	MaxDepth      int // nesting deeper than this is a RecursionError
	ctx           objects.Ctx
	s             string
	depth         int
	keyMemo       map[string]value
}

// Decode parses one JSON value of s starting at byte offset off (no
// leading whitespace skipped, as JSONDecoder.raw_decode) and returns it
// with the byte offset just past it.
func (d *Decoder) Decode(ctx objects.Ctx, s string, off int) (value, int, error) {
	d.ctx, d.s, d.depth = ctx, s, 0
	d.keyMemo = map[string]value{}
	return d.value(off)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (d *Decoder) skip(i int) int {
	for i < len(d.s) && isSpace(d.s[i]) {
		i++
	}
	return i
}

func (d *Decoder) fail(msg string, off int) (value, int, error) {
	return value{}, 0, &SyntaxError{Msg: msg, Off: off}
}

func (d *Decoder) value(i int) (value, int, error) {
	s := d.s
	if i >= len(s) {
		return d.fail("Expecting value", i)
	}
	switch c := s[i]; {
	case c == '"':
		str, end, err := d.str(i + 1)
		if err != nil {
			return value{}, 0, err
		}
		return objects.StrValue(str), end, nil
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case c == 'n' && strings.HasPrefix(s[i:], "null"):
		return objects.None, i + 4, nil
	case c == 't' && strings.HasPrefix(s[i:], "true"):
		return objects.True, i + 4, nil
	case c == 'f' && strings.HasPrefix(s[i:], "false"):
		return objects.False, i + 5, nil
	case c == 'N' && strings.HasPrefix(s[i:], "NaN"):
		return d.constant("NaN", math.NaN(), i+3)
	case c == 'I' && strings.HasPrefix(s[i:], "Infinity"):
		return d.constant("Infinity", math.Inf(1), i+8)
	case c == '-' && strings.HasPrefix(s[i:], "-Infinity"):
		return d.constant("-Infinity", math.Inf(-1), i+9)
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number(i)
	}
	return d.fail("Expecting value", i)
}

func (d *Decoder) constant(name string, f float64, end int) (value, int, error) {
	if d.ParseConstant.IsNil() {
		return objects.Float(f), end, nil
	}
	v, err := objects.Call(d.ctx, d.ParseConstant, []value{objects.StrValue(name)}, nil)
	return v, end, err
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// number reads -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?; a fraction
// or exponent that is not well formed is not part of the number.
func (d *Decoder) number(i int) (value, int, error) {
	s := d.s
	start := i
	if s[i] == '-' {
		i++
		if i >= len(s) || !isDigit(s[i]) {
			return d.fail("Expecting value", start)
		}
	}
	if s[i] == '0' {
		i++
	} else {
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		isFloat = true
		i += 2
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && isDigit(s[j]) {
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			isFloat = true
			i = j
		}
	}
	text := s[start:i]
	if isFloat {
		if !d.ParseFloat.IsNil() {
			v, err := objects.Call(d.ctx, d.ParseFloat, []value{objects.StrValue(text)}, nil)
			return v, i, err
		}
		f, _ := strconv.ParseFloat(text, 64) // overflow gives ±Inf, as float()
		return objects.Float(f), i, nil
	}
	if !d.ParseInt.IsNil() {
		v, err := objects.Call(d.ctx, d.ParseInt, []value{objects.StrValue(text)}, nil)
		return v, i, err
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return objects.Int(n), i, nil
	}
	b, _ := new(big.Int).SetString(text, 10)
	return objects.BigValue(b), i, nil
}

// str reads a string body from i (after the opening quote) and returns it
// and the offset after the closing quote.
func (d *Decoder) str(i int) (string, int, error) {
	s := d.s
	begin := i - 1
	// Fast path: no escapes.
	j := i
	for j < len(s) && s[j] != '"' && s[j] != '\\' && (s[j] >= 0x20 || !d.Strict) {
		j++
	}
	if j < len(s) && s[j] == '"' {
		return s[i:j], j + 1, nil
	}
	var b strings.Builder
	b.WriteString(s[i:j])
	i = j
	for {
		if i >= len(s) {
			return "", 0, &SyntaxError{"Unterminated string starting at", begin}
		}
		c := s[i]
		switch {
		case c == '"':
			return b.String(), i + 1, nil
		case c < 0x20 && d.Strict:
			return "", 0, &SyntaxError{"Invalid control character at", i}
		case c != '\\':
			b.WriteByte(c)
			i++
			continue
		}
		if i+1 >= len(s) {
			return "", 0, &SyntaxError{"Unterminated string starting at", begin}
		}
		e := s[i+1]
		switch e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := hex4(s, i+2)
			if !ok {
				return "", 0, &SyntaxError{"Invalid \\uXXXX escape", i + 1}
			}
			i += 6
			if utf16.IsSurrogate(r) && r < 0xdc00 && i+1 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
				if r2, ok := hex4(s, i+2); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
					r = utf16.DecodeRune(r, r2)
					i += 6
				}
			}
			// A lone surrogate cannot be held in weft's UTF-8 strings;
			// it becomes U+FFFD.
			b.WriteRune(r)
			continue
		default:
			return "", 0, &SyntaxError{"Invalid \\escape", i}
		}
		i += 2
	}
}

func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for k := 0; k < 4; k++ {
		c := s[i+k]
		switch {
		case c >= '0' && c <= '9':
			r = r*16 + rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r*16 + rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r*16 + rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

func (d *Decoder) enter(what string) error {
	d.depth++
	if d.MaxDepth > 0 && d.depth > d.MaxDepth {
		return objects.Errorf(objects.RecursionErrorType, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", what)
	}
	return nil
}

func (d *Decoder) array(i int) (value, int, error) {
	if err := d.enter("array"); err != nil {
		return value{}, 0, err
	}
	defer func() { d.depth-- }()
	var items []value
	i = d.skip(i)
	if i < len(d.s) && d.s[i] == ']' {
		return objects.NewList(items).Value(), i + 1, nil
	}
	for {
		v, end, err := d.value(i)
		if err != nil {
			return value{}, 0, err
		}
		items = append(items, v)
		i = d.skip(end)
		if i < len(d.s) && d.s[i] == ']' {
			return objects.NewList(items).Value(), i + 1, nil
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return d.fail("Expecting ',' delimiter", i)
		}
		i = d.skip(i + 1)
	}
}

func (d *Decoder) object(i int) (value, int, error) {
	if err := d.enter("object"); err != nil {
		return value{}, 0, err
	}
	defer func() { d.depth-- }()
	var keys, vals []value
	i = d.skip(i)
	if i < len(d.s) && d.s[i] == '}' {
		return d.finishObject(keys, vals, i+1)
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return d.fail("Expecting property name enclosed in double quotes", i)
		}
		k, end, err := d.str(i + 1)
		if err != nil {
			return value{}, 0, err
		}
		key, ok := d.keyMemo[k]
		if !ok {
			key = objects.StrValue(k)
			d.keyMemo[k] = key
		}
		i = d.skip(end)
		if i >= len(d.s) || d.s[i] != ':' {
			return d.fail("Expecting ':' delimiter", i)
		}
		i = d.skip(i + 1)
		v, end, err := d.value(i)
		if err != nil {
			return value{}, 0, err
		}
		keys, vals = append(keys, key), append(vals, v)
		i = d.skip(end)
		if i < len(d.s) && d.s[i] == '}' {
			return d.finishObject(keys, vals, i+1)
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return d.fail("Expecting ',' delimiter", i)
		}
		i = d.skip(i + 1)
	}
}

func (d *Decoder) finishObject(keys, vals []value, end int) (value, int, error) {
	if !d.ObjectPairs.IsNil() {
		pairs := make([]value, len(keys))
		for i := range keys {
			pairs[i] = objects.NewTuple([]value{keys[i], vals[i]}).Value()
		}
		v, err := objects.Call(d.ctx, d.ObjectPairs, []value{objects.NewList(pairs).Value()}, nil)
		return v, end, err
	}
	dict := objects.NewDict()
	for i := range keys {
		if err := dict.SetItem(d.ctx, keys[i], vals[i]); err != nil {
			return value{}, 0, err
		}
	}
	if !d.ObjectHook.IsNil() {
		v, err := objects.Call(d.ctx, d.ObjectHook, []value{dict.Value()}, nil)
		return v, end, err
	}
	return dict.Value(), end, nil
}

// CharIndex converts a byte offset in s to a character index.
func CharIndex(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	return utf8.RuneCountInString(s[:off])
}

// ByteOffset converts a character index in s to a byte offset.
func ByteOffset(s string, idx int) int {
	off := 0
	for n := 0; n < idx && off < len(s); n++ {
		_, size := utf8.DecodeRuneInString(s[off:])
		off += size
	}
	return off
}
