package syntax

// tryMatchStmt parses "match subject: NEWLINE INDENT case..." or returns
// nil with pos unchanged when the soft keyword "match" is just a name here
// (the grammar's match_stmt needs the ':' NEWLINE after the subject to be
// sure).
func (p *parser) tryMatchStmt() Stmt {
	save := p.pos
	start := p.advance()
	if !p.startsExpression() && !p.at(Star) {
		p.pos = save
		return nil
	}
	subject := p.tryParse(func() Expr {
		s := p.tok()
		first := p.starNamedExpression()
		if !p.at(Comma) {
			return first
		}
		elts := []Expr{first}
		for p.accept(Comma) {
			if p.at(Colon) {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		return &Tuple{Pos: p.spanFrom(s), Elts: elts}
	})
	if subject == nil || !p.at(Colon) {
		p.pos = save
		return nil
	}
	p.pos++
	if !p.at(Newline) {
		p.pos = save
		return nil
	}
	p.pos++
	if !p.at(Indent) {
		t := p.tok()
		p.raise(KindIndentationError, "expected an indented block after 'match' statement on line "+itoa(int(start.Line)), int(t.Line), int(t.Col), 0, 0)
	}
	p.pos++
	m := &Match{Subject: subject}
	for !p.at(Dedent) && !p.at(EndMarker) {
		if !p.atName("case") {
			p.invalid()
		}
		m.Cases = append(m.Cases, p.matchCase())
	}
	p.accept(Dedent)
	m.Pos = p.endOfBlock(start)
	return m
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func (p *parser) matchCase() *MatchCase {
	start := p.advance()
	c := &MatchCase{}
	c.Pattern = p.patterns()
	if p.accept(KwIf) {
		c.Guard = p.namedExpression()
	}
	p.expect(Colon)
	c.Body = p.block("'case' statement", int(start.Line))
	return c
}

// patterns is the top-level pattern of a case: an open sequence
// "a, b" becomes a MatchSequence.
func (p *parser) patterns() Pattern {
	start := p.tok()
	first := p.maybeStarPattern()
	if !p.at(Comma) {
		if _, ok := first.(*MatchStar); ok {
			return &MatchSequence{Pos: p.spanFrom(start), Patterns: []Pattern{first}}
		}
		return first
	}
	pats := []Pattern{first}
	for p.accept(Comma) {
		if p.at(Colon) || p.at(KwIf) {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Pos: p.spanFrom(start), Patterns: pats}
}

func (p *parser) maybeStarPattern() Pattern {
	if p.at(Star) {
		start := p.advance()
		n := p.expectName()
		name := n.Text
		if name == "_" {
			name = ""
		}
		return &MatchStar{Pos: p.spanFrom(start), Name: name}
	}
	return p.pattern()
}

// pattern is as_pattern | or_pattern.
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	start := p.tok()
	or := p.orPattern()
	if !p.accept(KwAs) {
		return or
	}
	n := p.tok()
	if n.Kind != NameTok {
		p.invalid()
	}
	if n.Text == "_" {
		p.errorTok(n, "cannot use '_' as a target")
	}
	p.pos++
	return &MatchAs{Pos: p.spanFrom(start), Pattern: or, Name: n.Text}
}

func (p *parser) orPattern() Pattern {
	start := p.tok()
	first := p.closedPattern()
	if !p.at(VBar) {
		return first
	}
	pats := []Pattern{first}
	for p.accept(VBar) {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Pos: p.spanFrom(start), Patterns: pats}
}

func (p *parser) closedPattern() Pattern {
	t := p.tok()
	switch t.Kind {
	case KwNone:
		p.pos++
		return &MatchSingleton{Pos: p.spanFrom(t), Value: NoneValue{}}
	case KwTrue:
		p.pos++
		return &MatchSingleton{Pos: p.spanFrom(t), Value: true}
	case KwFalse:
		p.pos++
		return &MatchSingleton{Pos: p.spanFrom(t), Value: false}
	case Number, Minus:
		v := p.signedNumberPattern()
		return &MatchValue{Pos: v.Position(), Value: v}
	case String:
		e := p.strings()
		return &MatchValue{Pos: e.Position(), Value: e}
	case FStringStart:
		e := p.strings()
		p.errorNode(e, "patterns may only match literals and attribute lookups")
	case NameTok:
		return p.namePattern()
	case LPar:
		return p.groupOrTuplePattern()
	case LSqb:
		open := p.advance()
		pats := []Pattern{}
		for !p.at(RSqb) {
			pats = append(pats, p.maybeStarPattern())
			if !p.accept(Comma) {
				break
			}
		}
		p.expect(RSqb)
		return &MatchSequence{Pos: p.spanFrom(open), Patterns: pats}
	case LBrace:
		return p.mappingPattern()
	}
	p.invalid()
	return nil
}

// signedNumberPattern parses ["-"] NUMBER [("+"|"-") NUMBER] (the second
// number must be imaginary) as the value of a literal pattern.
func (p *parser) signedNumberPattern() Expr {
	start := p.tok()
	var e Expr
	if p.accept(Minus) {
		n := p.expect(Number)
		c := &Constant{Pos: p.spanFrom(n), Value: p.numberValue(n)}
		e = &UnaryOp{Pos: p.spanFrom(start), Op: USub, Operand: c}
	} else {
		n := p.expect(Number)
		e = &Constant{Pos: p.spanFrom(n), Value: p.numberValue(n)}
	}
	if p.at(Plus) || p.at(Minus) {
		op := Add
		if p.at(Minus) {
			op = Sub
		}
		p.pos++
		n := p.expect(Number)
		v := p.numberValue(n)
		if _, ok := v.(complex128); !ok {
			p.errorTok(n, "imaginary number required in complex literal")
		}
		right := &Constant{Pos: p.spanFrom(n), Value: v}
		if _, ok := e.(*Constant); ok {
			if _, isC := e.(*Constant).Value.(complex128); isC {
				p.errorNode(e, "real number required in complex literal")
			}
		}
		e = &BinOp{Pos: p.spanFrom(start), Left: e, Op: op, Right: right}
	}
	return e
}

func (p *parser) namePattern() Pattern {
	start := p.advance()
	var value Expr = &Name{Pos: p.spanFrom(start), ID: start.Text}
	dotted := false
	for p.at(Dot) {
		p.pos++
		n := p.expectName()
		value = &Attribute{Pos: p.spanFrom(start), Value: value, Attr: n.Text}
		dotted = true
	}
	if p.at(LPar) {
		return p.classPattern(start, value)
	}
	if dotted {
		return &MatchValue{Pos: p.spanFrom(start), Value: value}
	}
	if start.Text == "_" {
		return &MatchAs{Pos: p.spanFrom(start)}
	}
	return &MatchAs{Pos: p.spanFrom(start), Name: start.Text}
}

func (p *parser) classPattern(start *Token, cls Expr) Pattern {
	p.expect(LPar)
	mc := &MatchClass{Cls: cls, Patterns: []Pattern{}, KwdAttrs: []string{}, KwdPatterns: []Pattern{}}
	for !p.at(RPar) {
		if p.at(NameTok) && p.peekAt(1).Kind == Equal {
			n := p.advance()
			p.pos++
			mc.KwdAttrs = append(mc.KwdAttrs, n.Text)
			mc.KwdPatterns = append(mc.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(mc.KwdAttrs) > 0 {
				p.errorNode(pat, "positional patterns follow keyword patterns")
			}
			mc.Patterns = append(mc.Patterns, pat)
		}
		if !p.accept(Comma) {
			break
		}
	}
	p.expect(RPar)
	mc.Pos = p.spanFrom(start)
	return mc
}

func (p *parser) groupOrTuplePattern() Pattern {
	open := p.advance()
	if p.accept(RPar) {
		return &MatchSequence{Pos: p.spanFrom(open), Patterns: []Pattern{}}
	}
	first := p.maybeStarPattern()
	if p.accept(RPar) {
		if _, ok := first.(*MatchStar); !ok {
			return first
		}
		return &MatchSequence{Pos: p.spanFrom(open), Patterns: []Pattern{first}}
	}
	pats := []Pattern{first}
	for p.accept(Comma) {
		if p.at(RPar) {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	p.expect(RPar)
	return &MatchSequence{Pos: p.spanFrom(open), Patterns: pats}
}

func (p *parser) mappingPattern() Pattern {
	open := p.advance()
	mm := &MatchMapping{Keys: []Expr{}, Patterns: []Pattern{}}
	for !p.at(RBrace) {
		if p.accept(DoubleStar) {
			mm.Rest = p.expectName().Text
			p.accept(Comma)
			break
		}
		var key Expr
		switch t := p.tok(); t.Kind {
		case KwNone:
			p.pos++
			key = &Constant{Pos: p.spanFrom(t), Value: NoneValue{}}
		case KwTrue, KwFalse:
			p.pos++
			key = &Constant{Pos: p.spanFrom(t), Value: t.Kind == KwTrue}
		case Number, Minus:
			key = p.signedNumberPattern()
		case String:
			key = p.strings()
		case NameTok:
			n := p.advance()
			key = &Name{Pos: p.spanFrom(n), ID: n.Text}
			if !p.at(Dot) {
				p.invalid()
			}
			for p.accept(Dot) {
				a := p.expectName()
				key = &Attribute{Pos: p.spanFrom(n), Value: key, Attr: a.Text}
			}
		default:
			p.invalid()
		}
		p.expect(Colon)
		mm.Keys = append(mm.Keys, key)
		mm.Patterns = append(mm.Patterns, p.pattern())
		if !p.accept(Comma) {
			break
		}
	}
	p.expect(RBrace)
	mm.Pos = p.spanFrom(open)
	return mm
}
