// Package jsonmod is the Go half of weft's json module (interp/lib/json.py
// is the Python surface): an encoder and a decoder that build and read
// Python objects directly, so json.dumps and json.loads of ordinary data
// never run Python bytecode per item.
//
// Output matches CPython's json byte for byte: separators and indentation
// as json.encoder lays them out, float repr from interp/pyfmt (the
// shortest repr that round-trips, as float.__repr__), NaN/Infinity
// spellings, \uXXXX escapes with surrogate pairs under ensure_ascii, and
// CPython's error messages and positions for malformed documents.
//
// Python callbacks (default=, object_hook=, parse_float=...) are called
// from Go with objects.Call: they are rare and short, and a callback that
// blocks only pins its virtual thread (see docs/stackless.md).
package jsonmod

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pyfmt"
)

type value = objects.Value

// Encoder holds json.JSONEncoder's options for one encode call.
type Encoder struct {
	Indent        *string // nil: compact (one line)
	ItemSep       string
	KeySep        string
	SortKeys      bool
	SkipKeys      bool
	EnsureASCII   bool
	AllowNaN      bool
	CheckCircular bool
	Default       value // callable or nil: TypeError for unknown objects
	MaxDepth      int   // nesting deeper than this is a RecursionError (0: no limit)

	ctx     objects.Ctx
	b       strings.Builder
	depth   int // indentation level
	nest    int // Go recursion depth (containers and default() results)
	markers map[uintptr]bool
}

func typeErr(format string, a ...any) error {
	return objects.Errorf(objects.TypeErrorType, format, a...)
}

// Encode returns the JSON text of v.
func (e *Encoder) Encode(ctx objects.Ctx, v value) (string, error) {
	e.ctx = ctx
	e.b.Reset()
	if e.CheckCircular {
		e.markers = map[uintptr]bool{}
	}
	if err := e.value(v); err != nil {
		return "", err
	}
	return e.b.String(), nil
}

// FloatText is float.__repr__ with JSON's spellings of the non-finite
// values, or an error when allowNaN is false.
func FloatText(f float64, allowNaN bool) (string, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if !allowNaN {
			return "", objects.Errorf(objects.ValueErrorType, "Out of range float values are not JSON compliant")
		}
		switch {
		case math.IsNaN(f):
			return "NaN", nil
		case f > 0:
			return "Infinity", nil
		}
		return "-Infinity", nil
	}
	return pyfmt.FloatRepr(f), nil
}

func (e *Encoder) newline() {
	if e.Indent == nil {
		return
	}
	e.b.WriteByte('\n')
	for i := 0; i < e.depth; i++ {
		e.b.WriteString(*e.Indent)
	}
}

// enter marks a container as being encoded (check_circular).
func (e *Encoder) enter(v value) error {
	if e.markers == nil {
		return nil
	}
	p := uintptr(v.Ptr())
	if e.markers[p] {
		return objects.Errorf(objects.ValueErrorType, "Circular reference detected")
	}
	e.markers[p] = true
	return nil
}

func (e *Encoder) leave(v value) {
	if e.markers != nil {
		delete(e.markers, uintptr(v.Ptr()))
	}
}

func (e *Encoder) value(v value) error {
	e.nest++
	defer func() { e.nest-- }()
	if e.MaxDepth > 0 && e.nest > e.MaxDepth {
		return objects.Errorf(objects.RecursionErrorType, "maximum recursion depth exceeded while encoding a JSON object")
	}
	switch {
	case v.IsNone():
		e.b.WriteString("null")
		return nil
	case v.IsBool():
		if v == objects.True {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
		return nil
	}
	if s := objects.AsStr(v); s != nil {
		WriteString(&e.b, s.S, e.EnsureASCII)
		return nil
	}
	if objects.IsInt(v) {
		e.b.WriteString(objects.ToBig(v).String())
		return nil
	}
	if f, ok, _ := objects.ToFloat(v); ok && v.Type().Layout == objects.FloatType {
		t, err := FloatText(f, e.AllowNaN)
		if err != nil {
			return err
		}
		e.b.WriteString(t)
		return nil
	}
	if l := objects.AsList(v); l != nil {
		return e.array(v, l.Snapshot())
	}
	if t := objects.AsTuple(v); t != nil {
		return e.array(v, t.Items)
	}
	if d := objects.AsDict(v); d != nil {
		return e.object(v, d)
	}
	if e.Default.IsNil() {
		return typeErr("Object of type %s is not JSON serializable", v.Type().Name)
	}
	if err := e.enter(v); err != nil {
		return err
	}
	r, err := objects.Call(e.ctx, e.Default, []value{v}, nil)
	if err != nil {
		return err
	}
	if err := e.value(r); err != nil {
		return err
	}
	e.leave(v)
	return nil
}

func (e *Encoder) array(v value, items []value) error {
	if len(items) == 0 {
		e.b.WriteString("[]")
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	e.b.WriteByte('[')
	e.depth++
	for i, it := range items {
		if i > 0 {
			e.b.WriteString(e.ItemSep)
		}
		e.newline()
		if err := e.value(it); err != nil {
			return err
		}
	}
	e.depth--
	e.newline()
	e.b.WriteByte(']')
	e.leave(v)
	return nil
}

// keyText converts a dict key as json.encoder does; ok is false for a key
// to skip (skipkeys).
func (e *Encoder) keyText(k value) (string, bool, error) {
	switch {
	case objects.AsStr(k) != nil:
		return objects.AsStr(k).S, true, nil
	case k.IsNone():
		return "null", true, nil
	case k.IsBool():
		if k == objects.True {
			return "true", true, nil
		}
		return "false", true, nil
	case objects.IsInt(k):
		return objects.ToBig(k).String(), true, nil
	}
	if f, ok, _ := objects.ToFloat(k); ok && k.Type().Layout == objects.FloatType {
		t, err := FloatText(f, e.AllowNaN)
		return t, err == nil, err
	}
	if e.SkipKeys {
		return "", false, nil
	}
	return "", false, typeErr("keys must be str, int, float, bool or None, not %s", k.Type().Name)
}

func (e *Encoder) object(v value, d *objects.Dict) error {
	keys, vals := d.Items()
	if len(keys) == 0 {
		e.b.WriteString("{}")
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	if e.SortKeys {
		if err := sortItems(keys, vals); err != nil {
			return err
		}
	}
	e.b.WriteByte('{')
	e.depth++
	first := true
	for i, k := range keys {
		text, ok, err := e.keyText(k)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.b.WriteString(e.ItemSep)
		}
		first = false
		e.newline()
		WriteString(&e.b, text, e.EnsureASCII)
		e.b.WriteString(e.KeySep)
		if err := e.value(vals[i]); err != nil {
			return err
		}
	}
	e.depth--
	e.newline()
	e.b.WriteByte('}')
	e.leave(v)
	return nil
}

// sortItems sorts a dict's items by key as sorted(d.items()) does for the
// key types JSON accepts: all str keys, or all numbers. Any other mix is
// the TypeError sorted() would raise.
func sortItems(keys, vals []value) error {
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	allStr, allNum := true, true
	for _, k := range keys {
		if objects.AsStr(k) == nil {
			allStr = false
		}
		if _, ok, _ := objects.ToFloat(k); !ok {
			allNum = false
		}
	}
	switch {
	case allStr:
		sort.SliceStable(idx, func(a, b int) bool { return objects.AsStr(keys[idx[a]]).S < objects.AsStr(keys[idx[b]]).S })
	case allNum:
		sort.SliceStable(idx, func(a, b int) bool {
			x, _, _ := objects.ToFloat(keys[idx[a]])
			y, _, _ := objects.ToFloat(keys[idx[b]])
			return x < y
		})
	default:
		a, b := keys[0], keys[0]
		for _, k := range keys[1:] {
			if k.Type() != a.Type() {
				b = k
				break
			}
		}
		return typeErr("'<' not supported between instances of '%s' and '%s'", b.Type().Name, a.Type().Name)
	}
	k2 := make([]value, len(keys))
	v2 := make([]value, len(vals))
	for i, j := range idx {
		k2[i], v2[i] = keys[j], vals[j]
	}
	copy(keys, k2)
	copy(vals, v2)
	return nil
}

const hexDigits = "0123456789abcdef"

// WriteString writes s as a JSON string literal, escaping as CPython's
// encoder does: the short escapes for \" \\ \n \r \t \b \f, \u00XX for the
// other control characters, and with ensureASCII every non-ASCII character
// (and DEL) as \uXXXX, astral ones as a surrogate pair.
func WriteString(b *strings.Builder, s string, ensureASCII bool) {
	b.WriteByte('"')
	u4 := func(r rune) {
		b.WriteString(`\u`)
		for shift := 12; shift >= 0; shift -= 4 {
			b.WriteByte(hexDigits[(r>>shift)&0xf])
		}
	}
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < 0x7f {
			i++
			continue
		}
		if c >= 0x7f && !ensureASCII {
			i++
			continue
		}
		b.WriteString(s[start:i])
		switch c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if c < 0x80 {
				u4(rune(c))
				break
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if r >= 0x10000 {
				r -= 0x10000
				u4(0xd800 | (r >> 10))
				u4(0xdc00 | (r & 0x3ff))
			} else {
				u4(r)
			}
			i += size
			start = i
			continue
		}
		i++
		start = i
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}
