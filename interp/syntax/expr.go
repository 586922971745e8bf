package syntax

import "fmt"

// starExpressions parses "a, *b, c" (a Tuple when there is a comma) or a
// single star_expression.
func (p *parser) starExpressions() Expr {
	start := p.tok()
	first := p.starExpression()
	if !p.at(Comma) {
		return first
	}
	elts := []Expr{first}
	for p.accept(Comma) {
		if !p.startsExpression() && !p.at(Star) && !p.at(KwYield) {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Pos: p.spanFrom(start), Elts: elts}
}

func (p *parser) starExpression() Expr {
	if p.at(Star) {
		start := p.advance()
		v := p.bitwiseOr()
		return &Starred{Pos: p.spanFrom(start), Value: v}
	}
	return p.expression()
}

// starNamedExpression is an element of a list, tuple or set display.
func (p *parser) starNamedExpression() Expr {
	if p.at(Star) {
		start := p.advance()
		v := p.bitwiseOr()
		return &Starred{Pos: p.spanFrom(start), Value: v}
	}
	return p.namedExpression()
}

// namedExpression is "NAME := expression" or an expression.
func (p *parser) namedExpression() Expr {
	if p.at(NameTok) && p.peekAt(1).Kind == ColonEqual {
		nt := p.advance()
		target := &Name{Pos: p.spanFrom(nt), ID: nt.Text, Ctx: Store}
		p.pos++
		v := p.expression()
		return &NamedExpr{Pos: p.spanFrom(nt), Target: target, Value: v}
	}
	start := p.tok()
	e := p.expression()
	if p.at(ColonEqual) {
		p.errorNode(e, fmt.Sprintf("cannot use assignment expressions with %s", exprName(e)))
	}
	if p.at(Equal) && !p.inCallArgs {
		p.misusedEqual(e, start)
	}
	return e
}

// misusedEqual explains "if x = 1:" and the like, where a named
// expression is followed by '=': CPython's invalid_named_expression.
func (p *parser) misusedEqual(e Expr, start *Token) {
	save := p.pos
	p.pos++
	v := p.tryParse(p.bitwiseOr)
	after := p.kind()
	p.pos = save
	if v == nil || after == Equal || after == ColonEqual {
		return
	}
	if _, ok := e.(*Name); ok && start.Kind == NameTok {
		p.errorRange(e, v, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	switch x := e.(type) {
	case *List, *Tuple, *GeneratorExp:
		return
	case *Constant:
		switch x.Value.(type) {
		case bool, NoneValue:
			return
		}
	case *Compare, *BoolOp, *Lambda, *IfExp:
		if start.Kind != LPar {
			return
		}
	case *UnaryOp:
		if x.Op == Not && start.Kind != LPar {
			return
		}
	}
	p.errorNode(e, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e)))
}

func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	start := p.tok()
	if p.at(KwLambda) {
		return p.lambda()
	}
	body := p.disjunction()
	if !p.at(KwIf) {
		return body
	}
	p.pos++
	test := p.disjunction()
	if !p.at(KwElse) {
		if !p.at(Colon) {
			p.errorRange(body, test, "expected 'else' after 'if' expression")
		}
		p.invalid()
	}
	p.pos++
	orelse := p.expression()
	return &IfExp{Pos: p.spanFrom(start), Test: test, Body: body, OrElse: orelse}
}

func (p *parser) lambda() Expr {
	start := p.advance()
	args := p.parameters(Colon, false)
	p.expect(Colon)
	body := p.expression()
	return &Lambda{Pos: p.spanFrom(start), Args: args, Body: body}
}

func (p *parser) disjunction() Expr {
	start := p.tok()
	first := p.conjunction()
	if !p.at(KwOr) {
		return first
	}
	values := []Expr{first}
	for p.accept(KwOr) {
		values = append(values, p.conjunction())
	}
	return &BoolOp{Pos: p.spanFrom(start), Op: Or, Values: values}
}

func (p *parser) conjunction() Expr {
	start := p.tok()
	first := p.inversion()
	if !p.at(KwAnd) {
		return first
	}
	values := []Expr{first}
	for p.accept(KwAnd) {
		values = append(values, p.inversion())
	}
	return &BoolOp{Pos: p.spanFrom(start), Op: And, Values: values}
}

func (p *parser) inversion() Expr {
	if p.at(KwNot) {
		p.enter()
		defer p.leave()
		start := p.advance()
		v := p.inversion()
		return &UnaryOp{Pos: p.spanFrom(start), Op: Not, Operand: v}
	}
	return p.comparison()
}

func (p *parser) comparison() Expr {
	start := p.tok()
	left := p.bitwiseOr()
	var ops []CmpOp
	var comps []Expr
	for {
		var op CmpOp
		switch p.kind() {
		case EqEqual:
			op = Eq
		case NotEqual:
			op = NotEq
		case Less:
			op = Lt
		case LessEqual:
			op = LtE
		case Greater:
			op = Gt
		case GreaterEqual:
			op = GtE
		case KwIn:
			if p.noIn {
				goto done
			}
			op = In
		case KwIs:
			if p.peekAt(1).Kind == KwNot {
				p.pos++
				op = IsNot
			} else {
				op = Is
			}
		case KwNot:
			if p.peekAt(1).Kind != KwIn {
				goto done
			}
			p.pos++
			op = NotIn
		default:
			goto done
		}
		p.pos++
		ops = append(ops, op)
		comps = append(comps, p.bitwiseOr())
	}
done:
	if len(ops) == 0 {
		return left
	}
	return &Compare{Pos: p.spanFrom(start), Left: left, Ops: ops, Comparators: comps}
}

// binary operator levels, from loosest to tightest.
func (p *parser) bitwiseOr() Expr {
	start := p.tok()
	left := p.bitwiseXor()
	for p.at(VBar) {
		p.pos++
		right := p.bitwiseXor()
		left = &BinOp{Pos: p.spanFrom(start), Left: left, Op: BitOr, Right: right}
	}
	return left
}

func (p *parser) bitwiseXor() Expr {
	start := p.tok()
	left := p.bitwiseAnd()
	for p.at(Circumflex) {
		p.pos++
		right := p.bitwiseAnd()
		left = &BinOp{Pos: p.spanFrom(start), Left: left, Op: BitXor, Right: right}
	}
	return left
}

func (p *parser) bitwiseAnd() Expr {
	start := p.tok()
	left := p.shiftExpr()
	for p.at(Amper) {
		p.pos++
		right := p.shiftExpr()
		left = &BinOp{Pos: p.spanFrom(start), Left: left, Op: BitAnd, Right: right}
	}
	return left
}

func (p *parser) shiftExpr() Expr {
	start := p.tok()
	left := p.sum()
	for {
		var op Operator
		switch p.kind() {
		case LeftShift:
			op = LShift
		case RightShift:
			op = RShift
		default:
			return left
		}
		p.pos++
		right := p.sum()
		left = &BinOp{Pos: p.spanFrom(start), Left: left, Op: op, Right: right}
	}
}

func (p *parser) sum() Expr {
	start := p.tok()
	left := p.term()
	for {
		var op Operator
		switch p.kind() {
		case Plus:
			op = Add
		case Minus:
			op = Sub
		default:
			return left
		}
		p.pos++
		right := p.term()
		left = &BinOp{Pos: p.spanFrom(start), Left: left, Op: op, Right: right}
	}
}

func (p *parser) term() Expr {
	start := p.tok()
	left := p.factor()
	for {
		var op Operator
		switch p.kind() {
		case Star:
			op = Mult
		case Slash:
			op = Div
		case DoubleSlash:
			op = FloorDiv
		case Percent:
			op = Mod
		case At:
			op = MatMult
		default:
			return left
		}
		p.pos++
		right := p.factor()
		left = &BinOp{Pos: p.spanFrom(start), Left: left, Op: op, Right: right}
	}
}

func (p *parser) factor() Expr {
	var op UnaryOperator
	switch p.kind() {
	case Plus:
		op = UAdd
	case Minus:
		op = USub
	case Tilde:
		op = Invert
	default:
		return p.power()
	}
	p.enter()
	defer p.leave()
	start := p.advance()
	v := p.factor()
	return &UnaryOp{Pos: p.spanFrom(start), Op: op, Operand: v}
}

func (p *parser) power() Expr {
	start := p.tok()
	left := p.awaitPrimary()
	if !p.at(DoubleStar) {
		return left
	}
	p.pos++
	p.enter()
	right := p.factor()
	p.leave()
	return &BinOp{Pos: p.spanFrom(start), Left: left, Op: Pow, Right: right}
}

func (p *parser) awaitPrimary() Expr {
	if p.at(KwAwait) {
		start := p.advance()
		v := p.primary()
		return &Await{Pos: p.spanFrom(start), Value: v}
	}
	return p.primary()
}

// primary parses an atom followed by calls, subscripts and attributes.
func (p *parser) primary() Expr {
	start := p.tok()
	e := p.atom()
	for {
		switch p.kind() {
		case Dot:
			p.pos++
			name := p.expectName()
			e = &Attribute{Pos: p.spanFrom(start), Value: e, Attr: name.Text}
		case LPar:
			open := p.advance()
			saved, savedCall := p.noIn, p.inCallArgs
			p.noIn, p.inCallArgs = false, true
			args, kws := p.callArgumentsWithGenexp(open)
			p.noIn, p.inCallArgs = saved, savedCall
			p.expect(RPar)
			e = &Call{Pos: p.spanFrom(start), Func: e, Args: args, Keywords: kws}
		case LSqb:
			p.pos++
			saved := p.noIn
			p.noIn = false
			s := p.slices()
			p.noIn = saved
			p.closeBracket(RSqb)
			e = &Subscript{Pos: p.spanFrom(start), Value: e, Slice: s}
		default:
			return e
		}
	}
}

// slices parses the inside of a subscript.
func (p *parser) slices() Expr {
	start := p.tok()
	first := p.sliceItem()
	if !p.at(Comma) {
		if _, ok := first.(*Starred); ok {
			return &Tuple{Pos: p.spanFrom(start), Elts: []Expr{first}}
		}
		return first
	}
	elts := []Expr{first}
	for p.accept(Comma) {
		if p.at(RSqb) {
			break
		}
		elts = append(elts, p.sliceItem())
	}
	return &Tuple{Pos: p.spanFrom(start), Elts: elts}
}

func (p *parser) sliceItem() Expr {
	start := p.tok()
	if p.at(Star) {
		return p.starExpression()
	}
	var lower Expr
	if !p.at(Colon) {
		lower = p.namedExpression()
		if !p.at(Colon) {
			return lower
		}
		if _, ok := lower.(*NamedExpr); ok {
			p.invalid()
		}
	}
	p.pos++
	s := &Slice{Lower: lower}
	if !p.at(Colon) && !p.at(Comma) && !p.at(RSqb) {
		s.Upper = p.expression()
	}
	if p.accept(Colon) {
		if !p.at(Comma) && !p.at(RSqb) {
			s.Step = p.expression()
		}
	}
	s.Pos = p.spanFrom(start)
	return s
}

// callArgumentsWithGenexp parses call arguments, recognising the sole
// unparenthesised generator argument "f(x for x in y)", whose node spans
// the call's parentheses as in CPython.
func (p *parser) callArgumentsWithGenexp(open *Token) ([]Expr, []*Keyword) {
	if p.startsExpression() {
		if p.at(NameTok) && p.peekAt(1).Kind == Equal {
			return p.callArguments(nil)
		}
		e := p.namedExpression()
		if p.at(KwFor) || p.at(KwAsync) {
			gens := p.comprehensionClauses()
			if !p.at(RPar) {
				if p.at(Comma) {
					p.errorRange(e, lastGenerator(gens), "Generator expression must be parenthesized")
				}
				p.invalid()
			}
			g := &GeneratorExp{Elt: e, Generators: gens}
			closeTok := p.tok()
			g.Pos = Pos{int(open.Line), int(open.Col), int(closeTok.EndLine), int(closeTok.EndCol)}
			return []Expr{g}, []*Keyword{}
		}
		// Not a generator: e is the first positional argument. Handing
		// it on instead of re-parsing keeps nested calls linear.
		return p.callArguments(e)
	}
	return p.callArguments(nil)
}

func lastGenerator(gens []*Comprehension) Expr {
	g := gens[len(gens)-1]
	if len(g.Ifs) > 0 {
		return g.Ifs[len(g.Ifs)-1]
	}
	return g.Iter
}

// callArguments parses "a, *b, k=v, **m" up to (not including) ')'.
// first, if not nil, is the already-parsed first positional argument.
func (p *parser) callArguments(first Expr) ([]Expr, []*Keyword) {
	args, kws := []Expr{}, []*Keyword{}
	seenKw, seenDoubleStar := false, false
	for first != nil || !p.at(RPar) {
		start := p.tok()
		switch {
		case first != nil:
			e := first
			first = nil
			if p.at(Equal) {
				p.keywordTargetError(e)
			}
			args = append(args, e)
		case p.at(Star):
			p.pos++
			v := p.expression()
			s := &Starred{Pos: p.spanFrom(start), Value: v}
			if seenDoubleStar {
				p.errorNode(s, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, s)
		case p.at(DoubleStar):
			p.pos++
			v := p.expression()
			kws = append(kws, &Keyword{Pos: p.spanFrom(start), Value: v})
			seenDoubleStar = true
		case p.at(NameTok) && p.peekAt(1).Kind == Equal:
			p.pos += 2
			v := p.expression()
			if p.at(KwFor) || p.at(KwAsync) {
				p.raise(KindSyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", int(start.Line), int(start.Col), int(p.prev().EndLine), int(p.prev().EndCol))
			}
			kws = append(kws, &Keyword{Pos: p.spanFrom(start), Arg: start.Text, Value: v})
			seenKw = true
		default:
			e := p.namedExpression()
			if p.at(Equal) {
				p.keywordTargetError(e)
			}
			if p.at(KwFor) || p.at(KwAsync) {
				gens := p.comprehensionClauses()
				p.errorRange(e, lastGenerator(gens), "Generator expression must be parenthesized")
			}
			if seenDoubleStar {
				p.errorTok(p.tok(), "positional argument follows keyword argument unpacking")
			}
			if seenKw {
				p.errorTok(p.tok(), "positional argument follows keyword argument")
			}
			args = append(args, e)
		}
		if !p.accept(Comma) {
			if p.startsExpression() && p.tok().Level > 0 {
				p.forgotComma()
			}
			break
		}
	}
	return args, kws
}

// keywordTargetError explains "f(expr=value)" where expr is not a name.
func (p *parser) keywordTargetError(e Expr) {
	if c, ok := e.(*Constant); ok {
		switch c.Value.(type) {
		case bool, NoneValue:
			p.errorNode(e, "cannot assign to "+exprName(e))
		}
	}
	eq := p.tok()
	p.raise(KindSyntaxError, `expression cannot contain assignment, perhaps you meant "=="?`, e.Position().Lineno, e.Position().ColOffset, int(eq.EndLine), int(eq.EndCol))
}

// forgotComma raises "invalid syntax. Perhaps you forgot a comma?" when two
// expressions are juxtaposed inside brackets: the previous token ended an
// expression and the current one starts another.
func (p *parser) forgotComma() {
	// Find the start of the previous expression: re-parse is not needed
	// because callers pass through here right after one, so look back for
	// the element's first token via the previous comma or bracket.
	end := p.pos
	i := end - 1
	depth := 0
	for ; i >= 0; i-- {
		k := p.toks[i].Kind
		if k == RPar || k == RSqb || k == RBrace {
			depth++
		} else if k == LPar || k == LSqb || k == LBrace {
			if depth == 0 {
				break
			}
			depth--
		} else if depth == 0 && (k == Comma || k == Colon || k == Equal) {
			break
		}
	}
	first := &p.toks[i+1]
	if first.Kind == NameTok && (first.Text == "match" || first.Text == "case" || first.Text == "_" || first.Text == "type") && i+2 == end {
		p.invalid()
	}
	next := p.tryParse(p.expression)
	if next == nil {
		p.pos = end
		p.invalid()
	}
	np := next.Position()
	p.raise(KindSyntaxError, "invalid syntax. Perhaps you forgot a comma?", int(first.Line), int(first.Col), np.EndLineno, np.EndColOffset)
}

// comprehensionClauses parses one or more "[async] for ... in ... [if ...]".
func (p *parser) comprehensionClauses() []*Comprehension {
	var gens []*Comprehension
	for p.at(KwFor) || p.at(KwAsync) && p.peekAt(1).Kind == KwFor {
		c := &Comprehension{Ifs: []Expr{}}
		if p.accept(KwAsync) {
			c.IsAsync = 1
		}
		p.pos++
		c.Target = p.forTarget()
		p.expect(KwIn)
		saved := p.noIn
		p.noIn = false
		c.Iter = p.disjunction()
		for p.at(KwIf) {
			p.pos++
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		p.noIn = saved
		gens = append(gens, c)
	}
	return gens
}

func (p *parser) yieldExpr() Expr {
	start := p.advance()
	if p.accept(KwFrom) {
		v := p.expression()
		return &YieldFrom{Pos: p.spanFrom(start), Value: v}
	}
	y := &Yield{}
	if p.startsExpression() || p.at(Star) {
		y.Value = p.starExpressions()
	}
	y.Pos = p.spanFrom(start)
	return y
}

// atom parses names, literals and bracketed displays.
func (p *parser) atom() Expr {
	t := p.tok()
	switch t.Kind {
	case NameTok:
		p.pos++
		return &Name{Pos: p.spanFrom(t), ID: t.Text}
	case KwTrue:
		p.pos++
		return &Constant{Pos: p.spanFrom(t), Value: true}
	case KwFalse:
		p.pos++
		return &Constant{Pos: p.spanFrom(t), Value: false}
	case KwNone:
		p.pos++
		return &Constant{Pos: p.spanFrom(t), Value: NoneValue{}}
	case Ellipsis:
		p.pos++
		return &Constant{Pos: p.spanFrom(t), Value: EllipsisValue{}}
	case Number:
		p.pos++
		return &Constant{Pos: p.spanFrom(t), Value: p.numberValue(t)}
	case String, FStringStart:
		return p.strings()
	case LPar:
		return p.parenAtom()
	case LSqb:
		return p.listAtom()
	case LBrace:
		return p.braceAtom()
	}
	p.invalid()
	return nil
}

// bracketed runs f with the "for-target" restriction lifted and the
// nesting depth counted.
func (p *parser) bracketed(f func() Expr) Expr {
	p.enter()
	saved, savedCall := p.noIn, p.inCallArgs
	p.noIn, p.inCallArgs = false, false
	e := f()
	p.noIn, p.inCallArgs = saved, savedCall
	p.leave()
	return e
}

func (p *parser) parenAtom() Expr {
	return p.bracketed(func() Expr {
		open := p.advance()
		if p.accept(RPar) {
			return &Tuple{Pos: p.spanFrom(open), Elts: []Expr{}}
		}
		if p.at(KwYield) {
			y := p.yieldExpr()
			p.expect(RPar)
			return y
		}
		first := p.starNamedExpression()
		switch {
		case p.at(KwFor) || p.at(KwAsync):
			if _, ok := first.(*Starred); ok {
				p.errorNode(first, "iterable unpacking cannot be used in comprehension")
			}
			gens := p.comprehensionClauses()
			p.closeBracket(RPar)
			return &GeneratorExp{Pos: p.spanFrom(open), Elt: first, Generators: gens}
		case p.at(RPar):
			p.pos++
			if _, ok := first.(*Starred); ok {
				p.errorNode(first, "cannot use starred expression here")
			}
			return first
		case p.at(Comma):
			elts := []Expr{first}
			for p.accept(Comma) {
				if p.at(RPar) {
					break
				}
				elts = append(elts, p.starNamedExpression())
			}
			p.closeBracket(RPar)
			return &Tuple{Pos: p.spanFrom(open), Elts: elts}
		}
		p.closeBracket(RPar)
		return nil
	})
}

// closeBracket expects the closing bracket, diagnosing a missing comma.
func (p *parser) closeBracket(k TokenKind) {
	if p.at(k) {
		p.pos++
		return
	}
	if p.startsExpression() {
		p.forgotComma()
	}
	p.invalid()
}

func (p *parser) listAtom() Expr {
	return p.bracketed(func() Expr {
		open := p.advance()
		if p.accept(RSqb) {
			return &List{Pos: p.spanFrom(open), Elts: []Expr{}}
		}
		first := p.starNamedExpression()
		if p.at(KwFor) || p.at(KwAsync) {
			if _, ok := first.(*Starred); ok {
				p.errorNode(first, "iterable unpacking cannot be used in comprehension")
			}
			gens := p.comprehensionClauses()
			p.closeBracket(RSqb)
			return &ListComp{Pos: p.spanFrom(open), Elt: first, Generators: gens}
		}
		elts := []Expr{first}
		for p.accept(Comma) {
			if p.at(RSqb) {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		p.closeBracket(RSqb)
		return &List{Pos: p.spanFrom(open), Elts: elts}
	})
}

func (p *parser) braceAtom() Expr {
	return p.bracketed(func() Expr {
		open := p.advance()
		if p.accept(RBrace) {
			return &Dict{Pos: p.spanFrom(open), Keys: []Expr{}, Values: []Expr{}}
		}
		if p.at(DoubleStar) {
			return p.dictRest(open, nil)
		}
		first := p.starNamedExpression()
		if p.at(Colon) {
			p.pos++
			if p.at(RBrace) || p.at(Comma) {
				p.errorTok(p.prev(), "expression expected after dictionary key and ':'")
			}
			v := p.expression()
			if p.at(KwFor) || p.at(KwAsync) {
				gens := p.comprehensionClauses()
				p.closeBracket(RBrace)
				return &DictComp{Pos: p.spanFrom(open), Key: first, Value: v, Generators: gens}
			}
			return p.dictRest(open, []Expr{first, v})
		}
		if p.at(KwFor) || p.at(KwAsync) {
			if _, ok := first.(*Starred); ok {
				p.errorNode(first, "iterable unpacking cannot be used in comprehension")
			}
			gens := p.comprehensionClauses()
			p.closeBracket(RBrace)
			return &SetComp{Pos: p.spanFrom(open), Elt: first, Generators: gens}
		}
		elts := []Expr{first}
		for p.accept(Comma) {
			if p.at(RBrace) {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		p.closeBracket(RBrace)
		return &Set{Pos: p.spanFrom(open), Elts: elts}
	})
}

// dictRest parses the remaining entries of a dict display; first holds
// the already-parsed first key and value, if any.
func (p *parser) dictRest(open *Token, first []Expr) Expr {
	d := &Dict{Keys: []Expr{}, Values: []Expr{}}
	if first != nil {
		d.Keys = append(d.Keys, first[0])
		d.Values = append(d.Values, first[1])
		if !p.accept(Comma) {
			p.closeBracket(RBrace)
			d.Pos = p.spanFrom(open)
			return d
		}
	}
	for !p.at(RBrace) {
		if p.at(DoubleStar) {
			star := p.advance()
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitwiseOr())
			if p.at(KwFor) || p.at(KwAsync) {
				p.raise(KindSyntaxError, "dict unpacking cannot be used in dict comprehension", int(star.Line), int(star.Col), int(p.prev().EndLine), int(p.prev().EndCol))
			}
		} else {
			k := p.expression()
			if !p.at(Colon) {
				if p.at(Comma) || p.at(RBrace) {
					p.errorNode(k, "':' expected after dictionary key")
				}
				p.invalid()
			}
			p.pos++
			if p.at(RBrace) || p.at(Comma) {
				p.errorTok(p.prev(), "expression expected after dictionary key and ':'")
			}
			d.Keys = append(d.Keys, k)
			d.Values = append(d.Values, p.expression())
		}
		if !p.accept(Comma) {
			break
		}
	}
	p.closeBracket(RBrace)
	d.Pos = p.spanFrom(open)
	return d
}

// ---- targets ----

// exprName is CPython's description of an expression in "cannot assign
// to %s" messages.
func exprName(e Expr) string {
	switch x := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := x.Value.(type) {
		case NoneValue:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case EllipsisValue:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// setContext turns an expression parsed as a load into an assignment or
// deletion target, rejecting what cannot be one with CPython's messages.
func (p *parser) setContext(e Expr, ctx ExprContext) {
	switch x := e.(type) {
	case *Name:
		x.Ctx = ctx
	case *Attribute:
		x.Ctx = ctx
	case *Subscript:
		x.Ctx = ctx
	case *Starred:
		if ctx == Del {
			p.errorNode(e, "cannot delete starred")
		}
		x.Ctx = ctx
		p.setContext(x.Value, ctx)
	case *Tuple:
		x.Ctx = ctx
		for _, el := range x.Elts {
			p.setContext(el, ctx)
		}
	case *List:
		x.Ctx = ctx
		for _, el := range x.Elts {
			p.setContext(el, ctx)
		}
	default:
		verb := "assign to"
		if ctx == Del {
			verb = "delete"
		}
		p.errorNode(e, fmt.Sprintf("cannot %s %s", verb, exprName(e)))
	}
}
