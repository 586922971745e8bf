package compile

import (
	"math"
	"math/big"
	"strings"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/syntax"
)

// Mode selects what a compilation unit produces.
type Mode int

// Compilation modes, as compile()'s mode argument.
const (
	Exec Mode = iota
	Eval
	Single
)

// Compile compiles source text to a module code object. SyntaxWarnings
// are dropped; CompileWarnings returns them.
func Compile(src, filename string, mode Mode) (*objects.Code, error) {
	return compileUnit(src, filename, mode, nil)
}

func compileUnit(src, filename string, mode Mode, warnings *[]Warning) (*objects.Code, error) {
	var body []syntax.Stmt
	var expr syntax.Expr
	switch mode {
	case Eval:
		e, err := syntax.ParseExpression(src, filename)
		if err != nil {
			return nil, evalSyntaxError(err, src)
		}
		expr = e.Body
	case Single:
		m, err := syntax.ParseInteractive(src, filename)
		if err != nil {
			return nil, err
		}
		body = m.Body
	default:
		m, err := syntax.ParseString(src, filename)
		if err != nil {
			return nil, err
		}
		body = m.Body
	}
	mangled := manglePrivateNames(body)
	root := newScope(moduleScope, nil)
	b := &builder{cur: root, src: src, fn: filename, bindings: mangled}
	if expr != nil {
		b.expr(expr)
	} else {
		b.stmts(body)
	}
	if b.err != nil {
		return nil, b.err
	}
	b.finish(root)
	if b.err != nil {
		return nil, b.err
	}
	c := &compiler{filename: filename, src: src, warnings: warnings, bindings: mangled}
	u := c.newUnit(root, "<module>", "<module>", 1)
	u.code.Flags |= objects.CodeModule
	c.u = u
	if expr != nil {
		c.expr(expr)
		c.emit(Return, 0)
	} else {
		c.setupAnnotations(body)
		c.body(body, mode == Single)
		c.loadConst(objects.None)
		c.emit(Return, 0)
	}
	if c.err != nil {
		return nil, c.err
	}
	return c.finishUnit(), nil
}

// unit is the code object being generated.
type unit struct {
	code     *objects.Code
	scope    *scope
	consts   map[any]int
	names    map[string]int
	locals   map[string]int
	derefs   map[string]int // cells then frees
	pos      objects.Position
	depth    int
	maxDepth int
	fblocks  []fblock
	parent   *unit
	qualname string
	// holes are code ranges that leave enclosing blocks early (see
	// unwindHole); a block's exception-table rows skip them.
	holes []unwindHole
}

type fblockKind int

const (
	fbLoop fblockKind = iota
	fbForLoop
	fbTryExcept
	fbFinally
	fbHandler
	fbWith
	fbAsyncWith
	// fbFinallyEnd is a finally body run on the exceptional path: the
	// stack holds [prev exc], both dropped by a return/break/continue
	// that leaves it (the exception is discarded).
	fbFinallyEnd
	// fbPopValue is a finally body run by a return: the return value is
	// on top of the stack (CPython's POP_VALUE block).
	fbPopValue
)

// fblock is a statement that break/continue/return must unwind.
type fblock struct {
	kind          fblockKind
	continueLabel int
	breakLabel    *[]int
	finalBody     []syntax.Stmt
	excStart      int
}

type compiler struct {
	u        *unit
	filename string
	src      string
	err      error
	// warnings collects SyntaxWarnings when the caller wants them.
	warnings *[]Warning
	// bindings are the mangled names of def and class statements.
	bindings bindings
}

func (c *compiler) newUnit(s *scope, name, qualname string, firstLine int) *unit {
	code := &objects.Code{Name: name, Qualname: qualname, Filename: c.filename, FirstLine: firstLine}
	u := &unit{code: code, scope: s, consts: map[any]int{}, names: map[string]int{}, locals: map[string]int{}, derefs: map[string]int{}, parent: c.u, qualname: qualname}
	if s.kind == functionScope {
		for _, p := range s.params {
			u.local(p)
		}
		for _, n := range s.order {
			if s.isLocal(n) {
				u.local(n)
			}
		}
	}
	for _, n := range sortedKeys(s.cells) {
		u.derefs[n] = len(code.CellVars)
		code.CellVars = append(code.CellVars, n)
		arg := -1
		if i, ok := u.locals[n]; ok && i < len(s.params) {
			arg = i
		}
		code.CellArgs = append(code.CellArgs, arg)
	}
	for _, n := range sortedKeys(s.frees) {
		if _, ok := u.derefs[n]; ok {
			continue
		}
		u.derefs[n] = len(code.CellVars) + len(code.FreeVars)
		code.FreeVars = append(code.FreeVars, n)
	}
	return u
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func (u *unit) local(name string) int {
	if i, ok := u.locals[name]; ok {
		return i
	}
	i := len(u.code.VarNames)
	u.locals[name] = i
	u.code.VarNames = append(u.code.VarNames, name)
	return i
}

func (c *compiler) finishUnit() *objects.Code {
	u := c.u
	u.code.StackSize = u.maxDepth + 2
	// One LOAD_GLOBAL cache per name (docs/bytecode.md): every LOAD_GLOBAL
	// of the same name in this code resolves to the same binding.
	u.code.Caches = make([]objects.InlineCache, len(u.code.Names))
	u.code.MethodCaches = make([]objects.MethodCache, len(u.code.Names))
	u.code.AttrCaches = make([]objects.AttrCache, len(u.code.Names))
	return u.code
}

// stack effects of the opcodes with a fixed effect; the others are
// handled in emit.
func (c *compiler) emit(op Op, arg int) int {
	u := c.u
	u.code.Instrs = append(u.code.Instrs, Encode(op, arg))
	u.code.Positions = append(u.code.Positions, u.pos)
	u.depth += stackEffect(op, arg)
	if u.depth > u.maxDepth {
		u.maxDepth = u.depth
	}
	return len(u.code.Instrs) - 1
}

func stackEffect(op Op, arg int) int {
	switch op {
	case PopTop, StoreFast, StoreDeref, StoreGlobal, StoreName, PopJumpIfFalse, PopJumpIfTrue, Binary, InPlace, CompareOp, IsOp, ContainsOp, Subscr, ListAppend, SetAdd, ListExtend, SetUpdate, DictUpdate, ImportStar, ImportName, Return, PopExcept, Reraise, DeleteAttr, WithExitNormal:
		return -1
	case MapAdd, StoreAttr, DeleteSubscr:
		return -2
	case StoreSubscr:
		return -3
	case DupTop, LoadConst, LoadFast, LoadDeref, LoadClosure, LoadGlobal, LoadName, ForIter, ForRange, PushExcInfo, ImportFrom, LoadAssertion, BeforeWith, LoadLocals, LoadMethod, WithExcept:
		return 1
	case DupTop2:
		return 2
	case BuildTuple, BuildList, BuildSet, BuildString:
		return 1 - arg
	case BuildMap:
		return 1 - 2*arg
	case BuildSlice:
		return 1 - arg
	case UnpackSequence:
		return arg - 1
	case UnpackEx:
		return (arg & 0xff) + (arg >> 8)
	case Call:
		return -arg
	case CallKw:
		return -arg - 1
	case CallMethod:
		return -arg - 1
	case CallEx:
		return -2
	case MakeFunction:
		n := -1
		for f := 1; f <= FnAnnotate; f <<= 1 {
			if arg&f != 0 {
				n--
			}
		}
		return n
	case BuildClass:
		return -arg - 1
	case Raise:
		return -arg
	case CheckExcMatch:
		return 0
	case MatchSequence, MatchMapping, GetLen, MatchKeys, GetANext, BeforeAsyncWith:
		return 1
	case EndAsyncFor:
		return -2
	case BuildClassEx:
		return -3
	case AsyncWithExit:
		return arg
	case CopyDictWithoutKeys, PrepReraiseStar, DictMerge:
		return -1
	case MatchClass:
		return -2
	case FormatValue:
		if arg&4 != 0 {
			return -1
		}
	}
	return 0
}

func (c *compiler) setPos(n syntax.Node) objects.Position {
	old := c.u.pos
	p := n.Position()
	if p.Lineno > 0 {
		c.u.pos = objects.Position{Line: int32(p.Lineno), EndLine: int32(p.EndLineno), Col: int32(p.ColOffset), EndCol: int32(p.EndColOffset), AnchorCol: -1, AnchorEnd: -1}
	}
	return old
}

func (c *compiler) here() int { return len(c.u.code.Instrs) }

func (c *compiler) patch(at, target int) {
	op, _ := Decode(c.u.code.Instrs[at])
	c.u.code.Instrs[at] = Encode(op, target)
}

func (c *compiler) loadConst(v objects.Value) { c.emit(LoadConst, c.constIndex(v)) }

func (c *compiler) constIndex(v objects.Value) int {
	u := c.u
	var key any
	switch {
	case v.IsSmallInt():
		key = [2]any{"i", v.SmallInt()}
	case v.IsFloat():
		key = [2]any{"f", math.Float64bits(v.FloatVal())} // keeps 0.0 and -0.0 apart
	case objects.AsStr(v) != nil:
		key = [2]any{"s", objects.AsStr(v).S}
	case v.IsNone(), v.IsBool(), v.Is(objects.Ellipsis):
		key = v
	case objects.AsBytes(v) != nil:
		key = [2]any{"b", string(objects.AsBytes(v).B)}
	case v.Type() == objects.ComplexType:
		z, _ := objects.AsComplex(v)
		key = [3]any{"c", math.Float64bits(real(z)), math.Float64bits(imag(z))}
	}
	if key != nil {
		if i, ok := u.consts[key]; ok {
			return i
		}
		u.consts[key] = len(u.code.Consts)
	}
	u.code.Consts = append(u.code.Consts, v)
	return len(u.code.Consts) - 1
}

func (c *compiler) nameIndex(name string) int {
	u := c.u
	if i, ok := u.names[name]; ok {
		return i
	}
	u.names[name] = len(u.code.Names)
	u.code.Names = append(u.code.Names, objects.Interned(name))
	return len(u.code.Names) - 1
}

func (c *compiler) syntaxError(msg string, n syntax.Node) {
	if c.err == nil {
		p := n.Position()
		c.err = &syntax.SyntaxError{Kind: syntax.KindSyntaxError, Msg: msg, Filename: c.filename, Lineno: p.Lineno, Offset: p.ColOffset + 1, EndLineno: p.EndLineno, EndOffset: p.EndColOffset + 1, Text: lineOf(c.src, p.Lineno)}
	}
}

// constValue converts a syntax constant.
func constValue(v any) objects.Value {
	switch x := v.(type) {
	case syntax.NoneValue:
		return objects.None
	case syntax.EllipsisValue:
		return objects.Ellipsis
	case bool:
		return objects.Bool(x)
	case int64:
		return objects.Int(x)
	case *big.Int:
		return objects.BigValue(x)
	case float64:
		return objects.Float(x)
	case string:
		return objects.Interned(x).Value()
	case []byte:
		return objects.BytesValue(x)
	case complex128:
		return objects.ComplexValue(x)
	}
	return objects.None
}

// ---- names ----

type nameOp int

const (
	opLoad nameOp = iota
	opStore
	opDelete
)

func (c *compiler) nameOp(name string, op nameOp) {
	u := c.u
	s := u.scope
	pick := func(load, store, del Op) Op {
		switch op {
		case opStore:
			return store
		case opDelete:
			return del
		}
		return load
	}
	if i, ok := u.derefs[name]; ok && !(s.kind == classScope && !s.frees[name]) {
		c.emit(pick(LoadDeref, StoreDeref, DeleteDeref), i)
		return
	}
	if s.kind == functionScope {
		if s.globals[name] {
			c.emit(pick(LoadGlobal, StoreGlobal, DeleteGlobal), c.nameIndex(name))
			return
		}
		if i, ok := u.locals[name]; ok {
			c.emit(pick(LoadFast, StoreFast, DeleteFast), i)
			return
		}
		c.emit(pick(LoadGlobal, StoreGlobal, DeleteGlobal), c.nameIndex(name))
		return
	}
	if s.globals[name] {
		c.emit(pick(LoadGlobal, StoreGlobal, DeleteGlobal), c.nameIndex(name))
		return
	}
	c.emit(pick(LoadName, StoreName, DeleteName), c.nameIndex(name))
}

// ---- statements ----

func (c *compiler) body(stmts []syntax.Stmt, interactive bool) {
	for _, s := range stmts {
		if interactive {
			if es, ok := s.(*syntax.ExprStmt); ok {
				old := c.setPos(es)
				c.nameOp("__displayhook__", opLoad)
				c.expr(es.Value)
				c.emit(Call, 1)
				c.emit(PopTop, 0)
				c.u.pos = old
				continue
			}
		}
		c.stmt(s)
	}
}

func (c *compiler) stmts(list []syntax.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) stmt(st syntax.Stmt) {
	old := c.setPos(st)
	defer func() { c.u.pos = old }()
	switch n := st.(type) {
	case *syntax.ExprStmt:
		if k, ok := n.Value.(*syntax.Constant); ok {
			_ = k
			return
		}
		c.expr(n.Value)
		c.emit(PopTop, 0)
	case *syntax.Assign:
		if c.swapAssign(n) {
			return
		}
		c.expr(n.Value)
		for i, t := range n.Targets {
			if i < len(n.Targets)-1 {
				c.emit(DupTop, 0)
			}
			c.store(t)
		}
	case *syntax.AugAssign:
		c.augAssign(n)
	case *syntax.AnnAssign:
		if n.Value != nil {
			c.expr(n.Value)
			c.store(n.Target)
		}
		c.annotateName(n)
	case *syntax.Pass:
	case *syntax.If:
		c.ifStmt(n)
	case *syntax.While:
		c.whileStmt(n)
	case *syntax.For:
		c.forStmt(n)
	case *syntax.Break:
		c.breakContinue(n, true)
	case *syntax.Continue:
		c.breakContinue(n, false)
	case *syntax.Return:
		if c.u.scope.kind != functionScope {
			c.syntaxError("'return' outside function", n)
			return
		}
		// Code after the return is reached only by other paths, at the
		// depth it had before the value and the unwinding.
		depth := c.u.depth
		defer func() { c.u.depth = depth }()
		if n.Value != nil {
			if c.u.code.Flags&objects.CodeAsyncGenerator != 0 {
				c.syntaxError("'return' with value in async generator", n)
				return
			}
			c.expr(n.Value)
		} else {
			c.loadConst(objects.None)
		}
		c.unwindAll(true)
		c.emit(Return, 0)
		c.closeHoles()
	case *syntax.FunctionDef:
		c.functionDef(n, n.Name, n.Args, n.Body, n.DecoratorList, false)
	case *syntax.AsyncFunctionDef:
		c.functionDef(n, n.Name, n.Args, n.Body, n.DecoratorList, true)
	case *syntax.ClassDef:
		c.classDef(n)
	case *syntax.Delete:
		for _, t := range n.Targets {
			c.del(t)
		}
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.Raise:
		if n.Exc == nil {
			c.emit(Raise, 0)
			return
		}
		c.expr(n.Exc)
		if n.Cause != nil {
			c.expr(n.Cause)
			c.emit(Raise, 2)
		} else {
			c.emit(Raise, 1)
		}
	case *syntax.Try:
		c.tryStmt(n)
	case *syntax.Assert:
		if t, ok := n.Test.(*syntax.Tuple); ok && len(t.Elts) > 0 {
			c.warn("assertion is always true, perhaps remove parentheses?", n)
		}
		end := 0
		c.expr(n.Test)
		end = c.emit(PopJumpIfTrue, 0)
		c.emit(LoadAssertion, 0)
		if n.Msg != nil {
			c.expr(n.Msg)
			c.emit(Call, 1)
		}
		c.emit(Raise, 1)
		c.patch(end, c.here())
	case *syntax.Import:
		for _, a := range n.Names {
			c.loadConst(objects.Int(0))
			c.loadConst(objects.None)
			c.emit(ImportName, c.nameIndex(a.Name))
			if a.AsName != "" {
				parts := splitDots(a.Name)
				for _, p := range parts[1:] {
					c.emit(ImportFrom, c.nameIndex(p))
					c.emit(Rot2, 0)
					c.emit(PopTop, 0)
				}
				c.nameOp(a.AsName, opStore)
			} else {
				c.nameOp(splitDots(a.Name)[0], opStore)
			}
		}
	case *syntax.ImportFrom:
		c.loadConst(objects.Int(int64(n.Level)))
		names := make([]objects.Value, len(n.Names))
		for i, a := range n.Names {
			names[i] = objects.StrValue(a.Name)
		}
		c.loadConst(objects.NewTuple(names).Value())
		c.emit(ImportName, c.nameIndex(n.Module))
		if len(n.Names) == 1 && n.Names[0].Name == "*" {
			c.emit(ImportStar, 0)
			return
		}
		for _, a := range n.Names {
			c.emit(ImportFrom, c.nameIndex(a.Name))
			as := a.AsName
			if as == "" {
				as = a.Name
			}
			c.nameOp(as, opStore)
		}
		c.emit(PopTop, 0)
	case *syntax.With:
		c.withStmt(n.Items, n.Body, false)
	case *syntax.Match:
		c.matchStmt(n)
	case *syntax.TryStar:
		c.tryStarStmt(n)
	case *syntax.AsyncFor:
		c.asyncForStmt(n)
	case *syntax.AsyncWith:
		c.withStmt(n.Items, n.Body, true)
	default:
		c.syntaxError("statement not supported yet by weft", st)
	}
}

func splitDots(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func (c *compiler) augAssign(n *syntax.AugAssign) {
	op := objects.BinaryOp(n.Op)
	switch t := n.Target.(type) {
	case *syntax.Name:
		c.setPos(t)
		c.nameOp(t.ID, opLoad)
		c.setPos(n)
		c.expr(n.Value)
		c.setPos(n)
		c.emit(InPlace, int(op))
		c.nameOp(t.ID, opStore)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.emit(DupTop, 0)
		c.emit(LoadAttr, c.nameIndex(t.Attr))
		c.expr(n.Value)
		c.setPos(n)
		c.emit(InPlace, int(op))
		c.emit(Rot2, 0)
		c.emit(StoreAttr, c.nameIndex(t.Attr))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emit(DupTop2, 0) // [o k o k]
		c.setPos(t)
		c.emit(Subscr, 0) // [o k v]
		c.expr(n.Value)
		c.setPos(n)
		c.emit(InPlace, int(op)) // [o k r]
		c.emit(Rot3, 0)          // [r o k]
		c.emit(StoreSubscr, 0)
	default:
		c.syntaxError("'"+exprName(n.Target)+"' is an illegal expression for augmented assignment", n.Target)
	}
}

func exprName(e syntax.Expr) string {
	switch e.(type) {
	case *syntax.Call:
		return "function call"
	case *syntax.Constant:
		return "literal"
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List:
		return "list"
	}
	return "expression"
}

func (c *compiler) store(t syntax.Expr) {
	switch n := t.(type) {
	case *syntax.Name:
		c.nameOp(n.ID, opStore)
	case *syntax.Attribute:
		c.expr(n.Value)
		old := c.setPos(n)
		c.emit(StoreAttr, c.nameIndex(n.Attr))
		c.u.pos = old
	case *syntax.Subscript:
		c.expr(n.Value)
		c.expr(n.Slice)
		old := c.setPos(n)
		c.emit(StoreSubscr, 0)
		c.u.pos = old
	case *syntax.Tuple:
		c.unpack(n.Elts)
	case *syntax.List:
		c.unpack(n.Elts)
	case *syntax.Starred:
		c.syntaxError("starred assignment target must be in a list or tuple", n)
	default:
		c.syntaxError("cannot assign to "+exprName(t), t)
	}
}

// swapAssign compiles `a, b = x, y` and `a, b, c = x, y, z` without
// building and unpacking a tuple, as CPython's compiler does: the values
// are evaluated left to right, reordered on the stack with ROT_TWO /
// ROT_THREE into the order UNPACK_SEQUENCE would leave them, and stored
// left to right. The counts match, so the unpack could not have failed.
// It reports false (emitting nothing) for any other assignment.
func (c *compiler) swapAssign(n *syntax.Assign) bool {
	if len(n.Targets) != 1 {
		return false
	}
	var targets []syntax.Expr
	switch t := n.Targets[0].(type) {
	case *syntax.Tuple:
		targets = t.Elts
	case *syntax.List:
		targets = t.Elts
	default:
		return false
	}
	value, ok := n.Value.(*syntax.Tuple)
	if !ok || len(targets) != len(value.Elts) || len(targets) < 2 || len(targets) > 3 {
		return false
	}
	for i := range targets {
		_, s1 := targets[i].(*syntax.Starred)
		_, s2 := value.Elts[i].(*syntax.Starred)
		if s1 || s2 {
			return false
		}
	}
	for _, e := range value.Elts {
		c.expr(e)
	}
	if len(targets) == 3 {
		c.emit(Rot3, 0) // [a b c] -> [c a b]
	}
	c.emit(Rot2, 0) // -> [b a] or [c b a]: the first value on top
	for _, t := range targets {
		c.store(t)
	}
	return true
}

func (c *compiler) unpack(elts []syntax.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			star = i
		}
	}
	if star < 0 {
		c.emit(UnpackSequence, len(elts))
	} else {
		c.emit(UnpackEx, star|(len(elts)-star-1)<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.store(s.Value)
		} else {
			c.store(e)
		}
	}
}

func (c *compiler) del(t syntax.Expr) {
	switch n := t.(type) {
	case *syntax.Name:
		c.nameOp(n.ID, opDelete)
	case *syntax.Attribute:
		c.expr(n.Value)
		c.emit(DeleteAttr, c.nameIndex(n.Attr))
	case *syntax.Subscript:
		c.expr(n.Value)
		c.expr(n.Slice)
		c.emit(DeleteSubscr, 0)
	case *syntax.Tuple:
		for _, e := range n.Elts {
			c.del(e)
		}
	case *syntax.List:
		for _, e := range n.Elts {
			c.del(e)
		}
	default:
		c.syntaxError("cannot delete "+exprName(t), t)
	}
}

func (c *compiler) ifStmt(n *syntax.If) {
	c.expr(n.Test)
	jf := c.emit(PopJumpIfFalse, 0)
	c.stmts(n.Body)
	if len(n.OrElse) > 0 {
		je := c.emit(Jump, 0)
		c.patch(jf, c.here())
		c.stmts(n.OrElse)
		c.patch(je, c.here())
	} else {
		c.patch(jf, c.here())
	}
}

func (c *compiler) whileStmt(n *syntax.While) {
	top := c.here()
	c.expr(n.Test)
	jf := c.emit(PopJumpIfFalse, 0)
	var breaks []int
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbLoop, continueLabel: top, breakLabel: &breaks})
	c.stmts(n.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(Jump, top)
	c.patch(jf, c.here())
	c.stmts(n.OrElse)
	for _, b := range breaks {
		c.patch(b, c.here())
	}
}

func (c *compiler) forStmt(n *syntax.For) {
	c.expr(n.Iter)
	c.emit(GetIter, 0)
	top := c.here()
	fi := c.emit(ForIter, 0)
	c.store(n.Target)
	var breaks []int
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbForLoop, continueLabel: top, breakLabel: &breaks})
	c.stmts(n.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(Jump, top)
	c.u.depth-- // ForIter's exit path has popped the iterator
	c.patch(fi, c.here())
	c.stmts(n.OrElse)
	for _, b := range breaks {
		c.patch(b, c.here())
	}
}

// unwindBlock emits the cleanup for leaving fblock b early.
func (c *compiler) unwindBlock(b fblock, preserveTop bool) {
	switch b.kind {
	case fbForLoop:
		if preserveTop {
			c.emit(Rot2, 0)
		}
		c.emit(PopTop, 0)
	case fbHandler:
		if preserveTop {
			c.emit(Rot2, 0)
		}
		c.emit(PopExcept, 0)
	case fbFinallyEnd:
		if preserveTop {
			c.emit(Rot3, 0)
		}
		c.emit(PopTop, 0)
		c.emit(PopExcept, 0)
	case fbWith:
		if preserveTop {
			c.emit(Rot2, 0)
		}
		c.emit(WithExitNormal, 0)
	case fbAsyncWith:
		if preserveTop {
			c.emit(Rot2, 0)
		}
		c.asyncExitNormal()
	case fbFinally:
		saved := c.u.fblocks
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		if preserveTop {
			// The return value stays on the stack while the finally body
			// runs; a break/continue/return inside the body drops it.
			c.u.fblocks = append(append([]fblock(nil), c.u.fblocks...), fblock{kind: fbPopValue})
		}
		c.stmts(b.finalBody)
		c.u.fblocks = saved
	case fbPopValue:
		if preserveTop {
			c.emit(Rot2, 0)
		}
		c.emit(PopTop, 0)
	}
}

// unwindAll runs every enclosing block's cleanup before a return.
func (c *compiler) unwindAll(preserveTop bool) {
	saved := c.u.fblocks
	for i := len(saved) - 1; i >= 0; i-- {
		c.u.fblocks = saved[:i+1]
		b := saved[i]
		c.openHole(i)
		c.unwindBlock(b, preserveTop)
	}
	c.u.fblocks = saved
}

func (c *compiler) breakContinue(n syntax.Stmt, isBreak bool) {
	saved := c.u.fblocks
	// The code after the jump is reached only by other paths, at the
	// depth it had before the unwinding.
	depth := c.u.depth
	defer func() { c.u.depth = depth }()
	for i := len(saved) - 1; i >= 0; i-- {
		b := saved[i]
		if b.kind == fbLoop || b.kind == fbForLoop {
			if isBreak {
				c.unwindBlock(b, false)
				j := c.emit(Jump, 0)
				*b.breakLabel = append(*b.breakLabel, j)
			} else {
				c.emit(Jump, b.continueLabel)
			}
			c.closeHoles()
			c.u.fblocks = saved
			return
		}
		c.u.fblocks = saved[:i+1] // unwindBlock drops b itself for a finally body
		c.openHole(i)
		c.unwindBlock(b, false)
	}
	c.u.fblocks = saved
	if isBreak {
		c.syntaxError("'break' outside loop", n)
	} else {
		c.syntaxError("'continue' not properly in loop", n)
	}
}

// addHandler records an exception-table row.
func (c *compiler) addHandler(start, end, handler, depth int) {
	level := len(c.u.fblocks)
	for _, h := range c.u.holes {
		if h.level <= level && h.start >= start && h.end <= end && h.end > h.start {
			c.addRow(start, h.start, handler, depth)
			start = h.end
		}
	}
	c.addRow(start, end, handler, depth)
}

func (c *compiler) addRow(start, end, handler, depth int) {
	if end > start {
		c.u.code.ExcTable = append(c.u.code.ExcTable, objects.ExcEntry{Start: int32(start), End: int32(end), Handler: int32(handler), Depth: int32(depth)})
	}
}

func (c *compiler) tryStmt(n *syntax.Try) {
	if len(n.FinalBody) > 0 {
		depth := c.u.depth
		start := c.here()
		c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFinally, finalBody: n.FinalBody})
		if len(n.Handlers) > 0 {
			c.tryExcept(n)
		} else {
			c.stmts(n.Body)
			c.stmts(n.OrElse)
		}
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		end := c.here()
		c.stmts(n.FinalBody)
		jend := c.emit(Jump, 0)
		// exceptional path
		handler := c.here()
		c.addHandler(start, end, handler, depth)
		c.u.depth = depth + 1
		c.emit(PushExcInfo, 0) // [prev exc]
		cstart := c.here()
		c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFinallyEnd})
		c.stmts(n.FinalBody)
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		c.emit(Reraise, 0)
		c.cleanupHandler(cstart, depth+1)
		c.u.depth = depth
		c.patch(jend, c.here())
		return
	}
	c.tryExcept(n)
}

// cleanupHandler: an exception raised inside an except/finally block
// restores the previously handled exception and propagates.
func (c *compiler) cleanupHandler(start, depth int) {
	h := c.here()
	c.addHandler(start, h, h, depth)
	c.u.depth = depth + 1
	c.emit(Rot2, 0)
	c.emit(PopExcept, 0)
	c.emit(Reraise, 0)
}

func (c *compiler) tryExcept(n *syntax.Try) {
	depth := c.u.depth
	start := c.here()
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbTryExcept})
	c.stmts(n.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	end := c.here()
	jelse := c.emit(Jump, 0)
	handler := c.here()
	c.addHandler(start, end, handler, depth)
	c.u.depth = depth + 1
	c.emit(PushExcInfo, 0) // [prev exc]
	cstart := c.here()
	var ends []int
	for i, h := range n.Handlers {
		old := c.setPos(h)
		next := -1
		if h.Type != nil {
			c.expr(h.Type)
			c.emit(CheckExcMatch, 0)
			next = c.emit(PopJumpIfFalse, 0)
		} else if i != len(n.Handlers)-1 {
			c.syntaxError("default 'except:' must be last", h)
		}
		c.u.pos = old
		if h.Name != "" {
			c.nameOp(h.Name, opStore)
		} else {
			c.emit(PopTop, 0)
		}
		c.u.fblocks = append(c.u.fblocks, fblock{kind: fbHandler})
		c.stmts(h.Body)
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		if h.Name != "" {
			c.loadConst(objects.None)
			c.nameOp(h.Name, opStore)
			c.nameOp(h.Name, opDelete)
		}
		c.emit(PopExcept, 0)
		ends = append(ends, c.emit(Jump, 0))
		c.u.depth = depth + 2
		if next >= 0 {
			c.patch(next, c.here())
		}
	}
	c.emit(Reraise, 0)
	c.cleanupHandler(cstart, depth+1)
	c.u.depth = depth
	c.patch(jelse, c.here())
	c.stmts(n.OrElse)
	for _, e := range ends {
		c.patch(e, c.here())
	}
}

// withStmt compiles "with" (and "async with" when async: __aenter__()
// and __aexit__(...) are awaited). Several items nest, innermost last.
func (c *compiler) withStmt(items []*syntax.WithItem, body []syntax.Stmt, async bool) {
	it := items[0]
	depth := c.u.depth
	c.expr(it.ContextExpr)
	kind := fbWith
	if async {
		kind = fbAsyncWith
		c.emit(BeforeAsyncWith, 0) // [aexit aenter()]
		c.emitAwait()              // [aexit entered]
	} else {
		c.emit(BeforeWith, 0) // [exit enter]
	}
	start := c.here()
	if it.OptionalVars != nil {
		c.store(it.OptionalVars)
	} else {
		c.emit(PopTop, 0)
	}
	c.u.fblocks = append(c.u.fblocks, fblock{kind: kind})
	if len(items) > 1 {
		c.withStmt(items[1:], body, async)
	} else {
		c.stmts(body)
	}
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	end := c.here()
	if async {
		c.asyncExitNormal()
	} else {
		c.emit(WithExitNormal, 0)
	}
	jend := c.emit(Jump, 0)
	handler := c.here()
	c.addHandler(start, end, handler, depth+1)
	c.u.depth = depth + 2  // [exit exc]
	c.emit(PushExcInfo, 0) // [exit prev exc]
	cstart := c.here()
	if async {
		c.emit(AsyncWithExit, 1) // [aexit prev exc aexit(type, exc, tb)]
		c.emitAwait()            // [aexit prev exc result]
	} else {
		c.emit(WithExcept, 0) // [exit prev exc suppress]
	}
	j := c.emit(PopJumpIfTrue, 0)
	c.emit(Reraise, 0)
	c.patch(j, c.here())
	c.u.depth = depth + 3
	c.emit(PopTop, 0)    // [exit prev]
	c.emit(PopExcept, 0) // [exit]
	c.emit(PopTop, 0)
	jsup := c.emit(Jump, 0)
	c.cleanupHandler(cstart, depth+2)
	c.u.depth = depth
	c.patch(jend, c.here())
	c.patch(jsup, c.here())
}

// evalSyntaxError adjusts a SyntaxError of eval-mode source to what
// CPython 3.11 reports there: eval input gets no implicit newline, so the
// error's text is the line as written, and an error at the very end of
// the input (the parser wanted another token) has offset 0.
func evalSyntaxError(err error, src string) error {
	se, ok := err.(*syntax.SyntaxError)
	if !ok || strings.HasSuffix(src, "\n") {
		return err
	}
	c := *se
	c.Text = strings.TrimSuffix(c.Text, "\n")
	lastLine := c.Lineno == strings.Count(src, "\n")+1
	if lastLine && c.Offset == len(c.Text)+1 {
		c.Offset = 0
		c.EndOffset = 0
	}
	return &c
}
