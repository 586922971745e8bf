package compile

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/syntax"
)

// Warning is a SyntaxWarning found while compiling: code that is valid
// but almost certainly a mistake (a missing comma before a call, "is"
// with a literal). The caller reports it through the warnings module so
// that filters apply, as CPython's compiler does.
type Warning struct {
	Msg    string
	Lineno int
}

// CompileWarnings is Compile that also returns the SyntaxWarnings, in
// source order. Compile itself drops them; the places that run source
// text for the user (the script, imports, compile/exec/eval) use this.
func CompileWarnings(src, filename string, mode Mode) (*objects.Code, []Warning, error) {
	var ws []Warning
	code, err := compileUnit(src, filename, mode, &ws)
	return code, ws, err
}

func (c *compiler) warn(msg string, at syntax.Node) {
	if c.warnings != nil {
		*c.warnings = append(*c.warnings, Warning{Msg: msg, Lineno: at.Position().Lineno})
	}
}

// literalTypeName is the type a literal or display expression always
// evaluates to (CPython's infer_type), or "" when it is not known.
func literalTypeName(e syntax.Expr) string {
	switch n := e.(type) {
	case *syntax.Constant:
		return constValue(n.Value).Type().Name
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List, *syntax.ListComp:
		return "list"
	case *syntax.Dict, *syntax.DictComp:
		return "dict"
	case *syntax.Set, *syntax.SetComp:
		return "set"
	case *syntax.GeneratorExp:
		return "generator"
	case *syntax.Lambda:
		return "function"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "str"
	}
	return ""
}

// checkCaller warns about calling a literal: "f(a, b) (c)" or
// "[x, y] (z)" where a comma was meant.
func (c *compiler) checkCaller(f syntax.Expr) {
	switch f.(type) {
	case *syntax.Constant, *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.Dict, *syntax.DictComp,
		*syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.JoinedStr, *syntax.FormattedValue:
		c.warn("'"+literalTypeName(f)+"' object is not callable; perhaps you missed a comma?", f)
	}
}

// checkIsLiteral warns about "x is 1" and "x is not 'a'": identity with
// a constant other than None, True, False or ..., which is an equality
// test in disguise.
func (c *compiler) checkIsLiteral(n *syntax.Compare) {
	left := n.Left
	for i, op := range n.Ops {
		right := n.Comparators[i]
		if op == syntax.Is || op == syntax.IsNot {
			if isLiteralOperand(left) || isLiteralOperand(right) {
				msg := "\"is\" with a literal. Did you mean \"==\"?"
				if op == syntax.IsNot {
					msg = "\"is not\" with a literal. Did you mean \"!=\"?"
				}
				c.warn(msg, n)
				return
			}
		}
		left = right
	}
}

// isLiteralOperand reports an operand CPython's AST optimiser turns into
// a constant other than None, True, False and ...: a literal, a negated
// number, or a tuple of such constants.
func isLiteralOperand(e syntax.Expr) bool {
	switch n := e.(type) {
	case *syntax.Constant:
		switch n.Value.(type) {
		case syntax.NoneValue, syntax.EllipsisValue, bool:
			return false
		}
		return true
	case *syntax.UnaryOp:
		_, ok := n.Operand.(*syntax.Constant)
		return ok && n.Op == syntax.USub
	case *syntax.Tuple:
		for _, x := range n.Elts {
			if _, ok := x.(*syntax.Constant); !ok {
				return false
			}
		}
		return true
	}
	return false
}
