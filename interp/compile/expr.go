package compile

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/syntax"
)

func (c *compiler) expr(e syntax.Expr) {
	old := c.setPos(e)
	defer func() { c.u.pos = old }()
	switch n := e.(type) {
	case *syntax.Constant:
		c.loadConst(constValue(n.Value))
	case *syntax.Name:
		c.nameOp(n.ID, opLoad)
	case *syntax.BinOp:
		if k, ok := foldBinOp(n); ok {
			c.loadConst(k)
			return
		}
		c.expr(n.Left)
		c.expr(n.Right)
		c.setPos(n)
		lp, rp := n.Left.Position(), n.Right.Position()
		if lp.EndLineno == rp.Lineno {
			c.u.pos.AnchorCol, c.u.pos.AnchorEnd = int32(lp.EndColOffset), int32(rp.ColOffset)
		}
		c.emit(Binary, int(n.Op))
	case *syntax.UnaryOp:
		if k, ok := n.Operand.(*syntax.Constant); ok && n.Op == syntax.USub {
			switch v := k.Value.(type) {
			case int64:
				if v != -v || v == 0 {
					c.loadConst(objects.Int(-v))
					return
				}
			case float64:
				c.loadConst(objects.Float(-v))
				return
			}
		}
		c.expr(n.Operand)
		c.setPos(n)
		c.emit([...]Op{UnaryInvert, UnaryNot, UnaryPos, UnaryNeg}[n.Op], 0)
	case *syntax.BoolOp:
		var jumps []int
		for i, v := range n.Values {
			c.expr(v)
			if i < len(n.Values)-1 {
				if n.Op == syntax.And {
					jumps = append(jumps, c.emit(JumpIfFalseOrPop, 0))
				} else {
					jumps = append(jumps, c.emit(JumpIfTrueOrPop, 0))
				}
				c.u.depth--
			}
		}
		for _, j := range jumps {
			c.patch(j, c.here())
		}
	case *syntax.Compare:
		c.compare(n)
	case *syntax.IfExp:
		c.expr(n.Test)
		jf := c.emit(PopJumpIfFalse, 0)
		c.expr(n.Body)
		je := c.emit(Jump, 0)
		c.u.depth--
		c.patch(jf, c.here())
		c.expr(n.OrElse)
		c.patch(je, c.here())
	case *syntax.Attribute:
		c.expr(n.Value)
		c.setPos(n)
		c.emit(LoadAttr, c.nameIndex(n.Attr))
	case *syntax.Subscript:
		c.expr(n.Value)
		c.expr(n.Slice)
		c.setPos(n)
		vp, sp := n.Value.Position(), n.Slice.Position()
		if vp.EndLineno == sp.Lineno {
			c.u.pos.AnchorCol, c.u.pos.AnchorEnd = int32(vp.EndColOffset), int32(sp.EndColOffset+1)
		}
		c.emit(Subscr, 0)
	case *syntax.Slice:
		for _, p := range []syntax.Expr{n.Lower, n.Upper} {
			if p == nil {
				c.loadConst(objects.None)
			} else {
				c.expr(p)
			}
		}
		if n.Step != nil {
			c.expr(n.Step)
			c.emit(BuildSlice, 3)
		} else {
			c.emit(BuildSlice, 2)
		}
	case *syntax.Call:
		c.call(n)
	case *syntax.Tuple:
		if c.starredSeq(n.Elts) {
			c.emit(ListToTuple, 0)
			return
		}
		for _, x := range n.Elts {
			c.expr(x)
		}
		c.emit(BuildTuple, len(n.Elts))
	case *syntax.List:
		if c.starredSeq(n.Elts) {
			return
		}
		for _, x := range n.Elts {
			c.expr(x)
		}
		c.emit(BuildList, len(n.Elts))
	case *syntax.Set:
		hasStar := false
		for _, x := range n.Elts {
			if _, ok := x.(*syntax.Starred); ok {
				hasStar = true
			}
		}
		if hasStar {
			c.emit(BuildSet, 0)
			for _, x := range n.Elts {
				if s, ok := x.(*syntax.Starred); ok {
					c.expr(s.Value)
					c.emit(SetUpdate, 1)
				} else {
					c.expr(x)
					c.emit(SetAdd, 1)
				}
			}
			return
		}
		for _, x := range n.Elts {
			c.expr(x)
		}
		c.emit(BuildSet, len(n.Elts))
	case *syntax.Dict:
		c.emit(BuildMap, 0)
		for i, k := range n.Keys {
			if k == nil {
				c.expr(n.Values[i])
				c.emit(DictUpdate, 1)
				continue
			}
			c.expr(k)
			c.expr(n.Values[i])
			c.emit(MapAdd, 1)
		}
	case *syntax.JoinedStr:
		for _, v := range n.Values {
			c.expr(v)
		}
		if len(n.Values) != 1 {
			c.emit(BuildString, len(n.Values))
		}
	case *syntax.FormattedValue:
		c.expr(n.Value)
		conv := 0
		switch n.Conversion {
		case 's':
			conv = 1
		case 'r':
			conv = 2
		case 'a':
			conv = 3
		}
		if n.FormatSpec != nil {
			c.expr(n.FormatSpec)
			conv |= 4
		}
		c.emit(FormatValue, conv)
	case *syntax.Lambda:
		c.makeFunction(n, "<lambda>", n.Args, nil, n.Body, false)
	case *syntax.ListComp:
		c.comprehension(n, "<listcomp>", n.Generators, BuildList, n.Elt, nil)
	case *syntax.SetComp:
		c.comprehension(n, "<setcomp>", n.Generators, BuildSet, n.Elt, nil)
	case *syntax.DictComp:
		c.comprehension(n, "<dictcomp>", n.Generators, BuildMap, n.Key, n.Value)
	case *syntax.GeneratorExp:
		c.comprehension(n, "<genexpr>", n.Generators, Nop, n.Elt, nil)
	case *syntax.NamedExpr:
		c.expr(n.Value)
		c.emit(DupTop, 0)
		c.store(n.Target)
	case *syntax.Yield:
		if c.u.scope.kind != functionScope {
			c.syntaxError("'yield' outside function", n)
			return
		}
		if n.Value != nil {
			c.expr(n.Value)
		} else {
			c.loadConst(objects.None)
		}
		if c.u.code.Flags&objects.CodeAsyncGenerator != 0 {
			c.emit(AsyncGenWrap, 0)
		}
		c.emit(Yield, 0)
	case *syntax.YieldFrom:
		if c.u.scope.kind != functionScope {
			c.syntaxError("'yield' outside function", n)
			return
		}
		if c.u.code.Flags&objects.CodeCoroutine != 0 {
			c.syntaxError("'yield from' inside async function", n)
			return
		}
		c.expr(n.Value)
		c.emit(GetIter, 0)
		c.loadConst(objects.None)
		send := c.emit(Send, 0) // [it v] -> [it r] or, done, [ret]
		c.emit(Yield, 0)
		c.emit(Jump, send)
		c.patch(send, c.here())
		c.u.depth--
	case *syntax.Await:
		// await is accepted in any function (DESIGN.md: no function
		// colouring): see async.go.
		if c.u.scope.kind != functionScope {
			c.syntaxError("'await' outside function", n)
			return
		}
		c.expr(n.Value)
		c.emitAwait()
	case *syntax.Starred:
		c.syntaxError("can't use starred expression here", n)
	default:
		c.syntaxError("expression not supported yet by weft", e)
	}
}

func isStarred(e syntax.Expr) bool {
	_, ok := e.(*syntax.Starred)
	return ok
}

// starredSeq builds a list from elements containing *x; it reports false
// (emitting nothing) when there is no starred element.
func (c *compiler) starredSeq(elts []syntax.Expr) bool {
	has := false
	for _, x := range elts {
		if _, ok := x.(*syntax.Starred); ok {
			has = true
		}
	}
	if !has {
		return false
	}
	c.emit(BuildList, 0)
	for _, x := range elts {
		if s, ok := x.(*syntax.Starred); ok {
			c.expr(s.Value)
			c.emit(ListExtend, 1)
		} else {
			c.expr(x)
			c.emit(ListAppend, 1)
		}
	}
	return true
}

// foldBinOp folds int arithmetic on constants (recursively, so
// "2 * 3 + 4" becomes 10, and "x % 2 ** 31" divides by a constant) when
// the result stays a small int.
func foldBinOp(n *syntax.BinOp) (objects.Value, bool) {
	a, okA := foldedInt(n.Left)
	b, okB := foldedInt(n.Right)
	if !okA || !okB {
		return objects.Value{}, false
	}
	switch n.Op {
	case syntax.Add, syntax.Sub, syntax.Mult, syntax.BitAnd, syntax.BitOr, syntax.BitXor:
	case syntax.Pow, syntax.LShift, syntax.RShift, syntax.FloorDiv, syntax.Mod:
		// Only when the result is an int: a negative power is a float,
		// and a negative shift or a zero divisor raises at run time,
		// as it must (SmallIntOp reports those as errors, not folded).
		if b < 0 && n.Op != syntax.FloorDiv && n.Op != syntax.Mod {
			return objects.Value{}, false
		}
	default:
		return objects.Value{}, false
	}
	v, ok, err := objects.SmallIntOp(objects.BinaryOp(n.Op), a, b)
	return v, ok && err == nil && v.IsSmallInt()
}

func foldedInt(e syntax.Expr) (int64, bool) {
	switch x := e.(type) {
	case *syntax.Constant:
		i, ok := x.Value.(int64)
		return i, ok
	case *syntax.BinOp:
		if v, ok := foldBinOp(x); ok {
			return v.SmallInt(), true
		}
	}
	return 0, false
}

func (c *compiler) compare(n *syntax.Compare) {
	c.checkIsLiteral(n)
	c.expr(n.Left)
	var cleanups []int
	for i, op := range n.Ops {
		c.expr(n.Comparators[i])
		last := i == len(n.Ops)-1
		if !last {
			c.emit(DupTop, 0)
			c.emit(Rot3, 0)
		}
		c.setPos(n)
		switch op {
		case syntax.Is, syntax.IsNot:
			c.emit(IsOp, boolInt(op == syntax.IsNot))
		case syntax.In, syntax.NotIn:
			c.emit(ContainsOp, boolInt(op == syntax.NotIn))
		default:
			c.emit(CompareOp, int(op))
		}
		if !last {
			cleanups = append(cleanups, c.emit(JumpIfFalseOrPop, 0))
			c.u.depth--
		}
	}
	if len(cleanups) > 0 {
		je := c.emit(Jump, 0)
		for _, j := range cleanups {
			c.patch(j, c.here())
		}
		c.u.depth++
		c.emit(Rot2, 0)
		c.emit(PopTop, 0)
		c.patch(je, c.here())
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (c *compiler) call(n *syntax.Call) {
	c.checkCaller(n.Func)
	hasStar := false
	for _, a := range n.Args {
		if _, ok := a.(*syntax.Starred); ok {
			hasStar = true
		}
	}
	for _, k := range n.Keywords {
		if k.Arg == "" {
			hasStar = true
		}
	}
	if hasStar {
		c.expr(n.Func)
		if len(n.Args) == 1 && isStarred(n.Args[0]) {
			// f(*x): CALL_EX takes x itself and names f if x is not
			// iterable, as CPython does.
			c.expr(n.Args[0].(*syntax.Starred).Value)
		} else if !c.starredSeq(n.Args) {
			for _, a := range n.Args {
				c.expr(a)
			}
			c.emit(BuildList, len(n.Args))
		}
		if !(len(n.Args) == 1 && isStarred(n.Args[0])) {
			c.emit(ListToTuple, 0)
		}
		if len(n.Keywords) > 0 {
			c.emit(BuildMap, 0)
			for _, k := range n.Keywords {
				if k.Arg == "" {
					c.expr(k.Value)
					c.emit(DictMerge, 1)
				} else {
					c.loadConst(objects.Interned(k.Arg).Value())
					c.expr(k.Value)
					c.emit(MapAdd, 1)
				}
			}
		} else {
			c.loadConst(objects.None)
		}
		c.setPos(n)
		c.emit(CallEx, 0)
		return
	}
	if attr, ok := n.Func.(*syntax.Attribute); ok && len(n.Keywords) == 0 {
		c.expr(attr.Value)
		c.setPos(attr)
		c.emit(LoadMethod, c.nameIndex(attr.Attr))
		for _, a := range n.Args {
			c.expr(a)
		}
		c.setPos(n)
		c.emit(CallMethod, len(n.Args))
		return
	}
	c.expr(n.Func)
	for _, a := range n.Args {
		c.expr(a)
	}
	if len(n.Keywords) > 0 {
		names := make([]objects.Value, len(n.Keywords))
		for i, k := range n.Keywords {
			c.expr(k.Value)
			names[i] = objects.Interned(k.Arg).Value()
		}
		c.loadConst(objects.NewTuple(names).Value())
		c.setPos(n)
		c.emit(CallKw, len(n.Args)+len(n.Keywords))
		return
	}
	c.setPos(n)
	c.emit(Call, len(n.Args))
}

// ---- functions, classes, comprehensions ----

func (c *compiler) functionDef(n syntax.Node, name string, args *syntax.Arguments, body []syntax.Stmt, decos []syntax.Expr, async bool) {
	for _, d := range decos {
		c.expr(d)
	}
	c.makeFunction(n, name, args, body, nil, async)
	for range decos {
		c.emit(Call, 1)
	}
	c.nameOp(c.bindings.of(n, name), opStore)
}

func (c *compiler) childQualname(name string) string {
	u := c.u
	if u.scope.kind == moduleScope {
		return name
	}
	if u.scope.kind == functionScope {
		return u.qualname + ".<locals>." + name
	}
	return u.qualname + "." + name
}

func (c *compiler) makeFunction(n syntax.Node, name string, args *syntax.Arguments, body []syntax.Stmt, lambdaBody syntax.Expr, async bool) {
	flags := 0
	if args != nil && len(args.Defaults) > 0 {
		for _, d := range args.Defaults {
			c.expr(d)
		}
		c.emit(BuildTuple, len(args.Defaults))
		flags |= FnDefaults
	}
	if args != nil {
		nkw := 0
		for i, d := range args.KwDefaults {
			if d != nil {
				c.loadConst(objects.Interned(args.KwOnlyArgs[i].Arg).Value())
				c.expr(d)
				nkw++
			}
		}
		if nkw > 0 {
			c.emit(BuildMap, nkw)
			flags |= FnKwDefaults
		}
	}
	flags |= c.emitFunctionAnnotations(n)
	s := c.u.scope.children[n]
	qual := c.childQualname(name)
	p := n.Position()
	u := c.newUnit(s, name, qual, p.Lineno)
	saved := c.u
	c.u = u
	if args != nil {
		u.code.ArgCount = len(args.PosOnlyArgs) + len(args.Args)
		u.code.PosOnlyCount = len(args.PosOnlyArgs)
		u.code.KwOnlyCount = len(args.KwOnlyArgs)
		if args.VarArg != nil {
			u.code.Flags |= objects.CodeVarArgs
		}
		if args.KwArg != nil {
			u.code.Flags |= objects.CodeVarKeywords
		}
	}
	if s.generator || async {
		u.code.Flags |= objects.CodeGenerator
	}
	if async {
		u.code.Flags |= objects.CodeCoroutine
		if s.generator {
			u.code.Flags |= objects.CodeAsyncGenerator
		}
	}
	if lambdaBody != nil {
		c.u.pos = objects.Position{Line: int32(p.Lineno), EndLine: int32(p.EndLineno), Col: int32(p.ColOffset), EndCol: int32(p.EndColOffset), AnchorCol: -1, AnchorEnd: -1}
		c.expr(lambdaBody)
		c.emit(Return, 0)
	} else {
		if len(body) > 0 {
			if es, ok := body[0].(*syntax.ExprStmt); ok {
				if k, ok := es.Value.(*syntax.Constant); ok {
					if str, ok := k.Value.(string); ok {
						c.constIndex(objects.StrValue(str)) // docstring is consts[0]
						u.code.Flags |= CodeHasDoc
					}
				}
			}
		}
		c.stmts(body)
		c.loadConst(objects.None)
		c.emit(Return, 0)
	}
	code := c.finishUnit()
	c.u = saved
	if c.closure(code) {
		flags |= FnClosure
	}
	c.loadConst(code.Value())
	c.loadConst(objects.Interned(qual).Value())
	c.emit(MakeFunction, flags)
}

// CodeHasDoc marks that Consts[0] is the docstring.
const CodeHasDoc = 1 << 10

// closure pushes a tuple of the cells the new code's free variables refer
// to and reports whether it did.
func (c *compiler) closure(code *objects.Code) bool {
	if len(code.FreeVars) == 0 {
		return false
	}
	for _, name := range code.FreeVars {
		i, ok := c.u.derefs[name]
		if !ok {
			c.err = &syntax.SyntaxError{Kind: syntax.KindSyntaxError, Msg: "no binding for nonlocal '" + name + "' found", Filename: c.filename}
			return false
		}
		c.emit(LoadClosure, i)
	}
	c.emit(BuildTuple, len(code.FreeVars))
	return true
}

func (c *compiler) classDef(n *syntax.ClassDef) {
	for _, d := range n.DecoratorList {
		c.expr(d)
	}
	s := c.u.scope.children[n]
	qual := c.childQualname(n.Name)
	u := c.newUnit(s, n.Name, qual, n.Lineno)
	saved := c.u
	c.u = u
	c.u.pos = saved.pos
	c.nameOp("__name__", opLoad)
	c.nameOp("__module__", opStore)
	c.loadConst(objects.StrValue(qual))
	c.nameOp("__qualname__", opStore)
	c.setupAnnotations(n.Body)
	if len(n.Body) > 0 {
		if es, ok := n.Body[0].(*syntax.ExprStmt); ok {
			if k, ok := es.Value.(*syntax.Constant); ok {
				if _, ok := k.Value.(string); ok {
					c.loadConst(constValue(k.Value))
					c.nameOp("__doc__", opStore)
				}
			}
		}
	}
	c.stmts(n.Body)
	if i, ok := c.u.derefs["__class__"]; ok && c.u.scope.cells["__class__"] {
		// The class creation sets this cell to the new class (a
		// `nonlocal __class__` in the body is the outer class's cell,
		// not this one).
		c.emit(LoadClosure, i)
		c.emit(StoreName, c.nameIndex("__classcell__"))
	}
	c.emit(LoadLocals, 0)
	c.emit(Return, 0)
	code := c.finishUnit()
	c.u = saved
	flags := 0
	if c.closure(code) {
		flags |= FnClosure
	}
	c.loadConst(code.Value())
	c.loadConst(objects.Interned(qual).Value())
	c.emit(MakeFunction, flags)
	c.loadConst(objects.StrValue(n.Name))
	if classNeedsUnpacking(n) {
		// class C(*bases, **kw): the bases as one tuple and every
		// keyword in one dict, for BUILD_CLASS_EX.
		if !c.starredSeq(n.Bases) {
			for _, b := range n.Bases {
				c.expr(b)
			}
			c.emit(BuildList, len(n.Bases))
		}
		c.emit(ListToTuple, 0)
		c.emit(BuildMap, 0)
		for _, k := range n.Keywords {
			if k.Arg == "" {
				c.expr(k.Value)
				c.emit(DictUpdate, 1)
			} else {
				c.loadConst(objects.Interned(k.Arg).Value())
				c.expr(k.Value)
				c.emit(MapAdd, 1)
			}
		}
		c.emit(BuildClassEx, 0)
	} else {
		c.classArgs(n)
	}
	for range n.DecoratorList {
		c.emit(Call, 1)
	}
	c.nameOp(c.bindings.of(n, n.Name), opStore)
}

// classNeedsUnpacking reports a class statement with *bases or **kw.
func classNeedsUnpacking(n *syntax.ClassDef) bool {
	for _, b := range n.Bases {
		if isStarred(b) {
			return true
		}
	}
	for _, k := range n.Keywords {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

// classArgs pushes the bases one by one and the keywords as a dict, for
// BUILD_CLASS.
func (c *compiler) classArgs(n *syntax.ClassDef) {
	for _, b := range n.Bases {
		c.expr(b)
	}
	nkw := 0
	for _, k := range n.Keywords {
		if k.Arg != "" {
			c.loadConst(objects.Interned(k.Arg).Value())
			c.expr(k.Value)
			nkw++
		}
	}
	c.emit(BuildMap, nkw)
	c.emit(BuildClass, len(n.Bases)+1)
}

func (c *compiler) comprehension(n syntax.Node, name string, gens []*syntax.Comprehension, build Op, elt, val syntax.Expr) {
	s := c.u.scope.children[n]
	qual := c.childQualname(name)
	p := n.Position()
	u := c.newUnit(s, name, qual, p.Lineno)
	u.code.ArgCount = 1
	if build == Nop {
		u.code.Flags |= objects.CodeGenerator
		if s.awaits {
			// An async generator expression, allowed anywhere.
			u.code.Flags |= objects.CodeCoroutine | objects.CodeAsyncGenerator
		}
	}
	// An awaiting list/set/dict comprehension inside a coroutine is a
	// coroutine itself, awaited where it is called, so its awaits
	// suspend the enclosing coroutine. Elsewhere it runs its awaits
	// synchronously like any non-coroutine code.
	awaited := build != Nop && s.awaits && c.u.code.Flags&objects.CodeCoroutine != 0
	if awaited {
		u.code.Flags |= objects.CodeGenerator | objects.CodeCoroutine
	}
	saved := c.u
	c.u = u
	c.u.pos = saved.pos
	if build != Nop {
		c.emit(build, 0)
	}
	c.compGen(gens, 0, build, elt, val)
	if build == Nop {
		c.loadConst(objects.None)
	}
	c.emit(Return, 0)
	code := c.finishUnit()
	c.u = saved
	flags := 0
	if c.closure(code) {
		flags |= FnClosure
	}
	c.loadConst(code.Value())
	c.loadConst(objects.Interned(qual).Value())
	c.emit(MakeFunction, flags)
	c.expr(gens[0].Iter)
	if gens[0].IsAsync != 0 {
		c.emit(GetAIter, 0)
	} else {
		c.emit(GetIter, 0)
	}
	c.emit(Call, 1)
	if awaited {
		c.emitAwait()
	}
}

func (c *compiler) compGen(gens []*syntax.Comprehension, i int, build Op, elt, val syntax.Expr) {
	g := gens[i]
	if g.IsAsync != 0 {
		c.asyncCompFor(g, i == 0, func() { c.compInner(gens, i, build, elt, val) })
		return
	}
	if i == 0 {
		c.emit(LoadFast, 0)
	} else {
		c.expr(g.Iter)
		c.emit(GetIter, 0)
	}
	top := c.here()
	fi := c.emit(ForIter, 0)
	c.store(g.Target)
	for _, cond := range g.Ifs {
		c.expr(cond)
		c.emit(PopJumpIfFalse, top)
	}
	c.compInner(gens, i, build, elt, val)
	c.emit(Jump, top)
	c.u.depth--
	c.patch(fi, c.here())
}

// compInner compiles what follows clause i of a comprehension: the next
// clause, or the element added to the result (or yielded).
func (c *compiler) compInner(gens []*syntax.Comprehension, i int, build Op, elt, val syntax.Expr) {
	if i+1 < len(gens) {
		c.compGen(gens, i+1, build, elt, val)
	} else {
		switch build {
		case BuildList:
			c.expr(elt)
			c.emit(ListAppend, i+2)
		case BuildSet:
			c.expr(elt)
			c.emit(SetAdd, i+2)
		case BuildMap:
			c.expr(elt)
			c.expr(val)
			c.emit(MapAdd, i+2)
		default:
			c.expr(elt)
			if c.u.code.Flags&objects.CodeAsyncGenerator != 0 {
				c.emit(AsyncGenWrap, 0)
			}
			c.emit(Yield, 0)
			c.emit(PopTop, 0)
		}
	}
}
