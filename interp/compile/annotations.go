package compile

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/syntax"
)

// Annotations.
//
// A function's annotations are not evaluated when the def statement runs
// (PEP 649/749): the compiler wraps them in a synthesized function,
// equivalent to `lambda format: {'arg': <annotation>, ..., 'return':
// <annotation>}`, which becomes the function's __annotate__. Reading
// __annotations__ calls it once and caches the dict, so forward references
// resolve when they are first needed and a def in a hot loop costs nothing
// for its annotations.
//
// The one exception is a def directly in a class body: a function nested
// in a class cannot see the class's names (CPython 3.14 gives annotation
// scopes a __classdict__ for this), so there the dict is built when the def
// runs, as in CPython 3.11-3.13, with the class namespace in scope.
//
// Module and class bodies keep the 3.11-3.13 behaviour: a simple annotated
// name (`x: int`, `y: str = ''`) stores its evaluated annotation in the
// namespace's __annotations__ dict, which the body creates first whenever
// it holds such a statement. dataclasses, typing.NamedTuple and
// TypedDict read that dict while the class is being decorated, so these
// annotations must exist by then. Annotations of other targets (`a.b: int`)
// and of names inside function bodies are never evaluated.

// functionAnnotations returns the annotated parameters of a def (a
// synthesized Dict keyed by parameter name, with 'return' last), or nil
// when it has none. It is called by both the symbol-table pass and the
// code generator, and memoized on the enclosing scope so that both see the
// same nodes.
func functionAnnotations(s *scope, n syntax.Node) *syntax.Lambda {
	if lam, ok := s.annotations[n]; ok {
		return lam
	}
	var args *syntax.Arguments
	var returns syntax.Expr
	switch d := n.(type) {
	case *syntax.FunctionDef:
		args, returns = d.Args, d.Returns
	case *syntax.AsyncFunctionDef:
		args, returns = d.Args, d.Returns
	default:
		return nil
	}
	pos := n.Position()
	dict := &syntax.Dict{Pos: pos}
	add := func(name string, ann syntax.Expr) {
		if ann != nil {
			dict.Keys = append(dict.Keys, &syntax.Constant{Pos: pos, Value: name})
			dict.Values = append(dict.Values, ann)
		}
	}
	if args != nil {
		for _, list := range [][]*syntax.Arg{args.PosOnlyArgs, args.Args} {
			for _, a := range list {
				add(a.Arg, a.Annotation)
			}
		}
		if args.VarArg != nil {
			ann := args.VarArg.Annotation
			if st, ok := ann.(*syntax.Starred); ok {
				// *args: *Ts (PEP 646) annotates with the one item the
				// starred value unpacks to: [*Ts][0]. (CPython unpacks
				// with UNPACK_SEQUENCE 1, which also rejects a value of
				// any other length; this takes the first item.)
				ap := st.Pos
				ann = &syntax.Subscript{Pos: ap, Value: &syntax.List{Pos: ap, Elts: []syntax.Expr{st}, Ctx: syntax.Load}, Slice: &syntax.Constant{Pos: ap, Value: int64(0)}, Ctx: syntax.Load}
			}
			add(args.VarArg.Arg, ann)
		}
		for _, a := range args.KwOnlyArgs {
			add(a.Arg, a.Annotation)
		}
		if args.KwArg != nil {
			add(args.KwArg.Arg, args.KwArg.Annotation)
		}
	}
	add("return", returns)
	var lam *syntax.Lambda
	if len(dict.Keys) > 0 {
		lam = &syntax.Lambda{Pos: pos, Args: &syntax.Arguments{Args: []*syntax.Arg{{Pos: pos, Arg: "format"}}}, Body: dict}
	}
	if s.annotations == nil {
		s.annotations = map[syntax.Node]*syntax.Lambda{}
	}
	s.annotations[n] = lam
	return lam
}

// symAnnotations records the names a def's annotations use: in the class
// scope itself for a def in a class body, else in the synthesized
// __annotate__ function.
func (b *builder) symAnnotations(n syntax.Node) {
	lam := functionAnnotations(b.cur, n)
	if lam == nil {
		return
	}
	if b.cur.kind == classScope {
		b.expr(lam.Body)
		return
	}
	b.function(lam, lam.Args, func() { b.expr(lam.Body) })
}

// emitFunctionAnnotations pushes a def's annotations (a dict in a class
// body, else the __annotate__ function) and returns the MakeFunction flag
// that tells the VM which, or 0 when the def has no annotations.
func (c *compiler) emitFunctionAnnotations(n syntax.Node) int {
	lam := functionAnnotations(c.u.scope, n)
	if lam == nil {
		return 0
	}
	if c.u.scope.kind == classScope {
		c.expr(lam.Body)
		return FnAnnotations
	}
	c.makeFunction(lam, "__annotate__", lam.Args, nil, lam.Body, false)
	return FnAnnotate
}

// hasSimpleAnnotation reports whether a module or class body holds an
// annotated simple name, searching compound statements but not nested
// defs and classes (CPython's find_ann).
func hasSimpleAnnotation(body []syntax.Stmt) bool {
	for _, st := range body {
		switch n := st.(type) {
		case *syntax.AnnAssign:
			if n.Simple != 0 {
				return true
			}
		case *syntax.FunctionDef, *syntax.AsyncFunctionDef, *syntax.ClassDef:
		default:
			found := false
			syntax.Inspect(st, func(x syntax.Node) bool {
				switch y := x.(type) {
				case *syntax.AnnAssign:
					if y.Simple != 0 {
						found = true
					}
					return false
				case *syntax.FunctionDef, *syntax.AsyncFunctionDef, *syntax.ClassDef, syntax.Expr:
					return false
				}
				return !found
			})
			if found {
				return true
			}
		}
	}
	return false
}

// setupAnnotations starts a module or class body that has annotated names
// with an empty __annotations__ dict.
func (c *compiler) setupAnnotations(body []syntax.Stmt) {
	if hasSimpleAnnotation(body) {
		c.emit(BuildMap, 0)
		c.nameOp("__annotations__", opStore)
	}
}

// annotateName stores the annotation of `name: ann` in a module or class
// body's __annotations__; in a function body annotations are not
// evaluated.
func (c *compiler) annotateName(n *syntax.AnnAssign) {
	name, ok := n.Target.(*syntax.Name)
	if !ok || n.Simple == 0 || c.u.scope.kind == functionScope {
		return
	}
	c.expr(n.Annotation)
	c.nameOp("__annotations__", opLoad)
	c.loadConst(objects.StrValue(name.ID))
	c.emit(StoreSubscr, 0)
}
