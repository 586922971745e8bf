package pystr

import (
	"fmt"
	"math"
)

// str.format() format strings, parsed the way CPython's
// Objects/stringlib/unicode_format.h does.  Parsing is incremental
// (FormatParser.Next yields one literal and at most one field at a time)
// because CPython formats each field before it looks further: in
// "{0}}".format() the missing argument is reported, not the single '}'.

// FormatField is one replacement field: {Name!Conversion:Spec}.
type FormatField struct {
	Name       string // the field name as written ("0", "", "x.y[3]")
	Conversion rune   // 'r', 's', 'a', another rune (rejected later), or 0
	Spec       string // the format spec, still containing nested {fields}
	// SpecNeedsExpanding reports that Spec contains '{', so it must itself
	// be formatted (recursively, at most two levels deep) before use.
	SpecNeedsExpanding bool
}

// FormatParser iterates over a format string.
type FormatParser struct {
	s   []rune
	pos int
}

// NewFormatParser starts parsing s.
func NewFormatParser(s string) *FormatParser { return &FormatParser{s: Runes(s)} }

// Next returns the next literal text (with "{{" and "}}" unescaped) and the
// field that follows it, if any.  done is true once the string is used up.
func (p *FormatParser) Next() (literal string, field *FormatField, done bool, err error) {
	if p.pos >= len(p.s) {
		return "", nil, true, nil
	}
	start := p.pos
	var c rune
	markup := false
	for p.pos < len(p.s) {
		c = p.s[p.pos]
		p.pos++
		if c == '{' || c == '}' {
			markup = true
			break
		}
	}
	atEnd := p.pos >= len(p.s)
	n := p.pos - start
	if c == '}' && markup && (atEnd || p.s[p.pos] != '}') {
		return "", nil, false, valueError("Single '}' encountered in format string")
	}
	if atEnd && c == '{' && markup {
		return "", nil, false, valueError("Single '{' encountered in format string")
	}
	if markup && !atEnd {
		if p.s[p.pos] == c { // "{{" or "}}": one literal brace
			p.pos++
			markup = false
		} else {
			n--
		}
	}
	literal = FromRunes(p.s[start : start+n])
	if !markup {
		return literal, nil, false, nil
	}
	f, err := p.field()
	if err != nil {
		return "", nil, false, err
	}
	return literal, f, false, nil
}

// field parses the text after a '{' up to its matching '}'.
func (p *FormatParser) field() (*FormatField, error) {
	f := &FormatField{}
	start := p.pos
	var c rune
	for p.pos < len(p.s) {
		c = p.s[p.pos]
		p.pos++
		if c == '{' {
			return nil, valueError("unexpected '{' in field name")
		}
		if c == '[' {
			for p.pos < len(p.s) && p.s[p.pos] != ']' {
				p.pos++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	f.Name = FromRunes(p.s[start:max(p.pos-1, start)])
	if c != '!' && c != ':' {
		if c != '}' {
			return nil, valueError("expected '}' before end of string")
		}
		return f, nil
	}
	if c == '!' {
		if p.pos >= len(p.s) {
			return nil, valueError("end of string while looking for conversion specifier")
		}
		f.Conversion = p.s[p.pos]
		p.pos++
		if p.pos < len(p.s) {
			c = p.s[p.pos]
			p.pos++
			if c == '}' {
				return f, nil
			}
			if c != ':' {
				return nil, valueError("expected ':' after conversion specifier")
			}
		}
	}
	specStart := p.pos
	depth := 1
	for p.pos < len(p.s) {
		c = p.s[p.pos]
		p.pos++
		switch c {
		case '{':
			f.SpecNeedsExpanding = true
			depth++
		case '}':
			depth--
			if depth == 0 {
				f.Spec = FromRunes(p.s[specStart : p.pos-1])
				return f, nil
			}
		}
	}
	return nil, valueError("unmatched '{' in format spec")
}

// ConversionError is the error for a conversion other than r, s, a.
func ConversionError(c rune) error {
	if c > 32 && c < 127 {
		return valueError(fmt.Sprintf("Unknown conversion specifier %c", c))
	}
	return valueError(fmt.Sprintf("Unknown conversion specifier \\x%x", c))
}

// AutoNumber tracks automatic ({}) versus manual ({0}) field numbering over
// one str.format() call, including nested specs.
type AutoNumber struct {
	state int // 0 unset, 1 automatic, 2 manual
	next  int
}

// FieldPart is one ".attr" or "[key]" step after a field's first name.
type FieldPart struct {
	IsAttr bool
	Name   string // the attribute or key text
	Index  int    // the key as a non-negative integer, or -1 if it is not one
}

// FieldName is a parsed field name.  First is the argument name; Index is
// its position when numeric (or automatic), else -1.  Parts are the steps
// that parsed cleanly and PartsErr the error to raise after applying them,
// as CPython only finds a malformed step when it reaches it.
type FieldName struct {
	First    string
	Index    int
	Parts    []FieldPart
	PartsErr error
}

// ParseFieldName splits a field name and applies automatic numbering.
func ParseFieldName(name string, auto *AutoNumber) (FieldName, error) {
	r := Runes(name)
	i := 0
	for i < len(r) && r[i] != '.' && r[i] != '[' {
		i++
	}
	fn := FieldName{First: FromRunes(r[:i])}
	idx, err := fieldIndex(r[:i])
	if err != nil {
		return fn, err
	}
	fn.Index = idx
	empty := i == 0
	if auto != nil && (empty || idx >= 0) {
		if auto.state == 0 {
			auto.state = 2
			if empty {
				auto.state = 1
			}
		}
		if auto.state == 2 && empty {
			return fn, valueError("cannot switch from manual field specification to automatic field numbering")
		}
		if auto.state == 1 && !empty {
			return fn, valueError("cannot switch from automatic field numbering to manual field specification")
		}
		if empty {
			fn.Index = auto.next
			auto.next++
		}
	}
	for i < len(r) {
		c := r[i]
		i++
		var part FieldPart
		start := i
		switch c {
		case '.':
			part.IsAttr = true
			for i < len(r) && r[i] != '.' && r[i] != '[' {
				i++
			}
			part.Name, part.Index = FromRunes(r[start:i]), -1
		case '[':
			for i < len(r) && r[i] != ']' {
				i++
			}
			if i == len(r) {
				fn.PartsErr = valueError("Missing ']' in format string")
				return fn, nil
			}
			part.Name = FromRunes(r[start:i])
			i++
			part.Index, err = fieldIndex(r[start : i-1])
			if err != nil {
				fn.PartsErr = err
				return fn, nil
			}
		default:
			fn.PartsErr = valueError("Only '.' or '[' may follow ']' in format field specifier")
			return fn, nil
		}
		if part.Name == "" {
			fn.PartsErr = valueError("Empty attribute in format string")
			return fn, nil
		}
		fn.Parts = append(fn.Parts, part)
	}
	return fn, nil
}

// fieldIndex returns the value of an all-decimal-digit name, or -1.
func fieldIndex(r []rune) (int, error) {
	if len(r) == 0 {
		return -1, nil
	}
	v := 0
	for _, c := range r {
		d := DecimalValue(c)
		if d < 0 {
			return -1, nil
		}
		if v > (math.MaxInt64-d)/10 {
			return -1, valueError("Too many decimal digits in format string")
		}
		v = v*10 + d
	}
	return v, nil
}
