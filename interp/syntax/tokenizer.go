package syntax

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxParenDepth is CPython's MAXLEVEL: deeper bracket nesting is a
// SyntaxError ("too many nested parentheses") rather than a risk to the
// parser's stack.
const maxParenDepth = 200

// maxIndentDepth is CPython's MAXINDENT.
const maxIndentDepth = 100

// Tokenize splits src (UTF-8, already decoded; see DecodeSource) into
// tokens. On a lexical error it returns the tokens read so far and the
// error; the parser uses the prefix to report grammar errors that come
// first in the file, as CPython's lazily-pulling parser does.
func Tokenize(src, filename string) ([]Token, *SyntaxError) {
	if len(src) > math.MaxInt32 {
		// Token positions are int32; CPython would run out of memory
		// long before a source this size.
		return nil, &SyntaxError{Msg: "source code too large", Filename: filename, Lineno: 1}
	}
	t := &tokenizer{src: src, filename: filename, line: 1, atLineStart: true}
	t.indents = append(t.indents, 0)
	t.altIndents = append(t.altIndents, 0)
	// The standard library averages one token per 6 bytes, and few
	// files exceed one per 4; one per 5 avoids regrowing for most files
	// without zeroing much unused memory.
	t.tokens = make([]Token, 0, len(src)/5+16)
	t.run()
	return t.tokens, t.err
}

// paren is an open bracket, remembered for mismatch and "never closed"
// messages and, for f-string replacement fields, to know where the field
// ends.
type paren struct {
	ch   byte
	line int
	col  int
}

// fstringField is an open replacement field "{...}" of an f-string. depth
// is the length of the paren stack once its '{' is pushed: while the
// stack is exactly that deep, ':' '!' and '}' belong to the field rather
// than to a nested expression.
type fstringField struct {
	depth  int
	inSpec bool
}

// fstringFrame is an f-string being tokenized (PEP 701). Frames nest: an
// f-string inside a replacement field pushes a new one.
type fstringFrame struct {
	quote  byte
	triple bool
	raw    bool
	line   int
	col    int
	start  int
	fields []fstringField
}

// tokenizer is a single pass over the source. The mode is implied by the
// top f-string frame: no frame or an expression field on top means normal
// Python tokens; a frame with no open field means f-string literal text;
// a field in its format spec means format-spec text.
type tokenizer struct {
	src       string
	filename  string
	pos       int
	line      int
	lineStart int

	atLineStart bool
	lineTokens  int // tokens emitted on the current logical line
	indents     []int
	altIndents  []int
	parens      []paren
	fstrings    []fstringFrame

	tokens []Token
	err    *SyntaxError
}

func (t *tokenizer) errorAt(kind ErrorKind, msg string, line, col, endLine, endCol int) {
	if t.err == nil {
		t.err = newError(kind, t.src, t.filename, msg, line, col, endLine, endCol)
	}
}

func (t *tokenizer) col() int { return t.pos - t.lineStart }

func (t *tokenizer) emit(kind TokenKind, start, line, col int, text string) {
	t.tokens = append(t.tokens, Token{Kind: kind, Start: int32(start), End: int32(t.pos), Line: int32(line), Col: int32(col),
		EndLine: int32(t.line), EndCol: int32(t.pos - t.lineStart), Text: text, Level: uint8(len(t.parens))})
	t.lineTokens++
}

// newline records that t.pos has just passed a '\n'.
func (t *tokenizer) newline() {
	t.line++
	t.lineStart = t.pos
}

func (t *tokenizer) run() {
	for t.err == nil {
		if n := len(t.fstrings); n > 0 {
			f := &t.fstrings[n-1]
			if len(f.fields) == 0 {
				t.fstringLiteral(f, false)
				continue
			}
			if f.fields[len(f.fields)-1].inSpec {
				t.fstringLiteral(f, true)
				continue
			}
		}
		if t.atLineStart {
			t.atLineStart = false
			if len(t.parens) == 0 && !t.indentation() {
				continue
			}
		}
		if !t.next() {
			return
		}
	}
}

// indentation measures the indentation of a new line and emits INDENT or
// DEDENT tokens. Blank and comment-only lines do not count. It returns
// false when the line was blank and has been skipped.
func (t *tokenizer) indentation() bool {
	col, alt := 0, 0
	p := t.pos
	for p < len(t.src) {
		switch t.src[p] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/8 + 1) * 8
			alt++
		case '\f':
			col, alt = 0, 0
		default:
			goto measured
		}
		p++
	}
measured:
	if p >= len(t.src) {
		t.pos = p
		return true // EOF: next() emits the final tokens
	}
	if c := t.src[p]; c == '#' || c == '\n' || c == '\\' && p+1 < len(t.src) && t.src[p+1] == '\n' {
		if c == '#' || c == '\n' {
			// Blank line: skip it entirely without a NEWLINE.
			for p < len(t.src) && t.src[p] != '\n' {
				p++
			}
			if p < len(t.src) {
				p++
				t.pos = p
				t.newline()
			} else {
				t.pos = p
			}
			t.atLineStart = true
			return false
		}
	}
	t.pos = p
	top := len(t.indents) - 1
	switch {
	case col == t.indents[top]:
		if alt != t.altIndents[top] {
			t.errorAt(KindTabError, "inconsistent use of tabs and spaces in indentation", t.line, 0, 0, 0)
			return false
		}
	case col > t.indents[top]:
		if len(t.indents) >= maxIndentDepth {
			t.errorAt(KindIndentationError, "too many levels of indentation", t.line, t.col(), 0, 0)
			return false
		}
		if alt <= t.altIndents[top] {
			t.errorAt(KindTabError, "inconsistent use of tabs and spaces in indentation", t.line, 0, 0, 0)
			return false
		}
		t.indents = append(t.indents, col)
		t.altIndents = append(t.altIndents, alt)
		t.tokens = append(t.tokens, Token{Kind: Indent, Start: int32(t.lineStart), End: int32(t.pos), Line: int32(t.line), Col: int32(0), EndLine: int32(t.line), EndCol: int32(t.col())})
	default:
		for top > 0 && col < t.indents[top] {
			top--
			t.tokens = append(t.tokens, Token{Kind: Dedent, Start: int32(t.pos), End: int32(t.pos), Line: int32(t.line), Col: int32(t.col()), EndLine: int32(t.line), EndCol: int32(t.col())})
		}
		t.indents = t.indents[:top+1]
		t.altIndents = t.altIndents[:top+1]
		if col != t.indents[top] {
			t.errorAt(KindIndentationError, "unindent does not match any outer indentation level", t.line, len(strings.TrimRight(lineText(t.src, t.line), "\n")), 0, 0)
			return false
		}
		if alt != t.altIndents[top] {
			t.errorAt(KindTabError, "inconsistent use of tabs and spaces in indentation", t.line, 0, 0, 0)
			return false
		}
	}
	return true
}

// next reads one token (or skips whitespace, a comment or a line
// continuation). It returns false after ENDMARKER.
func (t *tokenizer) next() bool {
	src := t.src
	// Skip blanks.
	for t.pos < len(src) && (src[t.pos] == ' ' || src[t.pos] == '\t' || src[t.pos] == '\f') {
		t.pos++
	}
	if t.pos >= len(src) {
		return t.eof()
	}
	c := src[t.pos]
	start, line, col := t.pos, t.line, t.col()
	switch {
	case c == '#':
		for t.pos < len(src) && src[t.pos] != '\n' {
			t.pos++
		}
		return true
	case c == '\n':
		t.pos++
		if len(t.parens) > 0 {
			t.newline()
			return true
		}
		if t.lineTokens > 0 {
			t.tokens = append(t.tokens, Token{Kind: Newline, Start: int32(start), End: int32(t.pos), Line: int32(line), Col: int32(col), EndLine: int32(line), EndCol: int32(col + 1), Text: "\n"})
		}
		t.newline()
		t.lineTokens = 0
		t.atLineStart = true
		return true
	case c == '\\':
		if t.pos+1 < len(src) && src[t.pos+1] == '\n' {
			t.pos += 2
			t.newline()
			if t.pos >= len(src) {
				t.errorAt(KindSyntaxError, "unexpected EOF while parsing", t.line-1, col, 0, 0)
			}
			return true
		}
		if t.pos+1 >= len(src) {
			t.errorAt(KindSyntaxError, "unexpected EOF while parsing", line, col, 0, 0)
			return true
		}
		t.errorAt(KindSyntaxError, "unexpected character after line continuation character", line, col+1, 0, 0)
		return true
	case isASCIIIdentStart(c) || c >= 0x80:
		return t.nameOrString()
	case c >= '0' && c <= '9' || c == '.' && t.pos+1 < len(src) && src[t.pos+1] >= '0' && src[t.pos+1] <= '9':
		t.number()
		return true
	case c == '"' || c == '\'':
		t.str(start, line, col, false, false)
		return true
	}
	return t.operator(start, line, col)
}

// eof emits the NEWLINE, DEDENTs and ENDMARKER that close the file, or the
// error for whatever is still open.
func (t *tokenizer) eof() bool {
	if n := len(t.fstrings); n > 0 {
		f := t.fstrings[n-1]
		t.errorAt(KindSyntaxError, fmt.Sprintf("unterminated %sstring literal (detected at line %d)", tripleWord(f.triple), t.lastLine()), f.line, f.col, 0, 0)
		return false
	}
	if n := len(t.parens); n > 0 {
		p := t.parens[n-1]
		t.errorAt(KindSyntaxError, fmt.Sprintf("'%c' was never closed", p.ch), p.line, p.col, 0, 0)
		return false
	}
	if t.lineTokens > 0 {
		t.tokens = append(t.tokens, Token{Kind: Newline, Start: int32(t.pos), End: int32(t.pos), Line: int32(t.line), Col: int32(t.col()), EndLine: int32(t.line), EndCol: int32(t.col() + 1)})
		t.lineTokens = 0
	}
	// CPython places the end-of-file tokens at the end of the last line,
	// which is where "expected an indented block" points at EOF.
	line := t.lastLine()
	col := len(strings.TrimRight(lineText(t.src, line), "\n"))
	for len(t.indents) > 1 {
		t.indents = t.indents[:len(t.indents)-1]
		t.tokens = append(t.tokens, Token{Kind: Dedent, Start: int32(t.pos), End: int32(t.pos), Line: int32(line), Col: int32(col), EndLine: int32(line), EndCol: int32(col)})
	}
	t.tokens = append(t.tokens, Token{Kind: EndMarker, Start: int32(t.pos), End: int32(t.pos), Line: int32(line), Col: int32(col), EndLine: int32(line), EndCol: int32(col)})
	return false
}

// lastLine is the line CPython names in "(detected at line N)" at EOF: a
// final newline does not start a new line.
func (t *tokenizer) lastLine() int {
	if t.pos >= len(t.src) && t.pos == t.lineStart && t.line > 1 {
		return t.line - 1
	}
	return t.line
}

func tripleWord(triple bool) string {
	if triple {
		return "triple-quoted "
	}
	return ""
}

// c0 returns src[i], or 0 past the end.
func c0(src string, i int) byte {
	if i < len(src) {
		return src[i]
	}
	return 0
}

func isASCIIIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isASCIIIdentContinue(c byte) bool {
	return isASCIIIdentStart(c) || c >= '0' && c <= '9'
}

// isIDStart approximates Unicode XID_Start with the categories it is
// defined from (letters, letter numbers, Other_ID_Start); NFKC closure
// differences only affect characters CPython also rejects.
func isIDStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

// isIDContinue approximates Unicode XID_Continue.
func isIDContinue(r rune) bool {
	return isIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

// nameOrString reads an identifier or keyword, or a string whose prefix
// it turns out to be.
func (t *tokenizer) nameOrString() bool {
	src := t.src
	start, line, col := t.pos, t.line, t.col()
	ascii := true
	for t.pos < len(src) {
		c := src[t.pos]
		if isASCIIIdentContinue(c) {
			t.pos++
			continue
		}
		if c < 0x80 {
			break
		}
		ascii = false
		_, w := utf8.DecodeRuneInString(src[t.pos:])
		t.pos += w
	}
	word := src[start:t.pos]
	if t.pos < len(src) && (src[t.pos] == '"' || src[t.pos] == '\'') && len(word) <= 2 {
		if raw, bytes, f, ok := stringPrefix(word); ok {
			if f {
				t.fstringStart(start, line, col, raw)
			} else {
				t.str(start, line, col, raw, bytes)
			}
			return true
		}
	}
	if !ascii {
		// CPython reads every non-ASCII byte as a potential identifier
		// character and then reports the first one that is not.
		for i, r := range word {
			ok := isIDContinue(r)
			if i == 0 {
				ok = isIDStart(r)
			}
			if !ok {
				t.pos = start + i
				t.invalidCharacter(r, line, t.col())
				return false
			}
		}
		word = norm.NFKC.String(word)
	}
	kind := NameTok
	if k, ok := keywords[word]; ok {
		kind = k
	}
	t.emit(kind, start, line, col, word)
	return true
}

// stringPrefix recognises the string prefixes (any case): r u b br rb f fr rf.
func stringPrefix(w string) (raw, bytes, f, ok bool) {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'r', 'R':
			if raw {
				return
			}
			raw = true
		case 'b', 'B':
			if bytes || f {
				return
			}
			bytes = true
		case 'f', 'F':
			if bytes || f {
				return
			}
			f = true
		case 'u', 'U':
			if len(w) != 1 {
				return
			}
		default:
			return
		}
	}
	return raw, bytes, f, true
}

// str reads a (non-f) string literal starting at the quote at t.pos; the
// prefix, if any, starts at start. The token text is the whole literal
// with prefix and quotes; the parser decodes it.
func (t *tokenizer) str(start, line, col int, raw, bytes bool) {
	src := t.src
	q := src[t.pos]
	triple := strings.HasPrefix(src[t.pos:], string([]byte{q, q, q}))
	if triple {
		t.pos += 3
	} else {
		t.pos++
	}
	for {
		if t.pos >= len(src) || c0(src, t.pos) == '\n' && !triple {
			if len(t.fstrings) > 0 {
				// A quote inside a replacement field that runs to the
				// end of the line is the f-string's own closing quote
				// seen too early.
				t.errorAt(KindSyntaxError, "f-string: expecting '}'", line, col+1, 0, 0)
				return
			}
			if t.pos >= len(src) {
				t.errorAt(KindSyntaxError, fmt.Sprintf("unterminated %sstring literal (detected at line %d)", tripleWord(triple), t.lastLine()), line, col, 0, 0)
				return
			}
		}
		c := src[t.pos]
		switch {
		case c == q:
			if !triple {
				t.pos++
				t.emit(String, start, line, col, src[start:t.pos])
				return
			}
			if strings.HasPrefix(src[t.pos:], string([]byte{q, q, q})) {
				t.pos += 3
				t.emit(String, start, line, col, src[start:t.pos])
				return
			}
			t.pos++
		case c == '\n':
			if !triple {
				t.errorAt(KindSyntaxError, fmt.Sprintf("unterminated string literal (detected at line %d)", t.line), line, col, 0, 0)
				return
			}
			t.pos++
			t.newline()
		case c == '\\':
			t.pos++
			if t.pos < len(src) {
				if src[t.pos] == '\n' {
					t.pos++
					t.newline()
				} else {
					t.pos++
				}
			}
		default:
			t.pos++
		}
	}
}

// fstringStart reads the prefix and opening quote of an f-string.
func (t *tokenizer) fstringStart(start, line, col int, raw bool) {
	src := t.src
	q := src[t.pos]
	triple := strings.HasPrefix(src[t.pos:], string([]byte{q, q, q}))
	if triple {
		t.pos += 3
	} else {
		t.pos++
	}
	t.emit(FStringStart, start, line, col, src[start:t.pos])
	t.fstrings = append(t.fstrings, fstringFrame{quote: q, triple: triple, raw: raw, line: line, col: col, start: start})
}

// fstringLiteral reads literal text of the f-string f up to the next
// replacement field, the end of the format spec, or the closing quote.
// Doubled braces stay doubled in the FSTRING_MIDDLE text; the parser
// undoubles them while decoding escapes.
func (t *tokenizer) fstringLiteral(f *fstringFrame, spec bool) {
	src := t.src
	start, line, col := t.pos, t.line, t.col()
	flush := func() {
		if t.pos > start {
			t.emit(FStringMiddle, start, line, col, src[start:t.pos])
		}
	}
	for {
		if t.pos >= len(src) {
			t.errorAt(KindSyntaxError, fmt.Sprintf("unterminated %sstring literal (detected at line %d)", tripleWord(f.triple), t.lastLine()), f.line, f.col, 0, 0)
			return
		}
		c := src[t.pos]
		switch {
		case c == f.quote && (!f.triple || strings.HasPrefix(src[t.pos:], string([]byte{c, c, c}))):
			if spec {
				t.errorAt(KindSyntaxError, "f-string: expecting '}'", t.line, t.col(), 0, 0)
				return
			}
			flush()
			qs, ql, qc := t.pos, t.line, t.col()
			if f.triple {
				t.pos += 3
			} else {
				t.pos++
			}
			t.emit(FStringEnd, qs, ql, qc, src[qs:t.pos])
			t.fstrings = t.fstrings[:len(t.fstrings)-1]
			return
		case c == '\n':
			if !f.triple {
				t.errorAt(KindSyntaxError, fmt.Sprintf("unterminated string literal (detected at line %d)", t.line), f.line, f.col, 0, 0)
				return
			}
			t.pos++
			t.newline()
		case c == '\\':
			t.pos++
			if t.pos < len(src) {
				switch d := src[t.pos]; {
				case d == '{' || d == '}':
					// Not an escape: the brace is seen next iteration.
				case d == 'N' && !f.raw && t.pos+1 < len(src) && src[t.pos+1] == '{':
					for t.pos < len(src) && src[t.pos] != '}' && src[t.pos] != f.quote && src[t.pos] != '\n' {
						t.pos++
					}
					if t.pos < len(src) && src[t.pos] == '}' {
						t.pos++
					}
				case d == '\n':
					t.pos++
					t.newline()
				default:
					t.pos++
				}
			}
		case c == '{':
			if !spec && t.pos+1 < len(src) && src[t.pos+1] == '{' {
				t.pos += 2
				continue
			}
			flush()
			bl, bc := t.line, t.col()
			if !t.pushParen('{', bl, bc) {
				return
			}
			t.pos++
			t.emit(LBrace, t.pos-1, bl, bc, "{")
			f.fields = append(f.fields, fstringField{depth: len(t.parens)})
			return
		case c == '}':
			if !spec {
				if t.pos+1 < len(src) && src[t.pos+1] == '}' {
					t.pos += 2
					continue
				}
				t.errorAt(KindSyntaxError, "f-string: single '}' is not allowed", t.line, t.col(), 0, 0)
				return
			}
			flush()
			t.closeField(f)
			return
		default:
			t.pos++
		}
	}
}

// closeField consumes the '}' at t.pos that ends the innermost field of f.
func (t *tokenizer) closeField(f *fstringFrame) {
	line, col := t.line, t.col()
	t.parens = t.parens[:len(t.parens)-1]
	f.fields = f.fields[:len(f.fields)-1]
	t.pos++
	t.emit(RBrace, t.pos-1, line, col, "}")
}

func (t *tokenizer) pushParen(ch byte, line, col int) bool {
	if len(t.parens) >= maxParenDepth {
		t.errorAt(KindSyntaxError, "too many nested parentheses", line, col, 0, 0)
		return false
	}
	t.parens = append(t.parens, paren{ch, line, col})
	return true
}

// operator reads an operator or bracket.
func (t *tokenizer) operator(start, line, col int) bool {
	src := t.src
	c := src[t.pos]
	// Inside an f-string replacement field, at the field's own level,
	// ':' '!' and '}' delimit the field.
	if n := len(t.fstrings); n > 0 {
		f := &t.fstrings[n-1]
		if k := len(f.fields); k > 0 && f.fields[k-1].depth == len(t.parens) {
			switch {
			case c == ':':
				t.pos++
				t.emit(Colon, start, line, col, ":")
				f.fields[k-1].inSpec = true
				return true
			case c == '!' && !(t.pos+1 < len(src) && src[t.pos+1] == '='):
				t.pos++
				t.emit(Exclamation, start, line, col, "!")
				return true
			case c == '}':
				t.closeField(f)
				return true
			}
		}
	}
	for n := 3; n >= 1; n-- {
		if t.pos+n > len(src) {
			continue
		}
		op := src[t.pos : t.pos+n]
		kind, ok := operators[op]
		if !ok {
			continue
		}
		switch kind {
		case LPar, LSqb, LBrace:
			if !t.pushParen(c, line, col) {
				return false
			}
		case RPar, RSqb, RBrace:
			if len(t.parens) == 0 {
				t.errorAt(KindSyntaxError, fmt.Sprintf("unmatched '%c'", c), line, col, 0, 0)
				return false
			}
			open := t.parens[len(t.parens)-1]
			if open.ch != matchingOpen(c) {
				msg := fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
				if open.line != line {
					msg += fmt.Sprintf(" on line %d", open.line)
				}
				t.errorAt(KindSyntaxError, msg, line, col, 0, 0)
				return false
			}
			t.parens = t.parens[:len(t.parens)-1]
		}
		t.pos += n
		t.emit(kind, start, line, col, op)
		return true
	}
	r, _ := utf8.DecodeRuneInString(src[t.pos:])
	if r == 0 {
		t.errorAt(KindSyntaxError, "source code cannot contain null bytes", line, col, 0, 0)
		return false
	}
	if r > ' ' && r < 0x7f {
		// '$', '?' and '`' are error tokens that CPython's parser
		// reports as plain invalid syntax.
		t.errorAt(KindSyntaxError, "invalid syntax", line, col, 0, 0)
		return false
	}
	t.invalidCharacter(r, line, col)
	return false
}

// invalidCharacter reports a character that cannot start or continue a
// token, in CPython's words.
func (t *tokenizer) invalidCharacter(r rune, line, col int) {
	if unicode.IsPrint(r) {
		t.errorAt(KindSyntaxError, fmt.Sprintf("invalid character '%c' (U+%04X)", r, r), line, col, 0, 0)
		return
	}
	t.errorAt(KindSyntaxError, fmt.Sprintf("invalid non-printable character U+%04X", r), line, col, 0, 0)
}

func matchingOpen(c byte) byte {
	switch c {
	case ')':
		return '('
	case ']':
		return '['
	}
	return '{'
}

// number reads a numeric literal, checking it the way CPython's tokenizer
// does so that the same literals are rejected with the same messages.
func (t *tokenizer) number() {
	src := t.src
	start, line, col := t.pos, t.line, t.col()
	peek := func() byte {
		if t.pos < len(src) {
			return src[t.pos]
		}
		return 0
	}
	fail := func(msg string, at int) {
		t.errorAt(KindSyntaxError, msg, line, at-t.lineStart, 0, 0)
	}
	// digits reads digits accepted by ok with single underscores between
	// them; it reports whether it read any.
	digits := func(ok func(byte) bool, kind string) bool {
		any := false
		for {
			for ok(peek()) {
				t.pos++
				any = true
			}
			if peek() != '_' {
				return any
			}
			t.pos++
			if !ok(peek()) {
				fail("invalid "+kind+" literal", t.pos-1)
				return false
			}
		}
	}
	isDec := func(c byte) bool { return c >= '0' && c <= '9' }
	if peek() == '0' && t.pos+1 < len(src) && strings.IndexByte("xXoObB", src[t.pos+1]) >= 0 {
		base := src[t.pos+1]
		t.pos += 2
		var ok func(byte) bool
		var kind string
		switch base {
		case 'x', 'X':
			ok, kind = func(c byte) bool { return isDec(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }, "hexadecimal"
		case 'o', 'O':
			ok, kind = func(c byte) bool { return c >= '0' && c <= '7' }, "octal"
		default:
			ok, kind = func(c byte) bool { return c == '0' || c == '1' }, "binary"
		}
		if peek() == '_' {
			t.pos++
		}
		if !digits(ok, kind) {
			if t.err != nil {
				return
			}
			if isDec(peek()) && kind != "hexadecimal" {
				fail(fmt.Sprintf("invalid digit '%c' in %s literal", peek(), kind), t.pos)
				return
			}
			fail("invalid "+kind+" literal", t.pos-1)
			return
		}
		if isDec(peek()) && kind != "hexadecimal" {
			fail(fmt.Sprintf("invalid digit '%c' in %s literal", peek(), kind), t.pos)
			return
		}
		if t.verifyEnd(kind, start) {
			t.emit(Number, start, line, col, src[start:t.pos])
		}
		return
	}
	kind := "decimal"
	if peek() != '.' {
		leadingZero := peek() == '0'
		if !digits(isDec, "decimal") {
			return
		}
		if leadingZero && peek() != '.' && peek() != 'e' && peek() != 'E' && peek() != 'j' && peek() != 'J' {
			// "00" is fine, "07" is not.
			if strings.Trim(strings.ReplaceAll(src[start:t.pos], "_", ""), "0") != "" {
				t.errorAt(KindSyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line, col, 0, 0)
				return
			}
		}
	}
	if peek() == '.' {
		t.pos++
		if isDec(peek()) && !digits(isDec, "decimal") {
			return
		}
	}
	if c := peek(); c == 'e' || c == 'E' {
		save := t.pos
		t.pos++
		signed := peek() == '+' || peek() == '-'
		if signed {
			t.pos++
		}
		if !isDec(peek()) {
			at := start
			if signed {
				at = t.pos - 1
			}
			t.pos = save
			fail("invalid decimal literal", at)
			return
		}
		if !digits(isDec, "decimal") {
			return
		}
	}
	if c := peek(); c == 'j' || c == 'J' {
		t.pos++
		kind = "imaginary"
	}
	if t.verifyEnd(kind, start) {
		t.emit(Number, start, line, col, src[start:t.pos])
	}
}

// verifyEnd rejects a number immediately followed by an identifier
// character ("1abc"), except for the keywords CPython still tolerates
// there ("1if x else y").
func (t *tokenizer) verifyEnd(kind string, start int) bool {
	if t.pos >= len(t.src) {
		return true
	}
	c := t.src[t.pos]
	if !isASCIIIdentContinue(c) && c < 0x80 {
		return true
	}
	if c >= 0x80 {
		if r, _ := utf8.DecodeRuneInString(t.src[t.pos:]); !isIDContinue(r) {
			t.invalidCharacter(r, t.line, t.col())
			return false
		}
	}
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if strings.HasPrefix(t.src[t.pos:], kw) {
			return true
		}
	}
	at := t.pos - 1
	if kind == "decimal" {
		at = start
	}
	t.errorAt(KindSyntaxError, "invalid "+kind+" literal", t.line, at-t.lineStart, 0, 0)
	return false
}
