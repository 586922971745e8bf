package syntax

import (
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DumpOptions selects the variant of CPython's ast.dump output.
type DumpOptions struct {
	// PythonMinor is the CPython 3.x minor version whose dump format to
	// reproduce. Before 3.12 the type_params fields did not exist, so they
	// are left out when PythonMinor < 12. Zero means 12.
	PythonMinor int
	// IncludeAttributes adds lineno, col_offset, end_lineno and
	// end_col_offset to located nodes, like ast.dump(include_attributes=True).
	IncludeAttributes bool
	// OmitFStringInternalAttributes leaves out the positions of the nodes
	// inside a JoinedStr (not of the JoinedStr itself). CPython 3.11
	// located those nodes by re-parsing the string, with results that
	// 3.12 (and weft) do not reproduce; the conformance tests use this to
	// compare everything else.
	OmitFStringInternalAttributes bool
}

// Dump renders n exactly as CPython 3.12's ast.dump(node) does with default
// arguments: optional fields that are None are left out, lists are always
// shown, constants are printed with Python's repr. The conformance tests
// compare it character for character with CPython's own output.
func Dump(n Node) string { return DumpWith(n, DumpOptions{}) }

// DumpWith is Dump with options.
func DumpWith(n Node, opts DumpOptions) string {
	if opts.PythonMinor == 0 {
		opts.PythonMinor = 12
	}
	var b strings.Builder
	d := dumper{b: &b, opts: opts}
	d.node(reflect.ValueOf(n))
	return b.String()
}

type dumper struct {
	b    *strings.Builder
	opts DumpOptions
	// inFString counts the JoinedStr nodes being dumped.
	inFString int
}

// pyNodeNames maps the Go names that differ from CPython's class names.
var pyNodeNames = map[string]string{
	"ExprStmt":      "Expr",
	"Comprehension": "comprehension",
	"Arguments":     "arguments",
	"Arg":           "arg",
	"Keyword":       "keyword",
	"Alias":         "alias",
	"WithItem":      "withitem",
	"MatchCase":     "match_case",
}

func (d *dumper) node(v reflect.Value) {
	if !v.IsValid() || (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) && v.IsNil() {
		d.b.WriteString("None")
		return
	}
	for v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	t := v.Type()
	name := t.Name()
	if name == "JoinedStr" {
		d.inFString++
		defer func() { d.inFString-- }()
	}
	if py, ok := pyNodeNames[name]; ok {
		name = py
	}
	d.b.WriteString(name)
	d.b.WriteByte('(')
	first := true
	sep := func() {
		if !first {
			d.b.WriteString(", ")
		}
		first = false
	}
	var pos *Pos
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Anonymous {
			if f.Type == reflect.TypeOf(Pos{}) {
				p := v.Field(i).Interface().(Pos)
				pos = &p
			}
			continue
		}
		tag := strings.Split(f.Tag.Get("py"), ",")
		pyName, optional, since312 := tag[0], false, false
		for _, o := range tag[1:] {
			switch o {
			case "opt":
				optional = true
			case "312":
				since312 = true
			}
		}
		if since312 && d.opts.PythonMinor < 12 {
			continue
		}
		fv := v.Field(i)
		if optional && isAbsent(fv) {
			continue
		}
		sep()
		d.b.WriteString(pyName)
		d.b.WriteByte('=')
		d.field(fv)
	}
	omit := d.opts.OmitFStringInternalAttributes && (d.inFString > 1 || d.inFString == 1 && name != "JoinedStr")
	if d.opts.IncludeAttributes && pos != nil && !omit {
		sep()
		d.b.WriteString("lineno=" + strconv.Itoa(pos.Lineno) + ", col_offset=" + strconv.Itoa(pos.ColOffset) +
			", end_lineno=" + strconv.Itoa(pos.EndLineno) + ", end_col_offset=" + strconv.Itoa(pos.EndColOffset))
	}
	d.b.WriteByte(')')
}

func isAbsent(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	case reflect.String:
		return v.Len() == 0
	}
	return false
}

func (d *dumper) field(v reflect.Value) {
	switch x := v.Interface().(type) {
	case ExprContext, BoolOperator, Operator, UnaryOperator, CmpOp:
		d.b.WriteString(x.(interface{ String() string }).String())
		d.b.WriteString("()")
		return
	case string:
		d.b.WriteString(ReprStr(x))
		return
	case int:
		d.b.WriteString(strconv.Itoa(x))
		return
	}
	switch v.Kind() {
	case reflect.Slice:
		if v.Type() == reflect.TypeOf([]byte(nil)) {
			d.b.WriteString(ReprBytes(v.Bytes()))
			return
		}
		d.b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.field(v.Index(i))
		}
		d.b.WriteByte(']')
	case reflect.Interface:
		if v.IsNil() {
			d.b.WriteString("None")
			return
		}
		if _, ok := v.Interface().(Node); ok {
			d.node(v)
			return
		}
		d.b.WriteString(ReprConstant(v.Interface()))
	case reflect.Pointer:
		d.node(v)
	default:
		if _, ok := v.Interface().(Node); ok {
			d.node(v)
			return
		}
		d.b.WriteString(ReprConstant(v.Interface()))
	}
}

// ReprConstant renders a Constant.Value as Python's repr() would.
func ReprConstant(v any) string {
	switch x := v.(type) {
	case nil, NoneValue:
		return "None"
	case EllipsisValue:
		return "Ellipsis"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(x, 10)
	case *big.Int:
		return x.String()
	case float64:
		return ReprFloat(x)
	case complex128:
		im := ReprFloat(imag(x))
		im = strings.TrimSuffix(im, ".0")
		if real(x) == 0 && !math.Signbit(real(x)) {
			return im + "j"
		}
		re := strings.TrimSuffix(ReprFloat(real(x)), ".0")
		if !strings.HasPrefix(im, "-") {
			im = "+" + im
		}
		return "(" + re + im + "j)"
	case string:
		return ReprStr(x)
	case []byte:
		return ReprBytes(x)
	}
	return "<?>"
}

// ReprFloat renders f as Python's float.__repr__: the shortest digits that
// round-trip, fixed notation for exponents in [-4, 16), scientific with a
// two-digit minimum exponent otherwise, and always a ".0" in fixed notation.
func ReprFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	neg := ""
	if s[0] == '-' {
		neg, s = "-", s[1:]
	}
	mant, expS, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expS)
	digits := strings.Replace(mant, ".", "", 1)
	if exp >= -4 && exp < 16 {
		var out string
		if exp < 0 {
			out = "0." + strings.Repeat("0", -exp-1) + digits
		} else if len(digits) <= exp+1 {
			out = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
		} else {
			out = digits[:exp+1] + "." + digits[exp+1:]
		}
		return neg + out
	}
	m := digits[:1]
	if len(digits) > 1 {
		m += "." + digits[1:]
	}
	sign := "+"
	if exp < 0 {
		sign, exp = "-", -exp
	}
	e := strconv.Itoa(exp)
	if len(e) < 2 {
		e = "0" + e
	}
	return neg + m + "e" + sign + e
}

// ReprStr renders a str as Python's repr(): single quotes unless the text
// contains a single quote and no double quote, escapes for the
// non-printable characters. Surrogates stored WTF-8 style print as \udXXX.
func ReprStr(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(q)
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			if sr, ok := decodeSurrogate(s[i:]); ok {
				b.WriteString(`\u` + hex4(int(sr)))
				i += 3
				continue
			}
			b.WriteString(`\x` + hex2(int(s[i])))
			i++
			continue
		}
		i += w
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x` + hex2(int(r)))
		case r < 0x7f || unicode.IsPrint(r):
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString(`\x` + hex2(int(r)))
		case r <= 0xffff:
			b.WriteString(`\u` + hex4(int(r)))
		default:
			b.WriteString(`\U` + hex4(int(r)>>16) + hex4(int(r)&0xffff))
		}
	}
	b.WriteByte(q)
	return b.String()
}

// decodeSurrogate decodes a WTF-8 encoded surrogate (ED A0..BF 80..BF).
func decodeSurrogate(s string) (rune, bool) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return 0xD000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), true
	}
	return 0, false
}

// ReprBytes renders a bytes value as Python's repr().
func ReprBytes(s []byte) string {
	q := byte('\'')
	if containsByte(s, '\'') && !containsByte(s, '"') {
		q = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(q)
	for _, c := range s {
		switch {
		case c == q || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			b.WriteString(`\x` + hex2(int(c)))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}

func containsByte(s []byte, c byte) bool {
	for _, x := range s {
		if x == c {
			return true
		}
	}
	return false
}

const hexDigits = "0123456789abcdef"

func hex2(v int) string { return string([]byte{hexDigits[v>>4&15], hexDigits[v&15]}) }
func hex4(v int) string { return hex2(v>>8) + hex2(v&0xff) }
