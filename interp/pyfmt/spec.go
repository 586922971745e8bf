package pyfmt

import (
	"fmt"
	"math"

	"github.com/weftrun/weft/interp/pystr"
)

// Spec is a parsed format specification, the text after ':' in a
// replacement field or the second argument of format():
//
//	[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// Zero values mean "not given": Align, Sign and Type are 0 and Width and
// Precision are -1 when absent.  TypeName is the Python type being formatted,
// used only in error messages.
type Spec struct {
	Fill      rune // padding character, ' ' by default
	Align     rune // '<', '>', '=', '^', or 0 for the type's default
	Sign      rune // '+', '-', ' ', or 0
	NoNegZero bool // 'z' (3.11): format negative zero as zero
	Alternate bool // '#'
	Width     int  // minimum width in code points, -1 if absent
	Grouping  rune // ',' or '_' thousands separator, or 0
	Precision int  // -1 if absent
	Type      rune // presentation type, or 0
	TypeName  string

	fillGiven  bool
	alignGiven bool
	zeroPad    bool // '0' flag given (fill '0' unless a fill was given)
}

// maxWidth bounds widths and precisions: larger ones are reported as
// MemoryError instead of letting an allocation of gigabytes kill the
// process (Go cannot recover from running out of memory; CPython raises
// MemoryError at some machine-dependent size).
const maxWidth = 1 << 28

// ParseSpec parses spec for a number (int, float, complex or a subclass
// named typeName).  It reports syntax errors only; whether a field suits
// the type is checked by the Spec methods, as in CPython.
func ParseSpec(spec, typeName string) (Spec, error) { return parseSpec(spec, typeName, 0) }

// ParseStrSpec parses spec for a str (or a subclass named typeName).  It
// differs from ParseSpec in one observable way: the type defaults to 's'
// before validation, so format("x", ",") fails with "Cannot specify ',' with
// 's'." rather than with a later complaint.
func ParseStrSpec(spec, typeName string) (Spec, error) { return parseSpec(spec, typeName, 's') }

func parseSpec(spec, typeName string, defaultType rune) (Spec, error) {
	s := Spec{Fill: ' ', Width: -1, Precision: -1, TypeName: typeName}
	r := pystr.Runes(spec)
	pos := 0
	isAlign := func(c rune) bool { return c == '<' || c == '>' || c == '=' || c == '^' }
	if len(r) >= 2 && isAlign(r[1]) {
		s.Fill, s.Align, s.fillGiven, s.alignGiven = r[0], r[1], true, true
		pos = 2
	} else if len(r) >= 1 && isAlign(r[0]) {
		s.Align, s.alignGiven = r[0], true
		pos = 1
	}
	if pos < len(r) && (r[pos] == '+' || r[pos] == '-' || r[pos] == ' ') {
		s.Sign = r[pos]
		pos++
	}
	if pos < len(r) && r[pos] == 'z' {
		s.NoNegZero = true
		pos++
	}
	if pos < len(r) && r[pos] == '#' {
		s.Alternate = true
		pos++
	}
	if !s.fillGiven && pos < len(r) && r[pos] == '0' {
		s.zeroPad = true
		pos++
	}
	n, w, err := specInteger(r, pos)
	if err != nil {
		return s, err
	}
	if n > 0 {
		s.Width = w
	}
	pos += n
	if pos < len(r) && r[pos] == ',' {
		s.Grouping = ','
		pos++
	}
	if pos < len(r) && r[pos] == '_' {
		if s.Grouping != 0 {
			return s, valueError("Cannot specify both ',' and '_'.")
		}
		s.Grouping = '_'
		pos++
	}
	if pos < len(r) && r[pos] == ',' && s.Grouping == '_' {
		return s, valueError("Cannot specify both ',' and '_'.")
	}
	if pos < len(r) && r[pos] == '.' {
		pos++
		n, p, err := specInteger(r, pos)
		if err != nil {
			return s, err
		}
		if n == 0 {
			return s, valueError("Format specifier missing precision")
		}
		s.Precision = p
		pos += n
	}
	if len(r)-pos > 1 {
		return s, valueError(fmt.Sprintf("Invalid format specifier '%s' for object of type '%s'", spec, typeName))
	}
	check := defaultType
	if pos < len(r) {
		s.Type = r[pos]
		check = s.Type
	}
	if s.Grouping != 0 {
		switch check {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if s.Grouping != '_' {
				return s, separatorTypeError(s.Grouping, check)
			}
		default:
			return s, separatorTypeError(s.Grouping, check)
		}
	}
	return s, nil
}

func separatorTypeError(sep, typ rune) error {
	if typ > 32 && typ < 128 {
		return valueError(fmt.Sprintf("Cannot specify '%c' with '%c'.", sep, typ))
	}
	return valueError(fmt.Sprintf("Cannot specify '%c' with '\\x%x'.", sep, typ))
}

// specInteger reads a run of decimal digits (any script, like CPython's
// Py_UNICODE_TODECIMAL) starting at pos and returns how many runes it used.
func specInteger(r []rune, pos int) (n, value int, err error) {
	for ; pos+n < len(r); n++ {
		d := pystr.DecimalValue(r[pos+n])
		if d < 0 {
			break
		}
		if value > (math.MaxInt64-d)/10 {
			return n, 0, valueError("Too many decimal digits in format string")
		}
		value = value*10 + d
	}
	return n, value, nil
}

// align returns the effective alignment for a type whose default is def,
// applying the '0' flag: zero padding means '=' for right-aligned types.
func (s *Spec) resolve(def rune) (fill, align rune) {
	fill, align = s.Fill, s.Align
	if s.zeroPad {
		fill = '0'
		if !s.alignGiven && def == '>' {
			align = '='
		}
	}
	if align == 0 {
		align = def
	}
	return fill, align
}

func unknownCode(typ rune, typeName string) error {
	if typ > 32 && typ < 128 {
		return valueError(fmt.Sprintf("Unknown format code '%c' for object of type '%s'", typ, typeName))
	}
	return valueError(fmt.Sprintf("Unknown format code '\\x%x' for object of type '%s'", typ, typeName))
}
