package compile

import "github.com/weftrun/weft/interp/syntax"

// scopeKind is the kind of a name scope.
type scopeKind int

const (
	moduleScope scopeKind = iota
	functionScope
	classScope
)

// scope records how each name of one code block is bound. It is built by
// a pre-pass over the block (CPython's symtable) so the code generator
// knows, for every name, whether it is a fast local, a cell, a free
// variable, a global or (module/class level) a dictionary name.
type scope struct {
	kind      scopeKind
	parent    *scope
	assigned  map[string]bool
	used      map[string]bool
	globals   map[string]bool
	nonlocals map[string]bool
	// nonlocalPos locates each nonlocal statement for the "no binding"
	// error, which is only known once enclosing scopes are complete.
	nonlocalPos map[string]syntax.Pos
	params      []string
	cells       map[string]bool
	frees       map[string]bool
	children    map[syntax.Node]*scope
	order       []string // first-assignment order of locals
	generator   bool
	// awaits: the scope awaits (await, async for, async with, or an
	// awaiting comprehension inside it); compile makes an awaiting
	// comprehension inside an async def a coroutine (async.go).
	awaits bool
	// annotations memoizes functionAnnotations for the defs of this
	// block (nil entries for defs without annotations).
	annotations map[syntax.Node]*syntax.Lambda
}

func newScope(kind scopeKind, parent *scope) *scope {
	return &scope{kind: kind, parent: parent, assigned: map[string]bool{}, used: map[string]bool{},
		globals: map[string]bool{}, nonlocals: map[string]bool{}, nonlocalPos: map[string]syntax.Pos{}, cells: map[string]bool{}, frees: map[string]bool{},
		children: map[syntax.Node]*scope{}}
}

func (s *scope) assign(name string) {
	if !s.assigned[name] {
		s.assigned[name] = true
		s.order = append(s.order, name)
	}
}

// isLocal reports whether name is a fast local of a function scope.
func (s *scope) isLocal(name string) bool {
	return s.kind == functionScope && s.assigned[name] && !s.globals[name] && !s.nonlocals[name]
}

// resolveFree marks name as free in s (and cells/free in the chain up to
// the defining function). It returns whether a binding was found.
func (s *scope) resolveFree(name string) bool {
	for p := s.parent; p != nil; p = p.parent {
		if p.kind == classScope {
			continue
		}
		if p.kind == moduleScope {
			return false
		}
		if p.globals[name] {
			return false
		}
		if p.isLocal(name) || p.cells[name] {
			p.cells[name] = true
			for q := s; q != p; q = q.parent {
				if q.kind != classScope {
					q.frees[name] = true
				} else {
					q.frees[name] = true
				}
			}
			return true
		}
	}
	return false
}

// builder walks a block to fill its scope.
type builder struct {
	cur *scope
	// bindings are the mangled names of def and class statements.
	bindings bindings
	err      error
	src      string
	fn       string
}

func (b *builder) synErr(msg string, p syntax.Pos) {
	if b.err == nil {
		b.err = &syntax.SyntaxError{Kind: syntax.KindSyntaxError, Msg: msg, Filename: b.fn, Lineno: p.Lineno, Offset: p.ColOffset + 1, EndLineno: p.EndLineno, EndOffset: p.EndColOffset + 1, Text: lineOf(b.src, p.Lineno)}
	}
}

func lineOf(src string, n int) string {
	line := 1
	start := 0
	for i := 0; i < len(src); i++ {
		if line == n {
			start = i
			break
		}
		if src[i] == '\n' {
			line++
			start = i + 1
		}
	}
	if line != n {
		return ""
	}
	end := start
	for end < len(src) && src[end] != '\n' {
		end++
	}
	if end < len(src) {
		end++
	}
	return src[start:end]
}

func (b *builder) stmts(list []syntax.Stmt) {
	for _, s := range list {
		b.stmt(s)
	}
}

func (b *builder) args(a *syntax.Arguments) {
	for _, d := range a.Defaults {
		b.expr(d)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			b.expr(d)
		}
	}
}

func (b *builder) function(n syntax.Node, a *syntax.Arguments, body func()) {
	s := newScope(functionScope, b.cur)
	b.cur.children[n] = s
	saved := b.cur
	b.cur = s
	if a != nil {
		for _, p := range a.PosOnlyArgs {
			s.params = append(s.params, p.Arg)
		}
		for _, p := range a.Args {
			s.params = append(s.params, p.Arg)
		}
		for _, p := range a.KwOnlyArgs {
			s.params = append(s.params, p.Arg)
		}
		if a.VarArg != nil {
			s.params = append(s.params, a.VarArg.Arg)
		}
		if a.KwArg != nil {
			s.params = append(s.params, a.KwArg.Arg)
		}
		for _, p := range s.params {
			s.assign(p)
		}
	}
	body()
	b.cur = saved
}

func (b *builder) stmt(st syntax.Stmt) {
	switch n := st.(type) {
	case *syntax.FunctionDef:
		for _, d := range n.DecoratorList {
			b.expr(d)
		}
		b.args(n.Args)
		b.symAnnotations(n)
		b.cur.assign(b.bindings.of(n, n.Name))
		b.function(n, n.Args, func() { b.stmts(n.Body) })
	case *syntax.AsyncFunctionDef:
		for _, d := range n.DecoratorList {
			b.expr(d)
		}
		b.args(n.Args)
		b.symAnnotations(n)
		b.cur.assign(b.bindings.of(n, n.Name))
		b.function(n, n.Args, func() { b.stmts(n.Body) })
	case *syntax.ClassDef:
		for _, d := range n.DecoratorList {
			b.expr(d)
		}
		for _, e := range n.Bases {
			b.expr(e)
		}
		for _, k := range n.Keywords {
			b.expr(k.Value)
		}
		b.cur.assign(b.bindings.of(n, n.Name))
		s := newScope(classScope, b.cur)
		b.cur.children[n] = s
		saved := b.cur
		b.cur = s
		b.stmts(n.Body)
		b.cur = saved
	case *syntax.Return:
		if n.Value != nil {
			b.expr(n.Value)
		}
	case *syntax.Delete:
		for _, t := range n.Targets {
			b.expr(t)
		}
	case *syntax.Assign:
		b.expr(n.Value)
		for _, t := range n.Targets {
			b.expr(t)
		}
	case *syntax.AugAssign:
		b.expr(n.Value)
		b.expr(n.Target)
		if nm, ok := n.Target.(*syntax.Name); ok {
			b.cur.used[nm.ID] = true
		}
	case *syntax.AnnAssign:
		if n.Value != nil {
			b.expr(n.Value)
			b.expr(n.Target)
		} else if nm, ok := n.Target.(*syntax.Name); ok && b.cur.kind == functionScope {
			b.cur.assign(nm.ID)
		}
		if _, ok := n.Target.(*syntax.Name); ok && n.Simple != 0 && b.cur.kind != functionScope {
			b.expr(n.Annotation)
		}
	case *syntax.For:
		b.expr(n.Iter)
		b.expr(n.Target)
		b.stmts(n.Body)
		b.stmts(n.OrElse)
	case *syntax.AsyncFor:
		b.cur.awaits = true
		b.expr(n.Iter)
		b.expr(n.Target)
		b.stmts(n.Body)
		b.stmts(n.OrElse)
	case *syntax.While:
		b.expr(n.Test)
		b.stmts(n.Body)
		b.stmts(n.OrElse)
	case *syntax.If:
		b.expr(n.Test)
		b.stmts(n.Body)
		b.stmts(n.OrElse)
	case *syntax.With:
		for _, it := range n.Items {
			b.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				b.expr(it.OptionalVars)
			}
		}
		b.stmts(n.Body)
	case *syntax.AsyncWith:
		b.cur.awaits = true
		for _, it := range n.Items {
			b.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				b.expr(it.OptionalVars)
			}
		}
		b.stmts(n.Body)
	case *syntax.Raise:
		if n.Exc != nil {
			b.expr(n.Exc)
		}
		if n.Cause != nil {
			b.expr(n.Cause)
		}
	case *syntax.Try:
		b.stmts(n.Body)
		for _, h := range n.Handlers {
			if h.Type != nil {
				b.expr(h.Type)
			}
			if h.Name != "" {
				b.cur.assign(h.Name)
			}
			b.stmts(h.Body)
		}
		b.stmts(n.OrElse)
		b.stmts(n.FinalBody)
	case *syntax.Assert:
		b.expr(n.Test)
		if n.Msg != nil {
			b.expr(n.Msg)
		}
	case *syntax.Import:
		for _, a := range n.Names {
			name := a.AsName
			if name == "" {
				name = a.Name
				for i := 0; i < len(name); i++ {
					if name[i] == '.' {
						name = name[:i]
						break
					}
				}
			}
			b.cur.assign(name)
		}
	case *syntax.ImportFrom:
		for _, a := range n.Names {
			if a.Name == "*" {
				continue
			}
			name := a.AsName
			if name == "" {
				name = a.Name
			}
			b.cur.assign(name)
		}
	case *syntax.Global:
		for _, name := range n.Names {
			if b.cur.assigned[name] || b.cur.used[name] {
				what := "assigned to"
				if !b.cur.assigned[name] {
					what = "used"
				}
				for _, p := range b.cur.params {
					if p == name {
						b.synErr("name '"+name+"' is parameter and global", n.Pos)
					}
				}
				b.synErr("name '"+name+"' is "+what+" before global declaration", n.Pos)
			}
			b.cur.globals[name] = true
		}
	case *syntax.Nonlocal:
		for _, name := range n.Names {
			if b.cur.kind == moduleScope {
				b.synErr("nonlocal declaration not allowed at module level", n.Pos)
			}
			if b.cur.assigned[name] || b.cur.used[name] {
				what := "assigned to"
				if !b.cur.assigned[name] {
					what = "used"
				}
				b.synErr("name '"+name+"' is "+what+" before nonlocal declaration", n.Pos)
			}
			b.cur.nonlocals[name] = true
			b.cur.nonlocalPos[name] = n.Pos
			if name == "__class__" {
				// The implicit cell of the enclosing class (the one
				// zero-argument super() reads) is a binding.
				if b.cur.kind == classScope {
					b.classCellFrom(b.cur.parent)
				} else {
					b.classCell()
				}
			}
		}
	case *syntax.ExprStmt:
		b.expr(n.Value)
	case *syntax.Match:
		b.expr(n.Subject)
		for _, mc := range n.Cases {
			b.pattern(mc.Pattern)
			if mc.Guard != nil {
				b.expr(mc.Guard)
			}
			b.stmts(mc.Body)
		}
	case *syntax.TryStar:
		b.stmt(&syntax.Try{Pos: n.Pos, Body: n.Body, Handlers: n.Handlers, OrElse: n.OrElse, FinalBody: n.FinalBody})
	}
}

func (b *builder) comprehension(n syntax.Node, gens []*syntax.Comprehension, elts ...syntax.Expr) {
	b.expr(gens[0].Iter)
	s := newScope(functionScope, b.cur)
	b.cur.children[n] = s
	saved := b.cur
	b.cur = s
	s.params = []string{".0"}
	s.assign(".0")
	for i, g := range gens {
		if i > 0 {
			b.expr(g.Iter)
		}
		b.expr(g.Target)
		for _, c := range g.Ifs {
			b.expr(c)
		}
	}
	for _, e := range elts {
		b.expr(e)
	}
	for _, g := range gens {
		if g.IsAsync != 0 {
			s.awaits = true
		}
	}
	if s.awaits {
		saved.awaits = true
	}
	b.cur = saved
}

func (b *builder) expr(e syntax.Expr) {
	switch n := e.(type) {
	case nil:
	case *syntax.Name:
		if n.Ctx == syntax.Load {
			b.cur.used[n.ID] = true
			if (n.ID == "super" || n.ID == "__class__") && b.cur.kind == functionScope {
				b.classCell()
			}
		} else {
			b.cur.assign(n.ID)
		}
	case *syntax.NamedExpr:
		b.expr(n.Value)
		// The target binds in the nearest enclosing non-comprehension scope.
		s := b.cur
		for s.params != nil && len(s.params) == 1 && s.params[0] == ".0" && s.parent != nil {
			s = s.parent
		}
		name := n.Target.(*syntax.Name).ID
		s.assign(name)
		if s != b.cur {
			b.cur.used[name] = true
		}
	case *syntax.Lambda:
		b.args(n.Args)
		b.function(n, n.Args, func() { b.expr(n.Body) })
	case *syntax.ListComp:
		b.comprehension(n, n.Generators, n.Elt)
	case *syntax.SetComp:
		b.comprehension(n, n.Generators, n.Elt)
	case *syntax.DictComp:
		b.comprehension(n, n.Generators, n.Key, n.Value)
	case *syntax.GeneratorExp:
		b.comprehension(n, n.Generators, n.Elt)
		b.cur.children[n].generator = true
	case *syntax.Await:
		// await does not make a generator: in an async def the frame is
		// already a coroutine, elsewhere await runs synchronously.
		b.cur.awaits = true
		b.expr(n.Value)
	case *syntax.Yield, *syntax.YieldFrom:
		b.cur.generator = true
		for _, c := range syntax.Children(n) {
			if ce, ok := c.(syntax.Expr); ok {
				b.expr(ce)
			}
		}
	default:
		for _, c := range syntax.Children(n) {
			switch ce := c.(type) {
			case syntax.Expr:
				b.expr(ce)
			case *syntax.Keyword:
				b.expr(ce.Value)
			case *syntax.Comprehension:
				b.expr(ce.Iter)
			}
		}
	}
}

// classCell makes the nearest enclosing class provide a __class__ cell
// to the current function (for zero-argument super()), with every
// function scope in between passing it down as a free variable.
func (b *builder) classCell() { b.classCellFrom(b.cur) }

// classCellFrom is classCell for the nearest class at or above start: a
// class body's `nonlocal __class__` starts above itself, since it names
// the cell of the class around it.
func (b *builder) classCellFrom(start *scope) {
	for s := start; s != nil; s = s.parent {
		if s.kind == classScope {
			s.cells["__class__"] = true
			for q := b.cur; q != s; q = q.parent {
				q.frees["__class__"] = true
			}
			return
		}
	}
}

// finish resolves free variables for s and its children, recursively,
// reporting a nonlocal name that no enclosing function binds.
func (b *builder) finish(s *scope) {
	if s.kind != moduleScope {
		for name := range s.used {
			if s.kind == functionScope && s.isLocal(name) {
				continue
			}
			if s.globals[name] {
				continue
			}
			if s.kind == classScope && s.assigned[name] {
				continue
			}
			s.resolveFree(name)
		}
		for _, name := range sortedKeys(s.nonlocals) {
			if name == "__class__" && s.frees[name] {
				continue // bound by the class cell (classCell)
			}
			if !s.resolveFree(name) {
				b.synErr("no binding for nonlocal '"+name+"' found", s.nonlocalPos[name])
			}
		}
	}
	for _, c := range s.children {
		b.finish(c)
	}
}

// pattern records the names a match pattern binds and walks the
// expressions it evaluates (value patterns, class names, mapping keys).
func (b *builder) pattern(p syntax.Pattern) {
	switch n := p.(type) {
	case *syntax.MatchValue:
		b.expr(n.Value)
	case *syntax.MatchSequence:
		for _, sub := range n.Patterns {
			b.pattern(sub)
		}
	case *syntax.MatchMapping:
		for _, k := range n.Keys {
			b.expr(k)
		}
		for _, sub := range n.Patterns {
			b.pattern(sub)
		}
		if n.Rest != "" {
			b.cur.assign(n.Rest)
		}
	case *syntax.MatchClass:
		b.expr(n.Cls)
		for _, sub := range n.Patterns {
			b.pattern(sub)
		}
		for _, sub := range n.KwdPatterns {
			b.pattern(sub)
		}
	case *syntax.MatchStar:
		if n.Name != "" {
			b.cur.assign(n.Name)
		}
	case *syntax.MatchAs:
		if n.Pattern != nil {
			b.pattern(n.Pattern)
		}
		if n.Name != "" {
			b.cur.assign(n.Name)
		}
	case *syntax.MatchOr:
		for _, sub := range n.Patterns {
			b.pattern(sub)
		}
	}
}
