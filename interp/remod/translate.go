// Package remod is the Go half of weft's re module: it translates Python
// regular-expression syntax into the .NET dialect of
// github.com/dlclark/regexp2 (a backtracking engine with lookbehind,
// backreferences, atomic groups and conditionals, the feature set Python's
// sre has) and runs the compiled patterns for interp/lib/re.py, which
// builds the Pattern and Match classes on top.
//
// Why translate rather than write an engine: the two dialects differ only
// in spelling and in a few semantic corners, each handled here:
//
//   - Group numbering. .NET numbers unnamed groups first and named groups
//     after them; Python numbers every group left to right. The translator
//     emits every group, named or not, as a plain "(...)" and keeps the
//     name→number table itself, so numbers agree by construction;
//     (?P=name) and (?(name)...) become numeric references.
//   - Escapes. \Z is \z in .NET; \x, \u, \U, \N-free literals and octal
//     escapes are decoded here and re-emitted as plain characters; unknown
//     ASCII-letter escapes are Python's "bad escape" errors.
//   - Verbose mode. Whitespace and # comments are removed here (outside
//     character classes), so the engine never sees x mode and group
//     counting is not fooled by parentheses inside comments.
//   - ASCII mode (re.A, and every bytes pattern) rewrites \d \w \s \b to
//     their ASCII definitions; .NET's are Unicode.
//   - Flags. Global inline flags "(?ims)" are collected into the pattern's
//     flags (Python 3.11 only allows them at the start); the flags a, u, L
//     have no .NET spelling and are dropped from scoped groups.
//
// Errors carry CPython's message and the position in the Python pattern.
package remod

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Python's flag bits (the values of re.I, re.L... in CPython).
const (
	FlagIgnoreCase = 2
	FlagLocale     = 4
	FlagMultiline  = 8
	FlagDotAll     = 16
	FlagUnicode    = 32
	FlagVerbose    = 64
	FlagASCII      = 256
)

// SyntaxError is a pattern error as re.error reports it: CPython's message
// and the index in the pattern (in characters) where it was found.
type SyntaxError struct {
	Msg string
	Pos int
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%s at position %d", e.Msg, e.Pos) }

// translation is the result of translating one Python pattern.
type translation struct {
	expr      string         // the .NET pattern
	flags     int            // Python flags, including the inline global ones
	groups    int            // number of capturing groups
	names     map[string]int // group name → number
	nameOrder []string       // names in the order they appear
	parent    []int          // parent[g] is the group enclosing group g (0: none)
}

const (
	asciiWord     = `A-Za-z0-9_`
	asciiDigit    = `0-9`
	asciiSpace    = ` \t\n\r\f\v`
	asciiNotWord  = "\\x00-/:-@\\[-\\^`{-\U0010FFFF"
	asciiNotDigit = "\\x00-/:-\U0010FFFF"
	asciiNotSpace = "\\x00-\\x08\\x0E-\\x1F!-\U0010FFFF"
)

// translator walks a Python pattern (as runes) once, left to right.
type translator struct {
	src     []rune
	i       int
	out     *strings.Builder
	flags   int
	verbose []bool // verbose mode per open group; the last is current
	open    []int  // for each open "(", its group number (0: non-capturing)
	tr      translation
	isBytes bool
	// canRepeat says whether the last emitted item can take a quantifier
	// (false at the start, after "(", "|" and after a quantifier).
	canRepeat   bool
	afterRepeat bool
	// atomStart is where in out the last repeatable item begins, so a
	// possessive quantifier can wrap it in an atomic group; groupStart
	// holds the same for each open group.
	atomStart  int
	groupStart []int
	// behind holds, for each open group, where its body starts in src
	// if it is a lookbehind (-1 otherwise): Python requires a
	// lookbehind to have a fixed width, the engine does not.
	behind []int
}

func (t *translator) errf(pos int, format string, a ...any) error {
	return &SyntaxError{Msg: fmt.Sprintf(format, a...), Pos: pos}
}

func (t *translator) ascii() bool { return t.isBytes || t.flags&FlagASCII != 0 }

// translate converts pattern (Python syntax) with the given flags.
func translate(pattern string, flags int, isBytes bool) (*translation, error) {
	t := &translator{src: []rune(pattern), flags: flags, isBytes: isBytes, out: &strings.Builder{}}
	t.tr.names = map[string]int{}
	t.tr.parent = []int{0}
	if err := t.globalFlags(); err != nil {
		return nil, err
	}
	if t.flags&FlagUnicode != 0 && isBytes {
		return nil, fmt.Errorf("cannot use UNICODE flag with a bytes pattern")
	}
	if t.flags&FlagASCII != 0 && t.flags&FlagUnicode != 0 {
		return nil, fmt.Errorf("ASCII and UNICODE flags are incompatible")
	}
	if t.flags&FlagLocale != 0 && !isBytes {
		return nil, fmt.Errorf("cannot use LOCALE flag with a str pattern")
	}
	if !isBytes && t.flags&FlagASCII == 0 {
		t.flags |= FlagUnicode
	}
	t.verbose = []bool{t.flags&FlagVerbose != 0}
	if err := t.run(); err != nil {
		return nil, err
	}
	t.tr.expr = t.out.String()
	t.tr.flags = t.flags
	return &t.tr, nil
}

// globalFlags reads the "(?aiLmsux)" groups at the start of the pattern.
// Python 3.11 rejects global flags elsewhere; run reports those.
func (t *translator) globalFlags() error {
	for {
		j := t.i
		if j+2 >= len(t.src) || t.src[j] != '(' || t.src[j+1] != '?' || !strings.ContainsRune("aiLmsux", t.src[j+2]) {
			return nil
		}
		f := 0
		k := j + 2
		for k < len(t.src) && strings.ContainsRune("aiLmsux", t.src[k]) {
			f |= flagBit(t.src[k])
			k++
		}
		if k >= len(t.src) || t.src[k] != ')' {
			return nil // a scoped group (?i:...) or an error run reports
		}
		t.flags |= f
		t.i = k + 1
	}
}

func flagBit(r rune) int {
	switch r {
	case 'a':
		return FlagASCII
	case 'i':
		return FlagIgnoreCase
	case 'L':
		return FlagLocale
	case 'm':
		return FlagMultiline
	case 's':
		return FlagDotAll
	case 'u':
		return FlagUnicode
	case 'x':
		return FlagVerbose
	}
	return 0
}

func (t *translator) peek(k int) rune {
	if t.i+k < len(t.src) {
		return t.src[t.i+k]
	}
	return -1
}

func (t *translator) run() error {
	for t.i < len(t.src) {
		c := t.src[t.i]
		verbose := t.verbose[len(t.verbose)-1]
		switch {
		case verbose && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'):
			t.i++
		case verbose && c == '#':
			for t.i < len(t.src) && t.src[t.i] != '\n' {
				t.i++
			}
		case c == '\\':
			t.atomStart = t.out.Len()
			if err := t.escape(false); err != nil {
				return err
			}
			// Anchors (\A \Z \b \B) cannot take a quantifier.
			t.canRepeat = !strings.ContainsRune("AZbB", t.src[t.i-1]) || t.src[t.i-2] != '\\'
			t.afterRepeat = false
		case c == '[':
			t.atomStart = t.out.Len()
			if err := t.class(); err != nil {
				return err
			}
			t.canRepeat, t.afterRepeat = true, false
		case c == '(':
			if err := t.group(); err != nil {
				return err
			}
		case c == ')':
			if len(t.open) == 0 {
				return t.errf(t.i, "unbalanced parenthesis")
			}
			if start := t.behind[len(t.behind)-1]; start >= 0 {
				if _, fixed := fixedWidth(t.src[start:t.i]); !fixed {
					return &SyntaxError{Msg: "look-behind requires fixed-width pattern", Pos: -1}
				}
			}
			t.open = t.open[:len(t.open)-1]
			t.behind = t.behind[:len(t.behind)-1]
			t.verbose = t.verbose[:len(t.verbose)-1]
			t.atomStart = t.groupStart[len(t.groupStart)-1]
			t.groupStart = t.groupStart[:len(t.groupStart)-1]
			t.out.WriteByte(')')
			t.i++
			t.canRepeat, t.afterRepeat = true, false
		case c == '*' || c == '+' || c == '?' || (c == '{' && t.braceRepeat() != ""):
			if err := t.repeat(); err != nil {
				return err
			}
		case c == '{':
			t.out.WriteString(`\{`)
			t.i++
			t.canRepeat, t.afterRepeat = true, false
		case c == '|':
			t.out.WriteByte('|')
			t.i++
			t.canRepeat, t.afterRepeat = false, false
		case c == '^' || c == '$':
			t.out.WriteRune(c)
			t.i++
			t.canRepeat, t.afterRepeat = false, false
		case c == '.':
			t.atomStart = t.out.Len()
			t.out.WriteByte('.')
			t.i++
			t.canRepeat, t.afterRepeat = true, false
		default:
			t.atomStart = t.out.Len()
			if orbit := t.foldOrbit(c); orbit != nil {
				t.out.WriteByte('[')
				for _, r := range orbit {
					t.literal(r, true)
				}
				t.out.WriteByte(']')
			} else {
				t.literal(c, false)
			}
			t.i++
			t.canRepeat, t.afterRepeat = true, false
		}
	}
	if len(t.open) > 0 {
		// CPython reports the position of the innermost unclosed "(".
		return t.errf(t.openPos(), "missing ), unterminated subpattern")
	}
	return nil
}

// openPos finds the position of the innermost unclosed "(" by rescanning;
// it is only used to build an error message.
func (t *translator) openPos() int {
	var stack []int
	inClass := false
	for i := 0; i < len(t.src); i++ {
		switch c := t.src[i]; {
		case c == '\\':
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
			if i+1 < len(t.src) && t.src[i+1] == '^' {
				i++
			}
			if i+1 < len(t.src) && t.src[i+1] == ']' {
				i++
			}
		case c == '(':
			stack = append(stack, i)
		case c == ')':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	if len(stack) == 0 {
		return 0
	}
	return stack[len(stack)-1]
}

// braceRepeat returns the .NET quantifier for a Python "{m,n}" at t.i, or
// "" when the brace is a literal (Python treats a malformed one so).
func (t *translator) braceRepeat() string {
	j := t.i + 1
	start := j
	for j < len(t.src) && t.src[j] >= '0' && t.src[j] <= '9' {
		j++
	}
	lo := string(t.src[start:j])
	if j < len(t.src) && t.src[j] == '}' {
		if lo == "" {
			return ""
		}
		return "{" + lo + "}"
	}
	if j >= len(t.src) || t.src[j] != ',' {
		return ""
	}
	j++
	start = j
	for j < len(t.src) && t.src[j] >= '0' && t.src[j] <= '9' {
		j++
	}
	hi := string(t.src[start:j])
	if j >= len(t.src) || t.src[j] != '}' {
		return ""
	}
	if lo == "" {
		lo = "0"
	}
	return "{" + lo + "," + hi + "}"
}

func (t *translator) repeat() error {
	pos := t.i
	if !t.canRepeat {
		if t.afterRepeat {
			return t.errf(pos, "multiple repeat")
		}
		return t.errf(pos, "nothing to repeat")
	}
	c := t.src[t.i]
	if c == '{' {
		q := t.braceRepeat()
		if lo, hi, ok := strings.Cut(q[1:len(q)-1], ","); ok && hi != "" {
			a, _ := strconv.Atoi(lo)
			b, _ := strconv.Atoi(hi)
			if b < a {
				return t.errf(pos+1, "min repeat greater than max repeat")
			}
		}
		t.out.WriteString(q)
		for t.src[t.i] != '}' {
			t.i++
		}
		t.i++
	} else {
		t.out.WriteRune(c)
		t.i++
	}
	switch t.peek(0) {
	case '?':
		t.out.WriteByte('?')
		t.i++
	case '+':
		// A possessive quantifier (3.11) has no .NET spelling; X*+ is
		// the atomic group (?>X*).
		t.i++
		s := t.out.String()
		t.out.Reset()
		t.out.WriteString(s[:t.atomStart] + "(?>" + s[t.atomStart:] + ")")
	}
	t.canRepeat, t.afterRepeat = false, true
	return nil
}

func (t *translator) group() error {
	pos := t.i
	t.i++
	cur := t.verbose[len(t.verbose)-1]
	if t.peek(0) != '?' {
		t.openGroup(cur, true)
		t.out.WriteByte('(')
		return nil
	}
	t.i++
	switch c := t.peek(0); c {
	case 'P':
		t.i++
		switch t.peek(0) {
		case '<':
			t.i++
			name, err := t.name('>', "group name")
			if err != nil {
				return err
			}
			if !isIdent(name) {
				return t.errf(pos+4, "bad character in group name '%s'", name)
			}
			if _, dup := t.tr.names[name]; dup {
				return t.errf(pos+4, "redefinition of group name '%s' as group %d; was group %d", name, t.tr.groups+1, t.tr.names[name])
			}
			g := t.openGroup(cur, true)
			t.tr.names[name] = g
			t.tr.nameOrder = append(t.tr.nameOrder, name)
			t.out.WriteByte('(')
			return nil
		case '=':
			t.i++
			name, err := t.name(')', "group name")
			if err != nil {
				return err
			}
			g, ok := t.tr.names[name]
			if !ok {
				if !isIdent(name) {
					return t.errf(pos+4, "bad character in group name '%s'", name)
				}
				return t.errf(pos+4, "unknown group name '%s'", name)
			}
			fmt.Fprintf(t.out, `(?:\%d)`, g)
			t.canRepeat, t.afterRepeat = true, false
			return nil
		}
		if t.peek(0) < 0 {
			return t.errf(t.i, "unexpected end of pattern")
		}
		return t.errf(pos+1, "unknown extension ?P%c", t.peek(0))
	case ':', '=', '!', '>':
		t.i++
		t.openGroup(cur, false)
		t.out.WriteString("(?" + string(c))
		return nil
	case '<':
		t.i++
		if n := t.peek(0); n == '=' || n == '!' {
			t.i++
			t.openGroup(cur, false)
			t.behind[len(t.behind)-1] = t.i
			t.out.WriteString("(?<" + string(n))
			return nil
		}
		if t.peek(0) < 0 {
			return t.errf(t.i, "unexpected end of pattern")
		}
		return t.errf(pos+1, "unknown extension ?<%c", t.peek(0))
	case '#':
		for t.i < len(t.src) && t.src[t.i] != ')' {
			t.i++
		}
		if t.i >= len(t.src) {
			return t.errf(pos, "missing ), unterminated comment")
		}
		t.i++
		return nil
	case '(':
		t.i++
		ref, err := t.name(')', "group name")
		if err != nil {
			return err
		}
		g, ok := t.tr.names[ref]
		if !ok {
			n, err := strconv.Atoi(ref)
			if err != nil || n < 0 || !isDigits(ref) {
				if isIdent(ref) {
					return t.errf(pos+3, "unknown group name '%s'", ref)
				}
				return t.errf(pos+3, "bad character in group name '%s'", ref)
			}
			if n == 0 {
				return t.errf(pos+3, "bad group number")
			}
			if n > t.tr.groups {
				return t.errf(pos+3, "invalid group reference %d", n)
			}
			g = n
		}
		t.openGroup(cur, false)
		fmt.Fprintf(t.out, "(?(%d)", g)
		return nil
	}
	// Inline flags: "(?flags)" after the start, or "(?flags-flags:...)".
	on, off := "", ""
	for t.i < len(t.src) && strings.ContainsRune("aiLmsux", t.src[t.i]) {
		on += string(t.src[t.i])
		t.i++
	}
	if t.peek(0) == '-' {
		t.i++
		for t.i < len(t.src) && strings.ContainsRune("imsx", t.src[t.i]) {
			off += string(t.src[t.i])
			t.i++
		}
		if off == "" {
			if t.peek(0) < 0 {
				return t.errf(t.i, "missing flag")
			}
			return t.errf(t.i, "unknown flag")
		}
	}
	switch t.peek(0) {
	case ')':
		if on != "" && off == "" {
			return t.errf(pos, "global flags not at the start of the expression")
		}
		return t.errf(t.i, "missing :")
	case ':':
		t.i++
	case -1:
		if on == "" && off == "" {
			return t.errf(t.i, "unexpected end of pattern")
		}
		return t.errf(t.i, "missing -, : or )")
	default:
		if on == "" && off == "" {
			return t.errf(pos+1, "unknown extension ?%c", t.peek(0))
		}
		return t.errf(t.i, "unknown flag")
	}
	verbose := cur
	if strings.Contains(on, "x") {
		verbose = true
	}
	if strings.Contains(off, "x") {
		verbose = false
	}
	t.openGroup(verbose, false)
	keep := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if strings.ContainsRune("ims", r) {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	on, off = keep(on), keep(off)
	if off != "" {
		off = "-" + off
	}
	t.out.WriteString("(?" + on + off + ":")
	return nil
}

// openGroup pushes an open group with its own verbose mode and, when it
// captures, gives it the next group number, which it returns (0 if not).
func (t *translator) openGroup(verbose, capturing bool) int {
	g := 0
	if capturing {
		t.tr.groups++
		g = t.tr.groups
		parent := 0
		for k := len(t.open) - 1; k >= 0; k-- {
			if t.open[k] != 0 {
				parent = t.open[k]
				break
			}
		}
		t.tr.parent = append(t.tr.parent, parent)
	}
	t.open = append(t.open, g)
	t.behind = append(t.behind, -1)
	t.verbose = append(t.verbose, verbose)
	t.groupStart = append(t.groupStart, t.out.Len())
	t.canRepeat, t.afterRepeat = false, false
	return g
}

func (t *translator) name(end rune, what string) (string, error) {
	start := t.i
	for t.i < len(t.src) && t.src[t.i] != end {
		t.i++
	}
	if t.i >= len(t.src) {
		return "", t.errf(start, "missing %c, unterminated name", end)
	}
	name := string(t.src[start:t.i])
	t.i++
	if name == "" {
		return "", t.errf(start, "missing %s", what)
	}
	return name, nil
}

func isIdent(s string) bool {
	for i, r := range s {
		if !(r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r > 127 || (i > 0 && r >= '0' && r <= '9')) {
			return false
		}
	}
	return s != ""
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// literal emits rune c so that .NET reads it as itself.
func (t *translator) literal(c rune, inClass bool) {
	switch {
	case c < 0x20 || c == 0x7f:
		fmt.Fprintf(t.out, `\x%02X`, c)
	case c < 0x80 && strings.ContainsRune(`\^$.|?*+()[]{}#- `, c):
		t.out.WriteByte('\\')
		t.out.WriteRune(c)
	case c >= 0x80 && c <= 0xFFFF && !utf8.ValidRune(c):
		fmt.Fprintf(t.out, `\u%04X`, c)
	default:
		t.out.WriteRune(c)
	}
}

// escape translates the backslash escape at t.i (inside a class when
// inClass).
func (t *translator) escape(inClass bool) error {
	pos := t.i
	t.i++
	if t.i >= len(t.src) {
		return t.errf(pos, "bad escape (end of pattern)")
	}
	c := t.src[t.i]
	t.i++
	hex := func(n int) (rune, error) {
		if t.i+n > len(t.src) {
			return 0, t.errf(pos, "incomplete escape \\%s", string(t.src[pos+1:]))
		}
		v, err := strconv.ParseUint(string(t.src[t.i:t.i+n]), 16, 32)
		if err != nil {
			return 0, t.errf(pos, "incomplete escape \\%s", string(t.src[pos+1:min(t.i+n, len(t.src))]))
		}
		t.i += n
		return rune(v), nil
	}
	ascii := t.ascii()
	cls := func(ascBody, uni string) {
		if !ascii {
			t.out.WriteString(uni)
			return
		}
		if inClass {
			t.out.WriteString(ascBody)
		} else {
			t.out.WriteString("[" + ascBody + "]")
		}
	}
	switch c {
	case 'd':
		cls(asciiDigit, `\d`)
	case 'D':
		cls(asciiNotDigit, `\D`)
	case 'w':
		cls(asciiWord, `\w`)
	case 'W':
		cls(asciiNotWord, `\W`)
	case 's':
		if ascii {
			cls(`\x20\t\n\r\f\v`, ``)
		} else {
			t.out.WriteString(`\s`)
		}
	case 'S':
		cls(asciiNotSpace, `\S`)
	case 'b':
		if inClass {
			t.out.WriteString(`\x08`)
		} else if ascii {
			t.out.WriteString(`(?:(?<=[` + asciiWord + `])(?![` + asciiWord + `])|(?<![` + asciiWord + `])(?=[` + asciiWord + `]))`)
		} else {
			t.out.WriteString(`\b`)
		}
	case 'B':
		if inClass {
			return t.errf(pos, "bad escape \\B")
		}
		if ascii {
			t.out.WriteString(`(?:(?<=[` + asciiWord + `])(?=[` + asciiWord + `])|(?<![` + asciiWord + `])(?![` + asciiWord + `]))`)
		} else {
			t.out.WriteString(`\B`)
		}
	case 'A', 'Z':
		if inClass {
			return t.errf(pos, "bad escape \\%c", c)
		}
		if c == 'A' {
			t.out.WriteString(`\A`)
		} else {
			t.out.WriteString(`\z`)
		}
	case 'a':
		t.literal(7, inClass)
	case 'f':
		t.literal('\f', inClass)
	case 'n':
		t.literal('\n', inClass)
	case 'r':
		t.literal('\r', inClass)
	case 't':
		t.literal('\t', inClass)
	case 'v':
		t.literal('\v', inClass)
	case 'x':
		r, err := hex(2)
		if err != nil {
			return err
		}
		t.literal(r, inClass)
	case 'u', 'U':
		if t.isBytes {
			return t.errf(pos, "bad escape \\%c", c)
		}
		n := 4
		if c == 'U' {
			n = 8
		}
		r, err := hex(n)
		if err != nil {
			return err
		}
		if r > 0x10FFFF {
			return t.errf(pos, "bad escape \\%s", string(t.src[pos+1:t.i]))
		}
		t.literal(r, inClass)
	case 'N':
		if t.isBytes {
			return t.errf(pos, "bad escape \\N")
		}
		if t.peek(0) != '{' {
			return t.errf(t.i, "missing {")
		}
		end := t.i + 1
		for end < len(t.src) && t.src[end] != '}' {
			end++
		}
		if end >= len(t.src) || end == t.i+1 {
			return t.errf(t.i+1, "missing character name")
		}
		name := string(t.src[t.i+1 : end])
		r, ok := runeNamed(name)
		if !ok {
			return t.errf(pos, "undefined character name '%s'", name)
		}
		t.i = end + 1
		t.literal(r, inClass)
	case '0':
		// Octal: \0 followed by up to two more octal digits.
		v := 0
		for k := 0; k < 2 && t.i < len(t.src) && t.src[t.i] >= '0' && t.src[t.i] <= '7'; k++ {
			v = v*8 + int(t.src[t.i]-'0')
			t.i++
		}
		t.literal(rune(v), inClass)
	case '1', '2', '3', '4', '5', '6', '7', '8', '9':
		// Three octal digits are an octal escape, else a group reference
		// of one or two digits.
		if c <= '7' && t.i+1 < len(t.src) && isOctal(t.src[t.i]) && isOctal(t.src[t.i+1]) {
			v := int(c-'0')*64 + int(t.src[t.i]-'0')*8 + int(t.src[t.i+1]-'0')
			t.i += 2
			if v > 0o377 {
				return t.errf(pos, "octal escape value \\%s outside of range 0-0o377", string(t.src[pos+1:t.i]))
			}
			t.literal(rune(v), inClass)
			return nil
		}
		if inClass {
			return t.errf(pos, "bad escape \\%c", c)
		}
		n := int(c - '0')
		if t.i < len(t.src) && t.src[t.i] >= '0' && t.src[t.i] <= '9' {
			n = n*10 + int(t.src[t.i]-'0')
			t.i++
		}
		if n > t.tr.groups || t.isOpen(n) {
			if t.isOpen(n) {
				return t.errf(pos+1, "cannot refer to an open group")
			}
			return t.errf(pos+1, "invalid group reference %d", n)
		}
		fmt.Fprintf(t.out, `(?:\%d)`, n)
	default:
		if c < 0x80 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
			return t.errf(pos, "bad escape \\%c", c)
		}
		t.literal(c, inClass)
	}
	return nil
}

func (t *translator) isOpen(g int) bool {
	for _, o := range t.open {
		if o == g {
			return true
		}
	}
	return false
}

// foldOrbit returns every character that case-insensitive matching must
// treat as c, when there are more than two (s, S and ſ; σ, ς and Σ; k, K
// and the Kelvin sign...): Python folds all of them together, the engine
// only pairs a character with its simple upper or lower case. nil when
// IGNORECASE is off, in ASCII mode, or c has at most one other case.
func (t *translator) foldOrbit(c rune) []rune {
	if t.flags&FlagIgnoreCase == 0 || t.ascii() {
		return nil
	}
	orbit := []rune{c}
	for r := unicode.SimpleFold(c); r != c; r = unicode.SimpleFold(r) {
		orbit = append(orbit, r)
	}
	if len(orbit) <= 2 {
		return nil
	}
	return orbit
}

func isOctal(r rune) bool { return r >= '0' && r <= '7' }

// class translates a character class "[...]" at t.i.
//
// The engine loses any item that follows a negated shorthand (\W, \S,
// \D) inside a class ([\W\d] matches only \W). So those shorthands are
// collected and written last; a class with two or more of them becomes an
// alternation (or, negated, a sequence of negative lookaheads).
func (t *translator) class() error {
	pos := t.i
	t.i++
	negated := false
	if t.peek(0) == '^' {
		negated = true
		t.i++
	}
	outer := t.out
	body := &strings.Builder{}
	t.out = body
	defer func() { t.out = outer }()
	var negs []string
	first := true
	for {
		if t.i >= len(t.src) {
			return t.errf(pos, "unterminated character set")
		}
		c := t.src[t.i]
		switch {
		case c == ']' && !first:
			t.i++
			t.out = outer
			t.writeClass(body.String(), negs, negated)
			return nil
		case c == '\\':
			start := body.Len()
			if err := t.escape(true); err != nil {
				return err
			}
			if piece := body.String()[start:]; piece == `\W` || piece == `\S` || piece == `\D` {
				negs = append(negs, piece)
				kept := body.String()[:start]
				body.Reset()
				body.WriteString(kept)
			}
		case c == '-':
			// A range dash between two items; a literal at either end.
			if first || t.peek(1) == ']' {
				t.out.WriteString(`\-`)
			} else {
				t.out.WriteByte('-')
			}
			t.i++
		default:
			if orbit := t.foldOrbit(c); orbit != nil {
				for _, r := range orbit {
					t.literal(r, true)
				}
			} else {
				t.literal(c, true)
			}
			t.i++
		}
		first = false
	}
}

func (t *translator) writeClass(body string, negs []string, negated bool) {
	neg := ""
	if negated {
		neg = "^"
	}
	switch {
	case len(negs) <= 1:
		t.out.WriteString("[" + neg + body + strings.Join(negs, "") + "]")
	case !negated:
		t.out.WriteString("(?:")
		if body != "" {
			t.out.WriteString("[" + body + "]|")
		}
		t.out.WriteString(strings.Join(negs, "|") + ")")
	default:
		t.out.WriteString("(?:")
		if body != "" {
			t.out.WriteString("(?![" + body + "])")
		}
		for _, n := range negs {
			t.out.WriteString("(?!" + n + ")")
		}
		t.out.WriteString(`[\s\S])`)
	}
}

// fixedWidth reports the width in characters of a Python pattern
// fragment, and whether it is fixed (the same for every match): no
// repetition other than {n}, alternatives of equal width, no group
// references. It is only called on fragments the translator has already
// checked, so it does not report syntax errors.
func fixedWidth(src []rune) (int, bool) {
	i := 0
	var seq func() (int, bool)
	seq = func() (int, bool) {
		width, first, fixed := 0, -1, true
		last := 0 // width of the last atom, for {n}
		for i < len(src) {
			c := src[i]
			switch {
			case c == ')':
				i++
				if first >= 0 && first != width {
					fixed = false
				}
				return width, fixed
			case c == '|':
				if first >= 0 && first != width {
					fixed = false
				}
				first, width = width, 0
				i++
				continue
			case c == '(':
				i++
				zero := false
				if i < len(src) && src[i] == '?' {
					rest := string(src[i:min(i+3, len(src))])
					switch {
					case strings.HasPrefix(rest, "?="), strings.HasPrefix(rest, "?!"),
						strings.HasPrefix(rest, "?<="), strings.HasPrefix(rest, "?<!"):
						zero = true
					case strings.HasPrefix(rest, "?P="):
						fixed = false
					case strings.HasPrefix(rest, "?#"):
						for i < len(src) && src[i] != ')' {
							i++
						}
						i++
						continue
					}
					for i < len(src) && src[i] != ':' && src[i] != ')' && src[i] != '>' && src[i] != '=' && src[i] != '!' {
						i++
					}
					if i < len(src) && src[i] != ')' {
						i++
					}
				}
				w, f := seq()
				if zero {
					w = 0
				} else if !f {
					fixed = false
				}
				last = w
				width += w
				continue
			case c == '[':
				i++
				if i < len(src) && src[i] == '^' {
					i++
				}
				if i < len(src) && src[i] == ']' {
					i++
				}
				for i < len(src) && src[i] != ']' {
					if src[i] == '\\' {
						i++
					}
					i++
				}
				i++
				last = 1
			case c == '\\':
				i++
				if i < len(src) {
					e := src[i]
					switch {
					case strings.ContainsRune("AZbB", e):
						last = 0
					case e >= '1' && e <= '9':
						fixed = false
						last = 0
					default:
						last = 1
					}
					i++
				}
			case c == '^' || c == '$':
				i++
				last = 0
			case c == '*' || c == '+' || c == '?':
				fixed = false
				i++
				continue
			case c == '{':
				j := i + 1
				for j < len(src) && src[j] >= '0' && src[j] <= '9' {
					j++
				}
				if j < len(src) && src[j] == '}' && j > i+1 {
					n, _ := strconv.Atoi(string(src[i+1 : j]))
					width += last * (n - 1)
					i = j + 1
					continue
				}
				if j < len(src) && src[j] == ',' {
					fixed = false
					for i < len(src) && src[i] != '}' {
						i++
					}
					i++
					continue
				}
				i++
				last = 1
			default:
				i++
				last = 1
			}
			width += last
		}
		if first >= 0 && first != width {
			fixed = false
		}
		return width, fixed
	}
	return seq()
}
