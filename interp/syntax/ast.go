package syntax

// Pos is the source span of a node, in CPython's convention: lines are
// 1-based, columns are 0-based offsets in UTF-8 bytes from the start of the
// line, and the end is exclusive. Keeping CPython's convention (rather than
// rune columns) means tracebacks, carets and ast.dump(include_attributes=True)
// agree with CPython byte for byte.
type Pos struct {
	Lineno       int
	ColOffset    int
	EndLineno    int
	EndColOffset int
}

// Position returns the span itself; embedding Pos gives every located node
// its Node.Position method.
func (p *Pos) Position() Pos { return *p }

// noPos is embedded by the nodes that CPython's ASDL gives no attributes
// (mod, comprehension, arguments, withitem, match_case): their Position is
// the zero Pos, which the compiler must never use for a line number.
type noPos struct{}

// Position returns the zero Pos: these nodes carry no location in CPython.
func (noPos) Position() Pos { return Pos{} }

// Node is any AST node. The tree mirrors CPython 3.12's Parser/Python.asdl
// one to one so that a compiler written against CPython's documentation of
// the ast module can be written against this package unchanged.
type Node interface {
	Position() Pos
}

// CompilationUnit is a whole compilation unit (ASDL "mod"; the Go name
// differs because Mod is the modulo operator).
type CompilationUnit interface {
	Node
	modNode()
}

// Stmt is a statement node (ASDL "stmt").
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node (ASDL "expr"). A nil Expr stands for an
// absent optional expression (ASDL "expr?"), and for the None entries that
// CPython stores in Dict.Keys (a "**mapping" entry) and
// Arguments.KwDefaults (a keyword-only parameter without a default).
type Expr interface {
	Node
	exprNode()
}

// Pattern is a match-statement pattern (ASDL "pattern").
type Pattern interface {
	Node
	patternNode()
}

// TypeParam is a PEP 695 type parameter (ASDL "type_param").
type TypeParam interface {
	Node
	typeParamNode()
}

// ---- mod ----

// Module is the result of parsing a file (mode "exec").
type Module struct {
	noPos
	Body        []Stmt        `py:"body"`
	TypeIgnores []*TypeIgnore `py:"type_ignores"`
}

// Interactive is the result of parsing one interactive statement ("single").
type Interactive struct {
	noPos
	Body []Stmt `py:"body"`
}

// Expression is the result of parsing with mode "eval".
type Expression struct {
	noPos
	Body Expr `py:"body"`
}

// FunctionType is the result of parsing a function type comment
// ("func_type" mode), kept for completeness of the ASDL.
type FunctionType struct {
	noPos
	ArgTypes []Expr `py:"argtypes"`
	Returns  Expr   `py:"returns"`
}

func (*Module) modNode()       {}
func (*Interactive) modNode()  {}
func (*Expression) modNode()   {}
func (*FunctionType) modNode() {}

// ---- stmt ----

// FunctionDef is "def name[type_params](args) -> returns: body".
type FunctionDef struct {
	Pos
	Name          string      `py:"name"`
	Args          *Arguments  `py:"args"`
	Body          []Stmt      `py:"body"`
	DecoratorList []Expr      `py:"decorator_list"`
	Returns       Expr        `py:"returns,opt"`
	TypeComment   string      `py:"type_comment,opt"`
	TypeParams    []TypeParam `py:"type_params,312"`
}

// AsyncFunctionDef is "async def"; same fields as FunctionDef.
type AsyncFunctionDef struct {
	Pos
	Name          string      `py:"name"`
	Args          *Arguments  `py:"args"`
	Body          []Stmt      `py:"body"`
	DecoratorList []Expr      `py:"decorator_list"`
	Returns       Expr        `py:"returns,opt"`
	TypeComment   string      `py:"type_comment,opt"`
	TypeParams    []TypeParam `py:"type_params,312"`
}

// ClassDef is "class name[type_params](bases, keywords): body".
type ClassDef struct {
	Pos
	Name          string      `py:"name"`
	Bases         []Expr      `py:"bases"`
	Keywords      []*Keyword  `py:"keywords"`
	Body          []Stmt      `py:"body"`
	DecoratorList []Expr      `py:"decorator_list"`
	TypeParams    []TypeParam `py:"type_params,312"`
}

// Return is "return [value]".
type Return struct {
	Pos
	Value Expr `py:"value,opt"`
}

// Delete is "del targets".
type Delete struct {
	Pos
	Targets []Expr `py:"targets"`
}

// Assign is "t1 = t2 = ... = value".
type Assign struct {
	Pos
	Targets     []Expr `py:"targets"`
	Value       Expr   `py:"value"`
	TypeComment string `py:"type_comment,opt"`
}

// TypeAlias is the PEP 695 statement "type name[type_params] = value".
type TypeAlias struct {
	Pos
	Name       Expr        `py:"name"`
	TypeParams []TypeParam `py:"type_params"`
	Value      Expr        `py:"value"`
}

// AugAssign is "target op= value".
type AugAssign struct {
	Pos
	Target Expr     `py:"target"`
	Op     Operator `py:"op"`
	Value  Expr     `py:"value"`
}

// AnnAssign is "target: annotation [= value]". Simple is 1 when the
// target is a bare name that was not parenthesised (it then becomes an
// entry of __annotations__), 0 otherwise.
type AnnAssign struct {
	Pos
	Target     Expr `py:"target"`
	Annotation Expr `py:"annotation"`
	Value      Expr `py:"value,opt"`
	Simple     int  `py:"simple"`
}

// For is "for target in iter: body else: orelse".
type For struct {
	Pos
	Target      Expr   `py:"target"`
	Iter        Expr   `py:"iter"`
	Body        []Stmt `py:"body"`
	OrElse      []Stmt `py:"orelse"`
	TypeComment string `py:"type_comment,opt"`
}

// AsyncFor is "async for"; same fields as For.
type AsyncFor struct {
	Pos
	Target      Expr   `py:"target"`
	Iter        Expr   `py:"iter"`
	Body        []Stmt `py:"body"`
	OrElse      []Stmt `py:"orelse"`
	TypeComment string `py:"type_comment,opt"`
}

// While is "while test: body else: orelse".
type While struct {
	Pos
	Test   Expr   `py:"test"`
	Body   []Stmt `py:"body"`
	OrElse []Stmt `py:"orelse"`
}

// If is "if test: body" with elif chains nested as a single If in OrElse.
type If struct {
	Pos
	Test   Expr   `py:"test"`
	Body   []Stmt `py:"body"`
	OrElse []Stmt `py:"orelse"`
}

// With is "with items: body".
type With struct {
	Pos
	Items       []*WithItem `py:"items"`
	Body        []Stmt      `py:"body"`
	TypeComment string      `py:"type_comment,opt"`
}

// AsyncWith is "async with"; same fields as With.
type AsyncWith struct {
	Pos
	Items       []*WithItem `py:"items"`
	Body        []Stmt      `py:"body"`
	TypeComment string      `py:"type_comment,opt"`
}

// Match is "match subject: cases".
type Match struct {
	Pos
	Subject Expr         `py:"subject"`
	Cases   []*MatchCase `py:"cases"`
}

// Raise is "raise [exc [from cause]]".
type Raise struct {
	Pos
	Exc   Expr `py:"exc,opt"`
	Cause Expr `py:"cause,opt"`
}

// Try is "try/except/else/finally".
type Try struct {
	Pos
	Body      []Stmt           `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	OrElse    []Stmt           `py:"orelse"`
	FinalBody []Stmt           `py:"finalbody"`
}

// TryStar is "try/except*" (PEP 654).
type TryStar struct {
	Pos
	Body      []Stmt           `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	OrElse    []Stmt           `py:"orelse"`
	FinalBody []Stmt           `py:"finalbody"`
}

// Assert is "assert test[, msg]".
type Assert struct {
	Pos
	Test Expr `py:"test"`
	Msg  Expr `py:"msg,opt"`
}

// Import is "import a.b as c, d".
type Import struct {
	Pos
	Names []*Alias `py:"names"`
}

// ImportFrom is "from ..module import names"; Module is "" for a bare
// relative import ("from . import x") and Level counts the leading dots.
type ImportFrom struct {
	Pos
	Module string   `py:"module,opt"`
	Names  []*Alias `py:"names"`
	Level  int      `py:"level"`
}

// Global is "global names".
type Global struct {
	Pos
	Names []string `py:"names"`
}

// Nonlocal is "nonlocal names".
type Nonlocal struct {
	Pos
	Names []string `py:"names"`
}

// ExprStmt is an expression statement. CPython calls this node "Expr"; the
// Go name differs only because Expr is the expression interface. Dump
// prints it as "Expr".
type ExprStmt struct {
	Pos
	Value Expr `py:"value"`
}

// Pass is "pass".
type Pass struct{ Pos }

// Break is "break".
type Break struct{ Pos }

// Continue is "continue".
type Continue struct{ Pos }

func (*FunctionDef) stmtNode()      {}
func (*AsyncFunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()         {}
func (*Return) stmtNode()           {}
func (*Delete) stmtNode()           {}
func (*Assign) stmtNode()           {}
func (*TypeAlias) stmtNode()        {}
func (*AugAssign) stmtNode()        {}
func (*AnnAssign) stmtNode()        {}
func (*For) stmtNode()              {}
func (*AsyncFor) stmtNode()         {}
func (*While) stmtNode()            {}
func (*If) stmtNode()               {}
func (*With) stmtNode()             {}
func (*AsyncWith) stmtNode()        {}
func (*Match) stmtNode()            {}
func (*Raise) stmtNode()            {}
func (*Try) stmtNode()              {}
func (*TryStar) stmtNode()          {}
func (*Assert) stmtNode()           {}
func (*Import) stmtNode()           {}
func (*ImportFrom) stmtNode()       {}
func (*Global) stmtNode()           {}
func (*Nonlocal) stmtNode()         {}
func (*ExprStmt) stmtNode()         {}
func (*Pass) stmtNode()             {}
func (*Break) stmtNode()            {}
func (*Continue) stmtNode()         {}

// ---- expr ----

// BoolOp is "a and b and c" (one node for the whole chain).
type BoolOp struct {
	Pos
	Op     BoolOperator `py:"op"`
	Values []Expr       `py:"values"`
}

// NamedExpr is the walrus "target := value".
type NamedExpr struct {
	Pos
	Target Expr `py:"target"`
	Value  Expr `py:"value"`
}

// BinOp is "left op right".
type BinOp struct {
	Pos
	Left  Expr     `py:"left"`
	Op    Operator `py:"op"`
	Right Expr     `py:"right"`
}

// UnaryOp is "op operand". "-1" is UnaryOp(USub, Constant(1)): the parser
// folds nothing, exactly like CPython's.
type UnaryOp struct {
	Pos
	Op      UnaryOperator `py:"op"`
	Operand Expr          `py:"operand"`
}

// Lambda is "lambda args: body".
type Lambda struct {
	Pos
	Args *Arguments `py:"args"`
	Body Expr       `py:"body"`
}

// IfExp is "body if test else orelse".
type IfExp struct {
	Pos
	Test   Expr `py:"test"`
	Body   Expr `py:"body"`
	OrElse Expr `py:"orelse"`
}

// Dict is a dict display; a nil key marks a "**mapping" entry.
type Dict struct {
	Pos
	Keys   []Expr `py:"keys"`
	Values []Expr `py:"values"`
}

// Set is a set display.
type Set struct {
	Pos
	Elts []Expr `py:"elts"`
}

// ListComp is "[elt for ...]".
type ListComp struct {
	Pos
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

// SetComp is "{elt for ...}".
type SetComp struct {
	Pos
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

// DictComp is "{key: value for ...}".
type DictComp struct {
	Pos
	Key        Expr             `py:"key"`
	Value      Expr             `py:"value"`
	Generators []*Comprehension `py:"generators"`
}

// GeneratorExp is "(elt for ...)".
type GeneratorExp struct {
	Pos
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

// Await is "await value".
type Await struct {
	Pos
	Value Expr `py:"value"`
}

// Yield is "yield [value]".
type Yield struct {
	Pos
	Value Expr `py:"value,opt"`
}

// YieldFrom is "yield from value".
type YieldFrom struct {
	Pos
	Value Expr `py:"value"`
}

// Compare is a comparison chain "left op1 c1 op2 c2 ...".
type Compare struct {
	Pos
	Left        Expr    `py:"left"`
	Ops         []CmpOp `py:"ops"`
	Comparators []Expr  `py:"comparators"`
}

// Call is "func(args, keywords)".
type Call struct {
	Pos
	Func     Expr       `py:"func"`
	Args     []Expr     `py:"args"`
	Keywords []*Keyword `py:"keywords"`
}

// FormattedValue is one replacement field of an f-string. Conversion is
// -1 (none) or the code point of 's', 'r' or 'a'; FormatSpec is nil or a
// JoinedStr.
type FormattedValue struct {
	Pos
	Value      Expr `py:"value"`
	Conversion int  `py:"conversion"`
	FormatSpec Expr `py:"format_spec,opt"`
}

// JoinedStr is an f-string (after implicit concatenation with its
// neighbours): Constant str parts and FormattedValue parts, adjacent
// literal parts merged and empty ones dropped as CPython does.
type JoinedStr struct {
	Pos
	Values []Expr `py:"values"`
}

// Constant is a literal. Value holds one of:
//
//	NoneValue{}      None
//	bool             True / False
//	int64            an int that fits in 64 bits
//	*big.Int         any larger int (never one that fits in int64)
//	float64          a float literal
//	complex128       an imaginary literal (real part 0)
//	string           a str, UTF-8; lone surrogates from "\ud800" escapes
//	                 are encoded WTF-8 style as their 3-byte sequences
//	[]byte           a bytes literal
//	EllipsisValue{}  "..."
//
// Kind is "u" for a u-prefixed string literal and "" otherwise.
type Constant struct {
	Pos
	Value any    `py:"value"`
	Kind  string `py:"kind,opt"`
}

// Attribute is "value.attr".
type Attribute struct {
	Pos
	Value Expr        `py:"value"`
	Attr  string      `py:"attr"`
	Ctx   ExprContext `py:"ctx"`
}

// Subscript is "value[slice]"; a multi-dimensional slice is a Tuple.
type Subscript struct {
	Pos
	Value Expr        `py:"value"`
	Slice Expr        `py:"slice"`
	Ctx   ExprContext `py:"ctx"`
}

// Starred is "*value" in a display, call or assignment target.
type Starred struct {
	Pos
	Value Expr        `py:"value"`
	Ctx   ExprContext `py:"ctx"`
}

// Name is an identifier, NFKC-normalised like CPython's.
type Name struct {
	Pos
	ID  string      `py:"id"`
	Ctx ExprContext `py:"ctx"`
}

// List is a list display or target.
type List struct {
	Pos
	Elts []Expr      `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}

// Tuple is a tuple display or target.
type Tuple struct {
	Pos
	Elts []Expr      `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}

// Slice is "lower:upper:step" inside a subscript.
type Slice struct {
	Pos
	Lower Expr `py:"lower,opt"`
	Upper Expr `py:"upper,opt"`
	Step  Expr `py:"step,opt"`
}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

// NoneValue is the Go representation of Python's None in Constant.Value
// and MatchSingleton.Value.
type NoneValue struct{}

// EllipsisValue is the Go representation of "..." in Constant.Value.
type EllipsisValue struct{}

// ---- enums ----

// ExprContext says whether a Name/Attribute/Subscript/Starred/List/Tuple
// is read, assigned or deleted.
type ExprContext uint8

// Expression contexts.
const (
	Load ExprContext = iota
	Store
	Del
)

// BoolOperator is the operator of a BoolOp.
type BoolOperator uint8

// Boolean operators.
const (
	And BoolOperator = iota
	Or
)

// Operator is a binary arithmetic operator (BinOp, AugAssign).
type Operator uint8

// Binary operators, in ASDL order.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// UnaryOperator is the operator of a UnaryOp.
type UnaryOperator uint8

// Unary operators.
const (
	Invert UnaryOperator = iota
	Not
	UAdd
	USub
)

// CmpOp is a comparison operator of a Compare chain.
type CmpOp uint8

// Comparison operators.
const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var exprContextNames = [...]string{"Load", "Store", "Del"}
var boolOperatorNames = [...]string{"And", "Or"}
var operatorNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
var unaryOperatorNames = [...]string{"Invert", "Not", "UAdd", "USub"}
var cmpOpNames = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}

// String returns the ASDL name ("Load").
func (c ExprContext) String() string { return exprContextNames[c] }

// String returns the ASDL name ("And").
func (o BoolOperator) String() string { return boolOperatorNames[o] }

// String returns the ASDL name ("Add").
func (o Operator) String() string { return operatorNames[o] }

// String returns the ASDL name ("USub").
func (o UnaryOperator) String() string { return unaryOperatorNames[o] }

// String returns the ASDL name ("NotIn").
func (o CmpOp) String() string { return cmpOpNames[o] }

// ---- auxiliary nodes ----

// Comprehension is one "[async] for target in iter if ifs..." clause.
// IsAsync is 1 for "async for", 0 otherwise.
type Comprehension struct {
	noPos
	Target  Expr   `py:"target"`
	Iter    Expr   `py:"iter"`
	Ifs     []Expr `py:"ifs"`
	IsAsync int    `py:"is_async"`
}

// ExceptHandler is "except [type [as name]]: body" (or "except*").
type ExceptHandler struct {
	Pos
	Type Expr   `py:"type,opt"`
	Name string `py:"name,opt"`
	Body []Stmt `py:"body"`
}

// Arguments is a parameter list. Defaults apply to the last
// len(Defaults) of PosOnlyArgs+Args; KwDefaults is parallel to KwOnlyArgs
// with nil for a parameter without a default.
type Arguments struct {
	noPos
	PosOnlyArgs []*Arg `py:"posonlyargs"`
	Args        []*Arg `py:"args"`
	VarArg      *Arg   `py:"vararg,opt"`
	KwOnlyArgs  []*Arg `py:"kwonlyargs"`
	KwDefaults  []Expr `py:"kw_defaults"`
	KwArg       *Arg   `py:"kwarg,opt"`
	Defaults    []Expr `py:"defaults"`
}

// Arg is one parameter.
type Arg struct {
	Pos
	Arg         string `py:"arg"`
	Annotation  Expr   `py:"annotation,opt"`
	TypeComment string `py:"type_comment,opt"`
}

// Keyword is "arg=value" in a call or class header; Arg is "" for "**value".
type Keyword struct {
	Pos
	Arg   string `py:"arg,opt"`
	Value Expr   `py:"value"`
}

// Alias is "name [as asname]" in an import.
type Alias struct {
	Pos
	Name   string `py:"name"`
	AsName string `py:"asname,opt"`
}

// WithItem is "context_expr [as optional_vars]".
type WithItem struct {
	noPos
	ContextExpr  Expr `py:"context_expr"`
	OptionalVars Expr `py:"optional_vars,opt"`
}

// MatchCase is "case pattern [if guard]: body".
type MatchCase struct {
	noPos
	Pattern Pattern `py:"pattern"`
	Guard   Expr    `py:"guard,opt"`
	Body    []Stmt  `py:"body"`
}

// TypeIgnore is a "# type: ignore" comment; the parser records none
// unless asked for type comments, which weft does not support, so this
// exists only for ASDL completeness.
type TypeIgnore struct {
	noPos
	Lineno int    `py:"lineno"`
	Tag    string `py:"tag"`
}

// ---- patterns ----

// MatchValue matches by equality with a value pattern (literal or dotted name).
type MatchValue struct {
	Pos
	Value Expr `py:"value"`
}

// MatchSingleton matches None, True or False by identity; Value is
// NoneValue{} or a bool.
type MatchSingleton struct {
	Pos
	Value any `py:"value"`
}

// MatchSequence is "[p1, p2, *rest]" or "(p1, p2)".
type MatchSequence struct {
	Pos
	Patterns []Pattern `py:"patterns"`
}

// MatchMapping is "{k1: p1, **rest}"; Rest is "" when absent.
type MatchMapping struct {
	Pos
	Keys     []Expr    `py:"keys"`
	Patterns []Pattern `py:"patterns"`
	Rest     string    `py:"rest,opt"`
}

// MatchClass is "Cls(p1, attr=p2)".
type MatchClass struct {
	Pos
	Cls         Expr      `py:"cls"`
	Patterns    []Pattern `py:"patterns"`
	KwdAttrs    []string  `py:"kwd_attrs"`
	KwdPatterns []Pattern `py:"kwd_patterns"`
}

// MatchStar is "*name" in a sequence pattern; Name is "" for "*_".
type MatchStar struct {
	Pos
	Name string `py:"name,opt"`
}

// MatchAs is "pattern as name", a capture "name" (Pattern nil) or the
// wildcard "_" (both empty).
type MatchAs struct {
	Pos
	Pattern Pattern `py:"pattern,opt"`
	Name    string  `py:"name,opt"`
}

// MatchOr is "p1 | p2 | ...".
type MatchOr struct {
	Pos
	Patterns []Pattern `py:"patterns"`
}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}

// ---- type parameters (PEP 695) ----

// TypeVar is "T" or "T: bound" in a type parameter list.
type TypeVar struct {
	Pos
	Name  string `py:"name"`
	Bound Expr   `py:"bound,opt"`
}

// ParamSpec is "**P" in a type parameter list.
type ParamSpec struct {
	Pos
	Name string `py:"name"`
}

// TypeVarTuple is "*Ts" in a type parameter list.
type TypeVarTuple struct {
	Pos
	Name string `py:"name"`
}

func (*TypeVar) typeParamNode()      {}
func (*ParamSpec) typeParamNode()    {}
func (*TypeVarTuple) typeParamNode() {}
