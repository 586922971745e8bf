package syntax

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/unicode/runenames"
)

// numberValue converts a NUMBER token (already validated by the tokenizer)
// to its Constant value.
func (p *parser) numberValue(t *Token) any {
	s := strings.ReplaceAll(t.Text, "_", "")
	last := s[len(s)-1]
	if last == 'j' || last == 'J' {
		f, _ := strconv.ParseFloat(s[:len(s)-1], 64)
		return complex(0, f)
	}
	base := 10
	if len(s) > 1 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			base, s = 16, s[2:]
		case 'o', 'O':
			base, s = 8, s[2:]
		case 'b', 'B':
			base, s = 2, s[2:]
		}
	}
	if base == 10 && strings.ContainsAny(s, ".eE") {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !math.IsInf(f, 0) {
			p.errorTok(t, "invalid decimal literal")
		}
		return f
	}
	if v, err := strconv.ParseInt(s, base, 64); err == nil {
		return v
	}
	if len(s) > 4300 && base == 10 {
		p.errorTok(t, fmt.Sprintf("Exceeds the limit (4300 digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", len(s)))
	}
	b, ok := new(big.Int).SetString(s, base)
	if !ok {
		p.errorTok(t, "invalid decimal literal")
	}
	return b
}

// strings parses one or more adjacent string and f-string literals and
// concatenates them as CPython does: all plain -> one Constant; any
// f-string -> one JoinedStr whose adjacent literal parts are merged and
// whose empty parts are dropped; bytes may only join bytes.
func (p *parser) strings() Expr {
	start := p.tok()
	var parts []Expr // Constant(str) and FormattedValue
	var buf strings.Builder
	haveBuf := false
	var bufStart, bufEnd *Token
	isBytes, sawF := false, false
	var bytesVal []byte
	kind := ""
	first := true
	flush := func() {
		if haveBuf && buf.Len() > 0 {
			parts = append(parts, &Constant{Pos: Pos{int(bufStart.Line), int(bufStart.Col), int(bufEnd.EndLine), int(bufEnd.EndCol)}, Value: buf.String()})
		}
		buf.Reset()
		haveBuf = false
	}
	addText := func(s string, from, to *Token) {
		if !haveBuf {
			bufStart = from
			haveBuf = true
		}
		bufEnd = to
		buf.WriteString(s)
	}
	for p.at(String) || p.at(FStringStart) {
		t := p.tok()
		prefixLen := strings.IndexAny(t.Text, `"'`)
		prefix := strings.ToLower(t.Text[:prefixLen])
		b := strings.Contains(prefix, "b")
		if first {
			isBytes = b
			if prefix == "u" {
				kind = "u"
			}
		} else if b != isBytes {
			p.errorAtEnd(t, "cannot mix bytes and nonbytes literals")
		}
		first = false
		if t.Kind == String {
			p.pos++
			body, raw := stringBody(t.Text)
			if b {
				bytesVal = append(bytesVal, p.decodeBytes(t, body, raw)...)
			} else {
				addText(p.decodeStr(t, body, raw, false), t, t)
			}
			continue
		}
		sawF = true
		p.fstring(func(s string, from, to *Token) { addText(s, from, to) }, func(e Expr) {
			flush()
			parts = append(parts, e)
		})
	}
	pos := p.spanFrom(start)
	if isBytes {
		if bytesVal == nil {
			bytesVal = []byte{}
		}
		return &Constant{Pos: pos, Value: bytesVal}
	}
	if !sawF {
		return &Constant{Pos: pos, Value: buf.String(), Kind: kind}
	}
	flush()
	if parts == nil {
		parts = []Expr{}
	}
	return &JoinedStr{Pos: pos, Values: parts}
}

// stringBody strips the prefix and quotes of a STRING token.
func stringBody(text string) (body string, raw bool) {
	i := strings.IndexAny(text, `"'`)
	raw = strings.ContainsAny(text[:i], "rR")
	q := text[i]
	if len(text) >= i+6 && text[i+1] == q && text[i+2] == q {
		return text[i+3 : len(text)-3], raw
	}
	return text[i+1 : len(text)-1], raw
}

// fstring parses the f-string starting at the current FSTRING_START,
// passing literal text to text and replacement fields to field.
func (p *parser) fstring(text func(string, *Token, *Token), field func(Expr)) {
	startTok := p.advance()
	raw := strings.ContainsAny(strings.ToLower(startTok.Text), "r")
	for {
		t := p.tok()
		switch t.Kind {
		case FStringMiddle:
			p.pos++
			text(p.decodeStr(t, t.Text, raw, true), t, t)
		case LBrace:
			p.replacementField(0, raw, text, field)
		case FStringEnd:
			p.pos++
			return
		default:
			p.invalid()
		}
	}
}

// replacementField parses "{expr[=][!c][:spec]}"; nest counts the
// enclosing format specs (CPython allows two levels of fields).
func (p *parser) replacementField(nest int, raw bool, text func(string, *Token, *Token), field func(Expr)) {
	open := p.advance()
	p.inFString++
	defer func() { p.inFString-- }()
	if p.at(RBrace) {
		p.errorTok(p.tok(), "f-string: empty expression not allowed")
	}
	if p.at(Exclamation) || p.at(Colon) || p.at(Equal) {
		p.errorTok(p.tok(), "f-string: expression required before '"+p.tok().Text+"'")
	}
	if nest >= 2 {
		p.errorTok(open, "f-string: expressions nested too deeply")
	}
	saved := p.noIn
	p.noIn = false
	var e Expr
	if p.at(KwYield) {
		e = p.yieldExpr()
	} else {
		e = p.starExpressions()
	}
	p.noIn = saved
	conv := -1
	if p.at(Equal) {
		eq := p.advance()
		// The expression text, including the '=' and any whitespace
		// around it, becomes a literal part.
		end := eq.End
		if next := p.tok(); next.Kind == Exclamation || next.Kind == Colon || next.Kind == RBrace {
			end = next.Start
		}
		text(p.src[open.End:end], open, eq)
		if !p.at(Exclamation) && !p.at(Colon) {
			conv = 'r'
		}
	}
	if p.accept(Exclamation) {
		c := p.tok()
		if c.Kind != NameTok || c.Start != p.prev().End || (c.Text != "s" && c.Text != "r" && c.Text != "a") {
			p.errorTok(c, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		p.pos++
		conv = int(c.Text[0])
	}
	fv := &FormattedValue{Value: e, Conversion: conv}
	if p.accept(Colon) {
		specStart := p.tok()
		var parts []Expr
		var sb strings.Builder
		var from, to *Token
		flush := func() {
			if sb.Len() > 0 {
				parts = append(parts, &Constant{Pos: Pos{int(from.Line), int(from.Col), int(to.EndLine), int(to.EndCol)}, Value: sb.String()})
			}
			sb.Reset()
			from = nil
		}
		for !p.at(RBrace) {
			t := p.tok()
			switch t.Kind {
			case FStringMiddle:
				p.pos++
				if from == nil {
					from = t
				}
				to = t
				sb.WriteString(p.decodeStr(t, t.Text, raw, true))
			case LBrace:
				p.replacementField(nest+1, raw, func(s string, a, b *Token) {
					if from == nil {
						from = a
					}
					to = b
					sb.WriteString(s)
				}, func(x Expr) {
					flush()
					parts = append(parts, x)
				})
			default:
				p.errorTok(t, "f-string: expecting '}'")
			}
		}
		flush()
		if parts == nil {
			parts = []Expr{}
		}
		spec := &JoinedStr{Values: parts}
		if p.tok() == specStart {
			spec.Pos = Pos{int(specStart.Line), int(specStart.Col), int(specStart.Line), int(specStart.Col)}
		} else {
			spec.Pos = p.spanFrom(specStart)
		}
		fv.FormatSpec = spec
	}
	if !p.at(RBrace) {
		p.errorTok(p.tok(), "f-string: expecting '}'")
	}
	p.pos++
	fv.Pos = p.spanFrom(open)
	field(fv)
}

// decodeStr decodes the escapes of a str literal body. In f-string text
// (fstring true) doubled braces stand for one brace.
func (p *parser) decodeStr(t *Token, body string, raw, fstring bool) string {
	if raw || strings.IndexByte(body, '\\') < 0 {
		if fstring {
			body = strings.ReplaceAll(strings.ReplaceAll(body, "{{", "{"), "}}", "}")
		}
		return body
	}
	var b strings.Builder
	b.Grow(len(body))
	// pos counts characters as CPython's codec error positions do.
	for i := 0; i < len(body); {
		c := body[i]
		if fstring && (c == '{' || c == '}') && i+1 < len(body) && body[i+1] == c {
			b.WriteByte(c)
			i += 2
			continue
		}
		if c != '\\' {
			b.WriteByte(c)
			i++
			continue
		}
		escStart := utf8.RuneCountInString(body[:i])
		if i+1 >= len(body) {
			b.WriteByte('\\')
			i++
			continue
		}
		e := body[i+1]
		i += 2
		switch e {
		case '\n':
		case '\\', '\'', '"':
			b.WriteByte(e)
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'f':
			b.WriteByte(12)
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for n := 1; n < 3 && i < len(body) && body[i] >= '0' && body[i] <= '7'; n++ {
				v = v*8 + int(body[i]-'0')
				i++
			}
			writeCodePoint(&b, rune(v))
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			j := i
			for j < len(body) && j-i < n && isHex(body[j]) {
				j++
			}
			if j-i < n {
				p.unicodeError(t, escStart, escStart+1+(j-i), fmt.Sprintf("truncated \\%s escape", map[byte]string{'x': "xXX", 'u': "uXXXX", 'U': "UXXXXXXXX"}[e]))
			}
			v, _ := strconv.ParseUint(body[i:j], 16, 32)
			if v > 0x10FFFF {
				p.unicodeError(t, escStart, escStart+9, "illegal Unicode character")
			}
			i = j
			writeCodePoint(&b, rune(v))
		case 'N':
			if i >= len(body) || body[i] != '{' {
				p.unicodeError(t, escStart, escStart+1, "malformed \\N character escape")
			}
			end := strings.IndexByte(body[i:], '}')
			if end < 0 {
				p.unicodeError(t, escStart, escStart+1+utf8.RuneCountInString(body[i:]), "malformed \\N character escape")
			}
			name := body[i+1 : i+end]
			r, ok := lookupRuneName(name)
			if !ok {
				p.unicodeError(t, escStart, escStart+2+utf8.RuneCountInString(body[i:i+end]), "unknown Unicode character name")
			}
			i += end + 1
			b.WriteRune(r)
		default:
			// Invalid escapes are kept verbatim (CPython warns).
			b.WriteByte('\\')
			i--
		}
	}
	return b.String()
}

// errorAtEnd reports an error found while decoding a literal where CPython
// does: just after the token.
func (p *parser) errorAtEnd(t *Token, msg string) {
	p.raise(KindSyntaxError, msg, int(t.EndLine), int(t.EndCol), int(t.EndLine), int(t.EndCol))
}

func (p *parser) unicodeError(t *Token, from, to int, why string) {
	p.errorAtEnd(t, fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", from, to, why))
}

// writeCodePoint appends r, encoding a surrogate WTF-8 style (see
// Constant) because Go's UTF-8 encoder would replace it.
func writeCodePoint(b *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		b.WriteByte(0xED)
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// decodeBytes decodes a bytes literal body.
func (p *parser) decodeBytes(t *Token, body string, raw bool) []byte {
	for i := 0; i < len(body); i++ {
		if body[i] >= 0x80 {
			p.errorTok(t, "bytes can only contain ASCII literal characters")
		}
	}
	if raw || strings.IndexByte(body, '\\') < 0 {
		return []byte(body)
	}
	out := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			out = append(out, c)
			i++
			continue
		}
		e := body[i+1]
		at := i
		i += 2
		switch e {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, e)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for n := 1; n < 3 && i < len(body) && body[i] >= '0' && body[i] <= '7'; n++ {
				v = v*8 + int(body[i]-'0')
				i++
			}
			out = append(out, byte(v))
		case 'x':
			if i+2 > len(body) || !isHex(body[i]) || !isHex(body[i+1]) {
				p.errorAtEnd(t, fmt.Sprintf("(value error) invalid \\x escape at position %d", at))
			}
			v, _ := strconv.ParseUint(body[i:i+2], 16, 8)
			out = append(out, byte(v))
			i += 2
		default:
			out = append(out, '\\')
			i--
		}
	}
	return out
}

var (
	runeNamesOnce sync.Once
	runeByName    map[string]rune
)

// lookupRuneName resolves a \N{...} name. The reverse table is built on
// first use from x/text's name table, which costs a few milliseconds once
// and nothing for programs that never use \N.
func lookupRuneName(name string) (rune, bool) {
	runeNamesOnce.Do(func() {
		runeByName = make(map[string]rune, 40000)
		for r := rune(0); r <= 0x10FFFF; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				continue
			}
			if n := runenames.Name(r); n != "" && n[0] != '<' {
				runeByName[n] = r
			}
		}
	})
	r, ok := runeByName[strings.ToUpper(name)]
	return r, ok
}

// normalizeNewlines converts \r\n and lone \r to \n, as CPython's
// universal-newline reading of source files does before tokenizing.
func normalizeNewlines(src string) string {
	if strings.IndexByte(src, '\r') < 0 {
		return src
	}
	return strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n")
}

// DecodeSource turns the bytes of a source file into UTF-8 text following
// PEP 263: a UTF-8 BOM, or a "coding[:=]name" comment on one of the first
// two lines. UTF-8 (the default) and Latin-1 are decoded directly, any
// other IANA-registered encoding through x/text; an unknown encoding or
// invalid UTF-8 is a SyntaxError.
func DecodeSource(src []byte, filename string) (string, *SyntaxError) {
	bom := false
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		src = src[3:]
		bom = true
	}
	enc := declaredEncoding(src)
	switch enc {
	case "", "utf-8":
	case "latin-1", "utf8":
		// CPython only accepts a BOM with the exact spelling "utf-8".
		if bom {
			return "", &SyntaxError{Msg: "encoding problem: " + enc + " with BOM", Filename: filename, Lineno: 1}
		}
		if enc == "utf8" {
			break
		}
		runes := make([]rune, len(src))
		for i, c := range src {
			runes[i] = rune(c)
		}
		return string(runes), nil
	default:
		e, err := ianaindex.IANA.Encoding(enc)
		if (err != nil || e == nil) && strings.HasPrefix(enc, "cp") {
			// Python's cp1252 is IANA's windows-1252.
			e, err = ianaindex.IANA.Encoding("windows-" + enc[2:])
		}
		if err != nil || e == nil {
			return "", &SyntaxError{Msg: "unknown encoding: " + enc, Filename: filename, Lineno: 1}
		}
		if bom {
			return "", &SyntaxError{Msg: "encoding problem: " + enc + " with BOM", Filename: filename, Lineno: 1}
		}
		out, err := e.NewDecoder().Bytes(src)
		if err != nil {
			return "", &SyntaxError{Msg: "(unicode error) " + err.Error(), Filename: filename, Lineno: 1}
		}
		src = out
	}
	if !utf8.Valid(src) {
		line, col := 1, 0
		for i := 0; i < len(src); {
			r, w := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && w == 1 {
				return "", &SyntaxError{Msg: fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", src[i], col),
					Filename: filename, Lineno: line}
			}
			if r == '\n' {
				line, col = line+1, 0
			} else {
				col++
			}
			i += w
		}
	}
	return string(src), nil
}

// declaredEncoding finds a PEP 263 declaration on line 1 or 2 (line 2
// only if line 1 is a comment or blank).
func declaredEncoding(src []byte) string {
	for lineNo := 0; lineNo < 2 && len(src) > 0; lineNo++ {
		end := 0
		for end < len(src) && src[end] != '\n' {
			end++
		}
		line := strings.TrimLeft(string(src[:end]), " \t\f")
		if strings.HasPrefix(line, "#") {
			if i := strings.Index(line, "coding"); i >= 0 {
				rest := line[i+6:]
				if len(rest) > 0 && (rest[0] == ':' || rest[0] == '=') {
					rest = strings.TrimLeft(rest[1:], " \t")
					j := 0
					for j < len(rest) && (isASCIIIdentContinue(rest[j]) || rest[j] == '-' || rest[j] == '.') {
						j++
					}
					if j > 0 {
						return normalizeEncodingName(rest[:j])
					}
				}
			}
		} else if line != "" && line != "\r" {
			return ""
		}
		if end >= len(src) {
			break
		}
		src = src[end+1:]
	}
	return ""
}

func normalizeEncodingName(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "_", "-"))
	switch {
	case s == "utf-8" || strings.HasPrefix(s, "utf-8-"):
		return "utf-8"
	case s == "latin-1" || s == "iso-8859-1" || s == "iso-latin-1" || strings.HasPrefix(s, "latin-1-") || strings.HasPrefix(s, "iso-8859-1-") || strings.HasPrefix(s, "iso-latin-1-"):
		return "latin-1"
	}
	return s
}
