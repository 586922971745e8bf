// Package syntax is weft's Python 3.12 front end: the tokenizer, the parser
// and the abstract syntax tree that the compiler consumes.
//
// # Entry points
//
// Parse takes the raw bytes of a file (honouring a UTF-8 BOM and a PEP 263
// coding declaration through DecodeSource) and returns a *Module;
// ParseString, ParseExpression and ParseInteractive take decoded text and
// correspond to CPython's compile modes "exec", "eval" and "single".
// Tokenize exposes the token stream. Every error is a *SyntaxError whose
// Kind says which Python class to raise (SyntaxError, IndentationError,
// TabError, or RecursionError for input nested beyond the parser's
// limits) and whose message, line and column follow CPython 3.11/3.12;
// Format renders it as CPython's traceback printer does.
//
// # The tree
//
// The AST mirrors CPython 3.12's Parser/Python.asdl one to one: every ASDL
// constructor is a Go struct with the same name (except the statement
// "Expr", spelled ExprStmt because Expr is the expression interface) and
// the same fields in the same order, in Go spelling (decorator_list is
// DecoratorList, posonlyargs is PosOnlyArgs). A struct tag `py:"name"`
// carries the CPython field name, ",opt" marks an ASDL optional ("?")
// field and ",312" a field that CPython 3.11 did not have. The ASDL sums
// are the interfaces Stmt, Expr, Pattern and TypeParam (plus
// CompilationUnit for the top level). An absent optional child is a nil
// interface or pointer; an absent optional identifier is "". Lists that
// CPython shows as [] are non-nil empty slices. Every located node embeds
// Pos, whose columns count UTF-8 bytes as CPython's col_offset does, and
// whose spans are CPython's: a node starts at the first token of the
// grammar rule that built it, so "(a) + b" starts at the parenthesis.
//
// Literals are Constant nodes whose Value is a plain Go value (see
// Constant): the parser folds nothing, so "-1" is UnaryOp(USub,
// Constant(1)) as in CPython. F-strings are tokenized as PEP 701
// prescribes (FSTRING_START, FSTRING_MIDDLE, replacement-field tokens,
// FSTRING_END), so replacement fields may reuse the enclosing quote, and
// become JoinedStr/FormattedValue trees whose adjacent literal parts,
// across implicitly concatenated strings, are merged as CPython merges
// them.
//
// Some errors CPython raises after parsing, in its symbol table or
// compiler (duplicate parameter names, "can't use starred expression
// here", "'return' outside function", "cannot assign to __debug__"), are
// the compiler's to report: this package accepts those programs, exactly
// as CPython's ast.parse does.
//
// # Conformance
//
// Dump renders a tree exactly as CPython's ast.dump does (DumpWith adds
// positions, or drops the 3.12-only fields to compare with CPython 3.11).
// The tests compare it, positions included, with the machine's python3 on
// the whole standard library, and compare the errors of a table of
// invalid programs with CPython's. Inspect walks a tree in field order.
package syntax
