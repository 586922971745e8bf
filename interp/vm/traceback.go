package vm

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/weftrun/weft/interp/objects"
)

// addTraceback prepends fr's current position to exc's traceback, as
// CPython's PyTraceBack_Here does each time an exception passes a frame.
// HiddenFile is the file name of code compiled into weft that stands for
// a built-in (interp/builtins/stackless.py): its frames are left out of
// tracebacks, as CPython shows none for a C function.
const HiddenFile = "<weft builtins>"

func (t *Thread) addTraceback(exc *objects.Exception, fr *Frame) {
	if fr.code.Filename == HiddenFile {
		return
	}
	ip := fr.ip - 1
	if ip < 0 {
		ip = 0
	}
	var p objects.Position
	if ip < len(fr.code.Positions) {
		p = fr.code.Positions[ip]
	}
	tb := &objects.Traceback{Next: exc.Traceback, Filename: fr.code.Filename, Name: fr.code.Name,
		Line: int(p.Line), EndLine: int(p.EndLine), Col: int(p.Col), EndCol: int(p.EndCol), AnchorCol: int(p.AnchorCol), AnchorEnd: int(p.AnchorEnd),
		Code: fr.code, Globals: fr.globals}
	exc.Traceback = tb
}

// FormatException renders exc with its cause/context chain the way
// CPython 3.11's default excepthook prints it (exception groups as the
// indented boxes of tbgroup.go).
func (in *Interp) FormatException(ctx objects.Ctx, exc *objects.Exception) string {
	p := &excPrinter{in: in, ctx: ctx, seen: map[*objects.Exception]bool{}}
	p.printRecursive(exc)
	return p.b.String()
}

// formatNotes renders the exception's __notes__ (add_note, PEP 678), one
// per line after the message: a str note as it is, anything else by its
// str().
func formatNotes(ctx objects.Ctx, exc *objects.Exception) string {
	notes, ok := exc.Dict.GetStr(objects.Interned("__notes__"))
	if !ok {
		return ""
	}
	l := objects.AsList(notes)
	if l == nil {
		return ""
	}
	var b strings.Builder
	for _, n := range l.Snapshot() {
		s, err := objects.ToStr(ctx, n)
		if err != nil {
			s = "<note str() failed>"
		}
		b.WriteString(s + "\n")
	}
	return b.String()
}

// formatTraceback prints the entries, collapsing runs of identical lines
// like CPython ("[Previous line repeated N more times]").
func (in *Interp) formatTraceback(b *strings.Builder, tb *objects.Traceback) {
	var last string
	count := 0
	flush := func() {
		if count > 3 {
			n := count - 3
			b.WriteString("  [Previous line repeated " + strconv.Itoa(n) + " more time" + plural(n) + "]\n")
		}
	}
	for ; tb != nil; tb = tb.Next {
		key := tb.Filename + "\x00" + strconv.Itoa(tb.Line) + "\x00" + tb.Name
		if key == last {
			count++
			if count > 3 {
				continue
			}
		} else {
			flush()
			last, count = key, 1
		}
		b.WriteString("  File \"" + tb.Filename + "\", line " + strconv.Itoa(tb.Line) + ", in " + tb.Name + "\n")
		in.formatSourceLine(b, tb)
	}
	flush()
}

func (in *Interp) formatSourceLine(b *strings.Builder, tb *objects.Traceback) {
	src, ok := in.source(tb.Filename)
	if !ok || tb.Line <= 0 {
		return
	}
	line := nthLine(src, tb.Line)
	if line == "" {
		return
	}
	stripped := strings.TrimLeft(line, " \t\f")
	indent := len(line) - len(stripped)
	stripped = strings.TrimRight(stripped, " \t\f\r\n")
	if stripped == "" {
		return
	}
	b.WriteString("    " + stripped + "\n")
	if tb.Col < 0 || tb.EndLine <= 0 {
		return
	}
	start, end := tb.Col, tb.EndCol
	if tb.EndLine != tb.Line {
		end = indent + len(stripped)
	}
	if start < indent || end > indent+len(stripped) || end <= start {
		return
	}
	// Columns are byte offsets; carets count characters.
	pre := utf8.RuneCountInString(line[indent:start])
	seg := line[start:end]
	width := utf8.RuneCountInString(seg)
	anchored := tb.AnchorCol >= start && tb.AnchorEnd <= end && tb.AnchorEnd > tb.AnchorCol && tb.EndLine == tb.Line
	if width >= utf8.RuneCountInString(stripped) && !anchored {
		return
	}
	b.WriteString("    " + strings.Repeat(" ", pre))
	if !anchored {
		b.WriteString(strings.Repeat("^", width) + "\n")
		return
	}
	// Binary operator / subscript anchors, as 3.11 prints them.
	opStart, opEnd := anchorRange(line, tb)
	for i := start; i < end; {
		_, n := utf8.DecodeRuneInString(line[i:])
		if i >= opStart && i < opEnd {
			b.WriteByte('^')
		} else {
			b.WriteByte('~')
		}
		i += n
	}
	b.WriteByte('\n')
}

// anchorRange finds the operator (binary op: first non-blank, non-paren
// token after the left operand) or the subscript slice range.
func anchorRange(line string, tb *objects.Traceback) (int, int) {
	a, e := tb.AnchorCol, tb.AnchorEnd
	if e > len(line) {
		return a, a
	}
	seg := line[a:e]
	if strings.HasPrefix(strings.TrimLeft(seg, " "), "[") {
		return a + strings.IndexByte(seg, '['), e // subscript: "[slice]"
	}
	// binary operator: skip blanks and closing parens.
	i := 0
	for i < len(seg) && (seg[i] == ' ' || seg[i] == ')' || seg[i] == '\t') {
		i++
	}
	j := i
	for j < len(seg) && seg[j] != ' ' && seg[j] != '(' && !isIdentStart(seg[j]) && !(seg[j] >= '0' && seg[j] <= '9') {
		j++
	}
	if j == i {
		j = i + 1
	}
	return a + i, a + j
}

func isIdentStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 || c == '"' || c == '\'' || c == '[' || c == '{'
}

func nthLine(src string, n int) string {
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		return src[:j]
	}
	return src
}

// formatExceptionOnly is the last line: "Type: message".
func formatExceptionOnly(ctx objects.Ctx, exc *objects.Exception) string {
	t := exc.Type()
	name := t.Name
	if t.Module != "" && t.Module != "builtins" && t.Module != "__main__" {
		name = t.Module + "." + name
	}
	s, err := objects.ToStr(ctx, exc.Value())
	if err != nil {
		s = "<exception str() failed>"
	}
	if hint := suggestion(exc); hint != "" {
		s += ". Did you mean: '" + hint + "'?"
	}
	if s == "" {
		return name + "\n"
	}
	return name + ": " + s + "\n"
}

// syntaxErrors remembers the parser's error for SyntaxError exceptions so
// the report can render the caret line exactly as CPython.
var syntaxErrors sync.Map
