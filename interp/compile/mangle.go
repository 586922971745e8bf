package compile

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/syntax"
)

// Private name mangling.
//
// Inside a class body, and in every function, lambda and comprehension
// nested in it, an identifier of the form __name (two leading
// underscores, not ending in two) is rewritten to _Class__name, where
// Class is the innermost enclosing class's name without its leading
// underscores. CPython applies the rule wherever the compiler emits a
// name: variable loads and stores, attribute names, parameter names,
// def/class names, import bindings, global/nonlocal declarations, except
// targets and match captures — but not keyword-argument names of calls,
// nor strings passed to getattr.
//
// weft applies it as one pass over the freshly parsed tree, before scope
// analysis, so the symbol table, the code generator and the code
// object's variable names all see the mangled spelling without each
// knowing the rule. The tree is private to this compilation (compileUnit
// parses it), so rewriting it in place is safe.

// mangle returns name as written inside class private ("" outside any
// class).
func mangle(private, name string) string { return objects.Mangle(private, name) }

// bindings maps a def or class statement whose name is mangled to the
// name it binds. The statement keeps its name as written, because that is
// the function's or class's __name__ (class C: def __f is C._C__f, whose
// __name__ is "__f").
type bindings map[syntax.Node]string

// of returns the name statement n binds (name as written unless mangled).
func (m bindings) of(n syntax.Node, name string) string {
	if b, ok := m[n]; ok {
		return b
	}
	return name
}

// manglePrivateNames rewrites the private names of every class body in
// the statements (module level: no enclosing class) and returns the
// mangled bindings of def and class statements.
func manglePrivateNames(body []syntax.Stmt) bindings {
	m := bindings{}
	for _, st := range body {
		m.mangleTree(st, "")
	}
	return m
}

// bind records the binding of def/class statement n named name inside
// class private.
func (m bindings) bind(n syntax.Node, private, name string) {
	if b := mangle(private, name); b != name {
		m[n] = b
	}
}

// mangleTree rewrites the names under n, which sits inside class private.
func (m bindings) mangleTree(n syntax.Node, private string) {
	syntax.Inspect(n, func(c syntax.Node) bool {
		switch c := c.(type) {
		case *syntax.ClassDef:
			// The class's binding, decorators, bases and keywords belong
			// to the enclosing scope; its body is the new class's.
			m.bind(c, private, c.Name)
			for _, d := range c.DecoratorList {
				m.mangleTree(d, private)
			}
			for _, b := range c.Bases {
				m.mangleTree(b, private)
			}
			for _, k := range c.Keywords {
				m.mangleTree(k.Value, private)
			}
			for _, st := range c.Body {
				m.mangleTree(st, c.Name)
			}
			return false
		case *syntax.FunctionDef:
			m.bind(c, private, c.Name)
		case *syntax.AsyncFunctionDef:
			m.bind(c, private, c.Name)
		case *syntax.Name:
			c.ID = mangle(private, c.ID)
		case *syntax.Attribute:
			c.Attr = mangle(private, c.Attr)
		case *syntax.Arg:
			c.Arg = mangle(private, c.Arg)
		case *syntax.Global:
			for i, name := range c.Names {
				c.Names[i] = mangle(private, name)
			}
		case *syntax.Nonlocal:
			for i, name := range c.Names {
				c.Names[i] = mangle(private, name)
			}
		case *syntax.Alias:
			// The binding is mangled, never the module or attribute
			// imported: `import __m` inside class C binds _C__m to
			// module __m.
			if c.AsName != "" {
				c.AsName = mangle(private, c.AsName)
			} else if m := mangle(private, c.Name); m != c.Name {
				c.AsName = m
			}
		case *syntax.ExceptHandler:
			c.Name = mangle(private, c.Name)
		case *syntax.MatchAs:
			c.Name = mangle(private, c.Name)
		case *syntax.MatchStar:
			c.Name = mangle(private, c.Name)
		case *syntax.MatchMapping:
			c.Rest = mangle(private, c.Rest)
		}
		return true
	})
}
