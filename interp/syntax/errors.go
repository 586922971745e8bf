package syntax

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// ErrorKind is the Python exception class of a SyntaxError.
type ErrorKind uint8

// The three exception classes the front end raises. IndentationError is a
// subclass of SyntaxError and TabError of IndentationError in Python; the
// kind lets the interpreter build the right exception object.
const (
	KindSyntaxError ErrorKind = iota
	KindIndentationError
	KindTabError
	// KindRecursionError is not a SyntaxError subclass in Python: it is
	// the RecursionError CPython's parser raises for input nested beyond
	// its limits, carried here with the location so the interpreter can
	// report it.
	KindRecursionError
)

// String returns the Python class name.
func (k ErrorKind) String() string {
	switch k {
	case KindIndentationError:
		return "IndentationError"
	case KindTabError:
		return "TabError"
	case KindRecursionError:
		return "RecursionError"
	}
	return "SyntaxError"
}

// SyntaxError is a compile-time error with everything CPython's SyntaxError
// carries. Offset and EndOffset are 1-based character (code point) columns,
// as in CPython's exception attributes; EndLineno/EndOffset are 0 when the
// error has no range. Text is the whole source line of Lineno, with its
// newline.
type SyntaxError struct {
	Kind      ErrorKind
	Msg       string
	Filename  string
	Lineno    int
	Offset    int
	EndLineno int
	EndOffset int
	Text      string
}

// Error returns the one-line form "msg (file, line N)" that Python's
// str(SyntaxError) produces.
func (e *SyntaxError) Error() string {
	return e.Msg + " (" + e.Filename + ", line " + strconv.Itoa(e.Lineno) + ")"
}

// Format renders the error the way CPython 3.11's default exception hook
// prints an uncaught SyntaxError: the file line, the source line stripped
// of leading blanks, a caret line under the error's column range, and the
// "Kind: message" line.
func (e *SyntaxError) Format() string {
	var b strings.Builder
	b.WriteString(`  File "` + e.Filename + `", line ` + strconv.Itoa(e.Lineno) + "\n")
	if e.Text != "" {
		text := strings.TrimRight(e.Text, "\n")
		offset := e.Offset - 1
		i := 0
		for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f') {
			i++
			offset--
		}
		text = text[i:]
		n := utf8.RuneCountInString(text)
		if offset > n {
			offset = n
		}
		b.WriteString("    " + text + "\n")
		if offset >= 0 && e.Offset > 0 {
			carets := 1
			switch {
			case e.EndLineno == e.Lineno && e.EndOffset > e.Offset:
				carets = e.EndOffset - e.Offset
			case e.EndLineno > e.Lineno && n > offset:
				// A range that continues on later lines is underlined
				// to the end of the first one.
				carets = n - offset
			}
			b.WriteString("    " + strings.Repeat(" ", offset) + strings.Repeat("^", carets) + "\n")
		}
	}
	b.WriteString(e.Kind.String() + ": " + e.Msg + "\n")
	return b.String()
}

// lineText returns the source line number line (1-based) with its newline.
func lineText(src string, line int) string {
	start := 0
	for l := 1; l < line; l++ {
		i := strings.IndexByte(src[start:], '\n')
		if i < 0 {
			return ""
		}
		start += i + 1
	}
	end := strings.IndexByte(src[start:], '\n')
	if end < 0 {
		return src[start:] + "\n"
	}
	return src[start : start+end+1]
}

// charOffset converts a 0-based byte column in line to CPython's 1-based
// character offset.
func charOffset(line string, col int) int {
	if col > len(line) {
		return utf8.RuneCountInString(line) + (col - len(line)) + 1
	}
	if col < 0 {
		return col + 1
	}
	return utf8.RuneCountInString(line[:col]) + 1
}

// newError builds a SyntaxError from byte positions (0-based columns);
// endLine 0 means "no range".
func newError(kind ErrorKind, src, filename, msg string, line, col, endLine, endCol int) *SyntaxError {
	text := lineText(src, line)
	e := &SyntaxError{Kind: kind, Msg: msg, Filename: filename, Lineno: line, Offset: charOffset(text, col), Text: text}
	if endLine > 0 {
		e.EndLineno = endLine
		etext := text
		if endLine != line {
			etext = lineText(src, endLine)
		}
		e.EndOffset = charOffset(etext, endCol)
	}
	return e
}
