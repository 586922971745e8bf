package syntax

import (
	"fmt"
	"strings"
)

// maxNesting bounds the parser's recursion (nested expressions, unary
// chains, nested blocks). CPython raises RecursionError ("maximum recursion
// depth exceeded during ast construction") for such input; weft does the
// same instead of growing the Go stack without bound.
const maxNesting = 2000

// Parse parses a whole module (CPython's mode "exec"). src is the raw file
// content: a BOM and a PEP 263 coding declaration are honoured (see
// DecodeSource). The error, if any, is a *SyntaxError.
func Parse(src []byte, filename string) (*Module, error) {
	text, serr := DecodeSource(src, filename)
	if serr != nil {
		return nil, serr
	}
	m, err := ParseString(text, filename)
	if err != nil {
		return nil, err
	}
	return m, nil
}

// ParseString parses already-decoded UTF-8 source as a module.
func ParseString(src, filename string) (m *Module, err error) {
	p := newParser(src, filename)
	if serr := p.run(func() { m = p.fileInput() }); serr != nil {
		return nil, serr
	}
	return m, nil
}

// ParseExpression parses src as a single expression (mode "eval").
func ParseExpression(src, filename string) (e *Expression, err error) {
	p := newParser(src, filename)
	if serr := p.run(func() { e = p.evalInput() }); serr != nil {
		return nil, serr
	}
	return e, nil
}

// ParseInteractive parses src as one interactive input (mode "single").
func ParseInteractive(src, filename string) (m *Interactive, err error) {
	p := newParser(src, filename)
	if serr := p.run(func() { m = p.interactiveInput() }); serr != nil {
		return nil, serr
	}
	return m, nil
}

// parser is a recursive-descent parser over the token slice with the
// semantics of CPython's PEG grammar: where the grammar needs unbounded
// lookahead (match statements, parenthesised with-items, assignment
// targets) it backtracks by resetting pos. Errors are raised by panicking
// with a *SyntaxError, which run recovers; nothing else is recovered, so a
// bug still surfaces as a bug.
type parser struct {
	src      string
	filename string
	toks     []Token
	tokErr   *SyntaxError
	pos      int
	depth    int

	// noIn stops comparisons from consuming "in", for the targets of
	// "for" statements and comprehensions; brackets clear it.
	noIn bool
	// inFString counts open f-string replacement fields, for messages.
	inFString int
	// inCallArgs is set while parsing a call's arguments, where
	// "expr = value" has its own message (invalid_kwarg).
	inCallArgs bool
}

// syntaxPanic wraps errors raised by the parser so that run recovers only
// its own panics.
type syntaxPanic struct{ err *SyntaxError }

func newParser(src, filename string) *parser {
	src = normalizeNewlines(src)
	toks, terr := Tokenize(src, filename)
	return &parser{src: src, filename: filename, toks: toks, tokErr: terr}
}

func (p *parser) run(f func()) (err *SyntaxError) {
	defer func() {
		if r := recover(); r != nil {
			sp, ok := r.(syntaxPanic)
			if !ok {
				panic(r)
			}
			err = sp.err
			// A lexical error later in the file wins over the grammar
			// errors of CPython's second (error-reporting) pass, because
			// CPython tokenizes the rest of the file before reporting
			// them; only the forced-token errors of its first pass
			// ("expected ':'") come first.
			if p.tokErr != nil && p.tokErr.Msg != "invalid syntax" && !strings.HasPrefix(err.Msg, "expected '") {
				err = p.tokErr
			}
		}
	}()
	f()
	return nil
}

// ---- token access ----

func (p *parser) tok() *Token {
	if p.pos >= len(p.toks) {
		panic(syntaxPanic{p.tokErr})
	}
	return &p.toks[p.pos]
}

func (p *parser) peekAt(n int) *Token {
	if p.pos+n >= len(p.toks) {
		panic(syntaxPanic{p.tokErr})
	}
	return &p.toks[p.pos+n]
}

func (p *parser) kind() TokenKind { return p.tok().Kind }

func (p *parser) at(k TokenKind) bool { return p.tok().Kind == k }

func (p *parser) atName(s string) bool {
	t := p.tok()
	return t.Kind == NameTok && t.Text == s
}

func (p *parser) advance() *Token {
	t := p.tok()
	p.pos++
	return t
}

func (p *parser) accept(k TokenKind) bool {
	if p.tok().Kind == k {
		p.pos++
		return true
	}
	return false
}

func (p *parser) expect(k TokenKind) *Token {
	t := p.tok()
	if t.Kind != k {
		if k == Colon && t.Kind == Newline {
			p.errorTok(t, "expected ':'")
		}
		p.invalid()
	}
	p.pos++
	return t
}

func (p *parser) expectName() *Token { return p.expect(NameTok) }

// prev is the last consumed token, whose end is the end of the node being
// built.
func (p *parser) prev() *Token { return &p.toks[p.pos-1] }

// ---- positions ----

func (p *parser) spanFrom(start *Token) Pos {
	e := p.prev()
	return Pos{int(start.Line), int(start.Col), int(e.EndLine), int(e.EndCol)}
}

// ---- errors ----

func (p *parser) raise(kind ErrorKind, msg string, line, col, endLine, endCol int) {
	panic(syntaxPanic{newError(kind, p.src, p.filename, msg, line, col, endLine, endCol)})
}

func (p *parser) errorTok(t *Token, msg string) {
	p.raise(KindSyntaxError, msg, int(t.Line), int(t.Col), int(t.EndLine), int(t.EndCol))
}

func (p *parser) errorNode(n Node, msg string) {
	pos := n.Position()
	p.raise(KindSyntaxError, msg, pos.Lineno, pos.ColOffset, pos.EndLineno, pos.EndColOffset)
}

func (p *parser) errorRange(a, b Node, msg string) {
	pa, pb := a.Position(), b.Position()
	p.raise(KindSyntaxError, msg, pa.Lineno, pa.ColOffset, pb.EndLineno, pb.EndColOffset)
}

// invalid raises CPython's generic error at the current token, with the
// special forms CPython gives for unexpected INDENT/DEDENT tokens.
func (p *parser) invalid() {
	if p.pos >= len(p.toks) {
		panic(syntaxPanic{p.tokErr})
	}
	t := p.tok()
	switch t.Kind {
	case Indent:
		p.raise(KindIndentationError, "unexpected indent", int(t.Line), int(t.EndCol)-1, 0, 0)
	case Dedent:
		p.raise(KindIndentationError, "unexpected unindent", int(t.Line), int(t.Col), 0, 0)
	case EndMarker:
		if p.tokErr != nil {
			panic(syntaxPanic{p.tokErr})
		}
	}
	if p.inFString > 0 && (t.Kind == FStringEnd || t.Kind == FStringMiddle) {
		p.errorTok(t, "f-string: expecting '}'")
	}
	p.errorTok(t, "invalid syntax")
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxNesting {
		t := p.tok()
		panic(syntaxPanic{&SyntaxError{Kind: KindRecursionError, Msg: "maximum recursion depth exceeded during ast construction",
			Filename: p.filename, Lineno: int(t.Line), Offset: int(t.Col) + 1, Text: lineText(p.src, int(t.Line))}})
	}
}

func (p *parser) leave() { p.depth-- }

// ---- entry points ----

func (p *parser) fileInput() *Module {
	m := &Module{Body: []Stmt{}, TypeIgnores: []*TypeIgnore{}}
	for !p.at(EndMarker) {
		m.Body = append(m.Body, p.statement()...)
	}
	return m
}

func (p *parser) evalInput() *Expression {
	for p.at(Newline) {
		p.pos++
	}
	e := p.starExpressions()
	for p.at(Newline) {
		p.pos++
	}
	if !p.at(EndMarker) {
		p.invalid()
	}
	return &Expression{Body: e}
}

func (p *parser) interactiveInput() *Interactive {
	m := &Interactive{Body: []Stmt{}}
	if p.at(EndMarker) || p.at(Newline) {
		return m
	}
	m.Body = p.statement()
	for p.at(Newline) {
		p.pos++
	}
	if !p.at(EndMarker) {
		p.errorTok(p.tok(), "multiple statements found while compiling a single statement")
	}
	return m
}

// ---- statements ----

// statement parses one compound statement or one line of simple
// statements.
func (p *parser) statement() []Stmt {
	switch p.kind() {
	case KwIf:
		return []Stmt{p.ifStmt()}
	case KwWhile:
		return []Stmt{p.whileStmt()}
	case KwFor:
		return []Stmt{p.forStmt(nil)}
	case KwTry:
		return []Stmt{p.tryStmt()}
	case KwWith:
		return []Stmt{p.withStmt(nil)}
	case KwDef:
		return []Stmt{p.funcDef(nil, nil)}
	case KwClass:
		return []Stmt{p.classDef(nil, nil)}
	case At:
		return []Stmt{p.decorated()}
	case KwAsync:
		start := p.advance()
		switch p.kind() {
		case KwDef:
			return []Stmt{p.funcDef(nil, start)}
		case KwFor:
			return []Stmt{p.forStmt(start)}
		case KwWith:
			return []Stmt{p.withStmt(start)}
		}
		p.invalid()
	case NameTok:
		if p.tok().Text == "match" {
			if s := p.tryMatchStmt(); s != nil {
				return []Stmt{s}
			}
		}
	case Indent:
		p.invalid()
	}
	return p.simpleStmts()
}

func (p *parser) simpleStmts() []Stmt {
	var out []Stmt
	for {
		out = append(out, p.simpleStmt())
		if !p.accept(Semi) {
			break
		}
		if p.at(Newline) {
			break
		}
	}
	if !p.accept(Newline) {
		p.invalid()
	}
	return out
}

func (p *parser) simpleStmt() Stmt {
	start := p.tok()
	switch start.Kind {
	case KwPass:
		p.pos++
		return &Pass{Pos: p.spanFrom(start)}
	case KwBreak:
		p.pos++
		return &Break{Pos: p.spanFrom(start)}
	case KwContinue:
		p.pos++
		return &Continue{Pos: p.spanFrom(start)}
	case KwReturn:
		p.pos++
		r := &Return{}
		if !p.atStmtEnd() {
			r.Value = p.starExpressions()
		}
		r.Pos = p.spanFrom(start)
		return r
	case KwRaise:
		p.pos++
		r := &Raise{}
		if !p.atStmtEnd() {
			r.Exc = p.expression()
			if p.accept(KwFrom) {
				r.Cause = p.expression()
			}
		}
		r.Pos = p.spanFrom(start)
		return r
	case KwGlobal, KwNonlocal:
		p.pos++
		var names []string
		for {
			names = append(names, p.expectName().Text)
			if !p.accept(Comma) {
				break
			}
		}
		if start.Kind == KwGlobal {
			return &Global{Pos: p.spanFrom(start), Names: names}
		}
		return &Nonlocal{Pos: p.spanFrom(start), Names: names}
	case KwDel:
		return p.delStmt()
	case KwAssert:
		p.pos++
		a := &Assert{Test: p.expression()}
		if p.accept(Comma) {
			a.Msg = p.expression()
		}
		a.Pos = p.spanFrom(start)
		return a
	case KwImport:
		return p.importStmt()
	case KwFrom:
		return p.fromImportStmt()
	case NameTok:
		if start.Text == "type" {
			if nt := p.peekAt(1); nt.Kind == NameTok && (p.peekAt(2).Kind == Equal || p.peekAt(2).Kind == LSqb) {
				return p.typeAlias()
			}
		}
	}
	return p.exprOrAssignStmt()
}

func (p *parser) atStmtEnd() bool {
	k := p.kind()
	return k == Newline || k == Semi || k == EndMarker
}

func (p *parser) delStmt() Stmt {
	start := p.advance()
	var targets []Expr
	for {
		if p.atStmtEnd() {
			break
		}
		e := p.starTargetElement()
		targets = append(targets, e)
		if !p.accept(Comma) {
			break
		}
	}
	if len(targets) == 0 {
		p.invalid()
	}
	if !p.atStmtEnd() {
		p.invalid()
	}
	for _, t := range targets {
		p.setContext(t, Del)
	}
	return &Delete{Pos: p.spanFrom(start), Targets: targets}
}

func (p *parser) importStmt() Stmt {
	start := p.advance()
	var names []*Alias
	for {
		at := p.tok()
		name := p.dottedName()
		a := &Alias{Name: name}
		if p.accept(KwAs) {
			a.AsName = p.expectName().Text
		}
		a.Pos = p.spanFrom(at)
		names = append(names, a)
		if !p.accept(Comma) {
			break
		}
	}
	return &Import{Pos: p.spanFrom(start), Names: names}
}

func (p *parser) dottedName() string {
	name := p.expectName().Text
	for p.at(Dot) {
		p.pos++
		name += "." + p.expectName().Text
	}
	return name
}

func (p *parser) fromImportStmt() Stmt {
	start := p.advance()
	level := 0
	for {
		if p.accept(Dot) {
			level++
		} else if p.accept(Ellipsis) {
			level += 3
		} else {
			break
		}
	}
	module := ""
	if p.at(NameTok) {
		module = p.dottedName()
	} else if level == 0 {
		p.invalid()
	}
	p.expect(KwImport)
	var names []*Alias
	if p.at(Star) {
		t := p.advance()
		names = []*Alias{{Pos: p.spanFrom(t), Name: "*"}}
		return &ImportFrom{Pos: p.spanFrom(start), Module: module, Names: names, Level: level}
	}
	paren := p.accept(LPar)
	for {
		at := p.tok()
		a := &Alias{Name: p.expectName().Text}
		if p.accept(KwAs) {
			a.AsName = p.expectName().Text
		}
		a.Pos = p.spanFrom(at)
		names = append(names, a)
		if !p.accept(Comma) {
			break
		}
		if paren && p.at(RPar) {
			break
		}
		if !paren && p.atStmtEnd() {
			p.errorTok(p.tok(), "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expect(RPar)
	}
	return &ImportFrom{Pos: p.spanFrom(start), Module: module, Names: names, Level: level}
}

func (p *parser) typeAlias() Stmt {
	start := p.advance()
	nt := p.advance()
	name := &Name{Pos: p.spanFrom(nt), ID: nt.Text, Ctx: Store}
	var tps []TypeParam
	if p.at(LSqb) {
		tps = p.typeParams()
	}
	p.expect(Equal)
	v := p.expression()
	if tps == nil {
		tps = []TypeParam{}
	}
	return &TypeAlias{Pos: p.spanFrom(start), Name: name, TypeParams: tps, Value: v}
}

// typeParams parses "[T, *Ts, **P, U: bound]".
func (p *parser) typeParams() []TypeParam {
	p.expect(LSqb)
	var out []TypeParam
	for !p.at(RSqb) {
		start := p.tok()
		switch {
		case p.accept(Star):
			n := p.expectName()
			if p.at(Colon) {
				p.errorTok(p.tok(), "cannot use bound with TypeVarTuple")
			}
			out = append(out, &TypeVarTuple{Pos: p.spanFrom(start), Name: n.Text})
		case p.accept(DoubleStar):
			n := p.expectName()
			if p.at(Colon) {
				p.errorTok(p.tok(), "cannot use bound with ParamSpec")
			}
			out = append(out, &ParamSpec{Pos: p.spanFrom(start), Name: n.Text})
		default:
			n := p.expectName()
			tv := &TypeVar{Name: n.Text}
			if p.accept(Colon) {
				tv.Bound = p.expression()
			}
			tv.Pos = p.spanFrom(start)
			out = append(out, tv)
		}
		if !p.accept(Comma) {
			break
		}
	}
	if len(out) == 0 {
		p.invalid()
	}
	p.expect(RSqb)
	return out
}

// exprOrAssignStmt parses an expression statement, an assignment, an
// augmented assignment or an annotated assignment.
func (p *parser) exprOrAssignStmt() Stmt {
	start := p.tok()
	var first Expr
	if start.Kind == KwYield {
		first = p.yieldExpr()
	} else {
		first = p.starExpressions()
	}
	switch k := p.kind(); {
	case k == ColonEqual:
		if _, ok := first.(*Name); !ok {
			p.errorNode(first, fmt.Sprintf("cannot use assignment expressions with %s", exprName(first)))
		}
	case k == Colon:
		p.pos++
		simple := 0
		switch t := first.(type) {
		case *Name:
			if start.Kind != LPar {
				simple = 1
			}
			t.Ctx = Store
		case *Attribute, *Subscript:
			p.setContext(first, Store)
		case *Tuple:
			p.errorNode(first, "only single target (not tuple) can be annotated")
		case *List:
			p.errorNode(first, "only single target (not list) can be annotated")
		default:
			p.errorNode(first, "illegal target for annotation")
		}
		ann := p.expression()
		a := &AnnAssign{Target: first, Annotation: ann, Simple: simple}
		if p.accept(Equal) {
			a.Value = p.assignValue()
		}
		a.Pos = p.spanFrom(start)
		return a
	case k == Equal:
		targets := []Expr{first}
		var value Expr
		for p.accept(Equal) {
			value = p.assignValue()
			targets = append(targets, value)
		}
		targets = targets[:len(targets)-1]
		for i, t := range targets {
			if i == 0 && len(targets) == 1 {
				p.checkTargetHere(t, start)
			}
			if _, ok := t.(*Yield); ok {
				p.errorNode(t, "assignment to yield expression not possible")
			}
			if _, ok := t.(*YieldFrom); ok {
				p.errorNode(t, "assignment to yield expression not possible")
			}
			p.setContext(t, Store)
		}
		return &Assign{Pos: p.spanFrom(start), Targets: targets, Value: value}
	case k >= PlusEqual && k <= DoubleSlashEqual || k == AtEqual:
		op := augOps[k]
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
			p.setContext(first, Store)
		default:
			p.errorNode(first, fmt.Sprintf("'%s' is an illegal expression for augmented assignment", exprName(first)))
		}
		p.pos++
		v := p.assignValue()
		return &AugAssign{Pos: p.spanFrom(start), Target: first, Op: op, Value: v}
	}
	if !p.atStmtEnd() {
		p.badStatementTail(first)
	}
	return &ExprStmt{Pos: p.spanFrom(start), Value: first}
}

var augOps = map[TokenKind]Operator{
	PlusEqual: Add, MinEqual: Sub, StarEqual: Mult, AtEqual: MatMult, SlashEqual: Div,
	PercentEqual: Mod, DoubleStarEqual: Pow, LeftShiftEqual: LShift, RightShiftEqual: RShift,
	VBarEqual: BitOr, CircumflexEqual: BitXor, AmperEqual: BitAnd, DoubleSlashEqual: FloorDiv,
}

func (p *parser) assignValue() Expr {
	if p.at(KwYield) {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// checkTargetHere gives CPython's invalid_named_expression message for a
// single-target assignment whose target is not assignable:
// "cannot assign to X here. Maybe you meant '==' instead of '='?". The
// grammar rule matches a bitwise_or target, so comparisons, boolean
// operators, "not", conditionals, lambdas and walruses get the plain
// message unless they are parenthesised; start is the target's first
// token.
func (p *parser) checkTargetHere(t Expr, start *Token) {
	switch x := t.(type) {
	case *Name, *Attribute, *Subscript, *Starred, *List, *Tuple, *GeneratorExp:
		return
	case *Constant:
		switch x.Value.(type) {
		case bool, NoneValue:
			return
		}
	case *UnaryOp:
		if x.Op == Not && start.Kind != LPar {
			return
		}
	case *Compare, *BoolOp, *Lambda, *IfExp, *NamedExpr, *Yield, *YieldFrom:
		if start.Kind != LPar {
			return
		}
	}
	p.errorNode(t, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(t)))
}

// badStatementTail explains why an expression statement is followed by
// something other than the end of the statement.
func (p *parser) badStatementTail(first Expr) {
	if n, ok := first.(*Name); ok && (n.ID == "print" || n.ID == "exec") && p.startsExpression() {
		save := p.pos
		rest := p.tryParse(p.starExpressions)
		p.pos = save
		if rest != nil {
			p.errorRange(first, rest, fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", n.ID, n.ID))
		}
	}
	p.invalid()
}

// tryParse runs f and returns its result, or nil (with the parser state
// restored) if it raised a syntax error.
func (p *parser) tryParse(f func() Expr) (e Expr) {
	p.attempt(func() { e = f() })
	return e
}

// attempt runs f and reports whether it completed; if f raised a syntax
// error, the parser state is restored and the error discarded. This is
// the backtracking of the PEG grammar's ordered choice.
func (p *parser) attempt(f func()) (ok bool) {
	save, depth, noIn, inF, inCall := p.pos, p.depth, p.noIn, p.inFString, p.inCallArgs
	defer func() {
		if r := recover(); r != nil {
			if _, isSyntax := r.(syntaxPanic); !isSyntax {
				panic(r)
			}
			p.pos, p.depth, p.noIn, p.inFString, p.inCallArgs = save, depth, noIn, inF, inCall
			ok = false
		}
	}()
	f()
	return true
}

// startsExpression reports whether the current token can begin an
// expression.
func (p *parser) startsExpression() bool {
	switch p.kind() {
	case NameTok, Number, String, FStringStart, LPar, LSqb, LBrace, Minus, Plus, Tilde,
		KwNot, KwLambda, KwAwait, KwNone, KwTrue, KwFalse, Ellipsis:
		return true
	}
	return false
}

// ---- blocks ----

// block parses the body of a compound statement after its ':'. what
// names the statement for "expected an indented block after ..." and
// line is the line of its keyword.
func (p *parser) block(what string, line int) []Stmt {
	p.enter()
	defer p.leave()
	if !p.at(Newline) {
		return p.simpleStmts()
	}
	p.pos++
	if !p.at(Indent) {
		t := p.tok()
		if t.Kind == EndMarker && p.tokErr != nil {
			panic(syntaxPanic{p.tokErr})
		}
		p.raise(KindIndentationError, fmt.Sprintf("expected an indented block after %s on line %d", what, line), int(t.Line), int(t.Col), 0, 0)
	}
	p.pos++
	var body []Stmt
	for !p.at(Dedent) && !p.at(EndMarker) {
		body = append(body, p.statement()...)
	}
	p.accept(Dedent)
	return body
}

func (p *parser) ifStmt() Stmt {
	start := p.advance()
	test := p.namedExpression()
	p.expect(Colon)
	s := &If{Test: test, Body: p.block("'if' statement", int(start.Line)), OrElse: []Stmt{}}
	s.OrElse = p.elseChain()
	s.Pos = p.endOfBlock(start)
	return s
}

// elseChain parses the elif/else tail of an if statement.
func (p *parser) elseChain() []Stmt {
	if p.at(KwElif) {
		start := p.advance()
		test := p.namedExpression()
		p.expect(Colon)
		s := &If{Test: test, Body: p.block("'elif' statement", int(start.Line))}
		s.OrElse = p.elseChain()
		s.Pos = p.endOfBlock(start)
		return []Stmt{s}
	}
	if p.at(KwElse) {
		t := p.advance()
		p.expect(Colon)
		return p.block("'else' statement", int(t.Line))
	}
	return []Stmt{}
}

// endOfBlock computes the span of a compound statement just parsed: from
// its first token to the last token of its body that is not NEWLINE,
// INDENT or DEDENT, as CPython does. That token can be a trailing ';',
// which lies outside the last nested statement.
func (p *parser) endOfBlock(start *Token) Pos {
	i := p.pos - 1
	for i > 0 {
		if k := p.toks[i].Kind; k != Newline && k != Indent && k != Dedent {
			break
		}
		i--
	}
	e := &p.toks[i]
	return Pos{int(start.Line), int(start.Col), int(e.EndLine), int(e.EndCol)}
}

func (p *parser) whileStmt() Stmt {
	start := p.advance()
	test := p.namedExpression()
	p.expect(Colon)
	s := &While{Test: test, Body: p.block("'while' statement", int(start.Line)), OrElse: []Stmt{}}
	if p.at(KwElse) {
		t := p.advance()
		p.expect(Colon)
		s.OrElse = p.block("'else' statement", int(t.Line))
	}
	s.Pos = p.endOfBlock(start)
	return s
}

func (p *parser) forStmt(async *Token) Stmt {
	start := p.advance()
	first := start
	if async != nil {
		first = async
	}
	target := p.forTarget()
	p.expect(KwIn)
	iter := p.starExpressions()
	p.expect(Colon)
	body := p.block("'for' statement", int(start.Line))
	orelse := []Stmt{}
	if p.at(KwElse) {
		t := p.advance()
		p.expect(Colon)
		orelse = p.block("'else' statement", int(t.Line))
	}
	pos := p.endOfBlock(first)
	if async != nil {
		return &AsyncFor{Pos: pos, Target: target, Iter: iter, Body: body, OrElse: orelse}
	}
	return &For{Pos: pos, Target: target, Iter: iter, Body: body, OrElse: orelse}
}

// forTarget parses the star_targets of a for loop or comprehension: an
// expression list in which a bare "in" ends the target.
func (p *parser) forTarget() Expr {
	saved := p.noIn
	p.noIn = true
	start := p.tok()
	var elts []Expr
	trailing := false
	for {
		elts = append(elts, p.starTargetElement())
		if !p.accept(Comma) {
			trailing = false
			break
		}
		trailing = true
		if p.at(KwIn) {
			break
		}
	}
	p.noIn = saved
	var t Expr
	if len(elts) == 1 && !trailing {
		t = elts[0]
	} else {
		t = &Tuple{Pos: p.spanFrom(start), Elts: elts}
	}
	if !p.at(KwIn) {
		p.invalid()
	}
	p.setContext(t, Store)
	return t
}

func (p *parser) starTargetElement() Expr {
	if p.at(Star) {
		start := p.advance()
		v := p.bitwiseOr()
		return &Starred{Pos: p.spanFrom(start), Value: v}
	}
	return p.bitwiseOr()
}

func (p *parser) tryStmt() Stmt {
	start := p.advance()
	p.expect(Colon)
	s := &Try{Body: p.block("'try' statement", int(start.Line)), Handlers: []*ExceptHandler{}, OrElse: []Stmt{}, FinalBody: []Stmt{}}
	star := -1
	for p.at(KwExcept) {
		h, isStar := p.exceptHandler()
		if star == -1 {
			star = b2i(isStar)
		} else if star != b2i(isStar) {
			p.errorNode(h, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		s.Handlers = append(s.Handlers, h)
	}
	if p.at(KwElse) {
		if len(s.Handlers) == 0 {
			p.invalid()
		}
		t := p.advance()
		p.expect(Colon)
		s.OrElse = p.block("'else' statement", int(t.Line))
	}
	if p.at(KwFinally) {
		t := p.advance()
		p.expect(Colon)
		s.FinalBody = p.block("'finally' statement", int(t.Line))
	}
	if len(s.Handlers) == 0 && len(s.FinalBody) == 0 {
		i := p.pos - 1
		for i > 0 && p.toks[i].Kind == Dedent {
			i--
		}
		t := &p.toks[i]
		p.raise(KindSyntaxError, "expected 'except' or 'finally' block", int(t.Line), int(t.Col), int(t.EndLine), int(t.EndCol))
	}
	s.Pos = p.endOfBlock(start)
	if star == 1 {
		return &TryStar{Pos: s.Pos, Body: s.Body, Handlers: s.Handlers, OrElse: s.OrElse, FinalBody: s.FinalBody}
	}
	return s
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (p *parser) exceptHandler() (*ExceptHandler, bool) {
	start := p.advance()
	star := p.accept(Star)
	what := "'except' statement"
	if star {
		what = "'except*' statement"
	}
	h := &ExceptHandler{}
	if !p.at(Colon) {
		h.Type = p.expression()
		if p.at(Comma) {
			save := p.pos
			p.pos++
			rest := p.tryParse(p.expression)
			if rest != nil && (p.at(Colon) || p.at(KwAs) || p.at(Comma)) {
				p.errorRange(h.Type, p.toTupleEnd(h.Type), "multiple exception types must be parenthesized")
			}
			p.pos = save
		}
		if p.accept(KwAs) {
			h.Name = p.expectName().Text
		}
	} else if star {
		p.errorTok(p.tok(), "expected one or more exception types")
	}
	p.expect(Colon)
	h.Body = p.block(what, int(start.Line))
	h.Pos = p.endOfBlock(start)
	return h, star
}

// toTupleEnd parses the rest of "A, B, C" after a failed handler type, for
// the range of the "must be parenthesized" message.
func (p *parser) toTupleEnd(first Expr) Expr {
	last := first
	for p.accept(Comma) {
		if e := p.tryParse(p.expression); e != nil {
			last = e
		} else {
			break
		}
	}
	return last
}

func (p *parser) withStmt(async *Token) Stmt {
	start := p.advance()
	first := start
	if async != nil {
		first = async
	}
	var items []*WithItem
	if p.at(LPar) {
		items = p.tryParenWithItems()
	}
	if items == nil {
		for {
			items = append(items, p.withItem())
			if !p.accept(Comma) {
				break
			}
		}
		p.expect(Colon)
	}
	body := p.block("'with' statement", int(start.Line))
	pos := p.endOfBlock(first)
	if async != nil {
		return &AsyncWith{Pos: pos, Items: items, Body: body}
	}
	return &With{Pos: pos, Items: items, Body: body}
}

// tryParenWithItems tries the grammar's first alternative,
// "with (item, item,): ...", and returns nil (pos restored) if the
// parenthesis turns out to belong to an expression.
func (p *parser) tryParenWithItems() []*WithItem {
	save := p.pos
	var items []*WithItem
	matched := false
	ok := p.attempt(func() {
		p.pos++
		for {
			items = append(items, p.withItem())
			if !p.accept(Comma) || p.at(RPar) {
				break
			}
		}
		p.expect(RPar)
		matched = p.accept(Colon)
	})
	if !ok || !matched {
		p.pos = save
		return nil
	}
	return items
}

func (p *parser) withItem() *WithItem {
	e := p.expression()
	w := &WithItem{ContextExpr: e}
	if p.accept(KwAs) {
		t := p.starTargetsForAs()
		w.OptionalVars = t
	}
	return w
}

// starTargetsForAs parses the target after "as" in a with item.
func (p *parser) starTargetsForAs() Expr {
	t := p.starTargetElement()
	if k := p.kind(); k != Comma && k != RPar && k != Colon && k != Newline {
		p.invalid()
	}
	if _, ok := t.(*Starred); ok {
		p.errorNode(t, "starred assignment target must be in a list or tuple")
	}
	p.setContext(t, Store)
	return t
}

func (p *parser) decorated() Stmt {
	var decos []Expr
	for p.at(At) {
		p.pos++
		decos = append(decos, p.namedExpression())
		p.expect(Newline)
	}
	switch p.kind() {
	case KwDef:
		return p.funcDef(decos, nil)
	case KwClass:
		return p.classDef(decos, nil)
	case KwAsync:
		a := p.advance()
		if p.at(KwDef) {
			return p.funcDef(decos, a)
		}
	}
	p.invalid()
	return nil
}

func (p *parser) funcDef(decos []Expr, async *Token) Stmt {
	start := p.advance()
	first := start
	if async != nil {
		first = async
	}
	name := p.expectName().Text
	var tps []TypeParam
	if p.at(LSqb) {
		tps = p.typeParams()
	}
	p.expect(LPar)
	args := p.parameters(RPar, true)
	p.expect(RPar)
	var returns Expr
	if p.accept(RArrow) {
		returns = p.expression()
	}
	p.expect(Colon)
	body := p.block("function definition", int(start.Line))
	if decos == nil {
		decos = []Expr{}
	}
	if tps == nil {
		tps = []TypeParam{}
	}
	pos := p.endOfBlock(first)
	if async != nil {
		return &AsyncFunctionDef{Pos: pos, Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeParams: tps}
	}
	return &FunctionDef{Pos: pos, Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeParams: tps}
}

func (p *parser) classDef(decos []Expr, _ *Token) Stmt {
	start := p.advance()
	name := p.expectName().Text
	var tps []TypeParam
	if p.at(LSqb) {
		tps = p.typeParams()
	}
	bases, kws := []Expr{}, []*Keyword{}
	if p.accept(LPar) {
		bases, kws = p.callArguments(nil)
		p.expect(RPar)
	}
	p.expect(Colon)
	body := p.block("class definition", int(start.Line))
	if decos == nil {
		decos = []Expr{}
	}
	if tps == nil {
		tps = []TypeParam{}
	}
	return &ClassDef{Pos: p.endOfBlock(start), Name: name, Bases: bases, Keywords: kws, Body: body, DecoratorList: decos, TypeParams: tps}
}

// parameters parses a def (annotations allowed) or lambda parameter list
// up to the closing token.
func (p *parser) parameters(closer TokenKind, annotations bool) *Arguments {
	a := &Arguments{PosOnlyArgs: []*Arg{}, Args: []*Arg{}, KwOnlyArgs: []*Arg{}, KwDefaults: []Expr{}, Defaults: []Expr{}}
	kwOnly := false
	seenDefault := false
	var bareStar *Token
	for !p.at(closer) {
		start := p.tok()
		switch {
		case p.at(Slash):
			if kwOnly || a.VarArg != nil {
				p.errorTok(start, "/ must be ahead of *")
			}
			if len(a.PosOnlyArgs) > 0 {
				p.errorTok(start, "/ may appear only once")
			}
			if len(a.Args) == 0 {
				p.errorTok(start, "at least one argument must precede /")
			}
			p.pos++
			a.PosOnlyArgs, a.Args = a.Args, []*Arg{}
		case p.at(Star):
			if kwOnly {
				p.errorTok(start, "* argument may appear only once")
			}
			bareStar = p.advance()
			kwOnly = true
			if p.at(NameTok) {
				a.VarArg = p.param(annotations, true)
			} else if p.at(closer) || p.at(Comma) && p.peekAt(1).Kind == closer {
				p.errorTok(start, "named arguments must follow bare *")
			}
		case p.at(DoubleStar):
			if kwOnly && a.VarArg == nil && len(a.KwOnlyArgs) == 0 {
				p.errorTok(bareStar, "named arguments must follow bare *")
			}
			p.pos++
			a.KwArg = p.param(annotations, false)
			if p.at(Equal) {
				p.errorTok(p.tok(), "var-keyword argument cannot have default value")
			}
			p.accept(Comma)
			if !p.at(closer) {
				p.errorTok(p.tok(), "arguments cannot follow var-keyword argument")
			}
			return a
		default:
			arg := p.param(annotations, false)
			var def Expr
			if p.accept(Equal) {
				def = p.expression()
			}
			if kwOnly {
				a.KwOnlyArgs = append(a.KwOnlyArgs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				if def != nil {
					seenDefault = true
					a.Defaults = append(a.Defaults, def)
				} else if seenDefault {
					p.errorNode(arg, "non-default argument follows default argument")
				}
				a.Args = append(a.Args, arg)
			}
		}
		if !p.accept(Comma) {
			break
		}
	}
	if kwOnly && a.VarArg == nil && len(a.KwOnlyArgs) == 0 {
		p.errorTok(p.tok(), "named arguments must follow bare *")
	}
	return a
}

func (p *parser) param(annotations, star bool) *Arg {
	start := p.expectName()
	arg := &Arg{Arg: start.Text}
	if annotations && p.accept(Colon) {
		if star && p.at(Star) {
			s := p.advance()
			v := p.bitwiseOr()
			arg.Annotation = &Starred{Pos: p.spanFrom(s), Value: v}
		} else {
			arg.Annotation = p.expression()
		}
	}
	arg.Pos = p.spanFrom(start)
	return arg
}
