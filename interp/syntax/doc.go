// Package syntax is weft's Python 3.12 front end: the tokenizer, the parser
// and the abstract syntax tree that the compiler consumes.
//
// # The tree
//
// The AST mirrors CPython 3.12's Parser/Python.asdl one to one: every ASDL
// constructor is a Go struct with the same name (except the statement
// "Expr", spelled ExprStmt because Expr is the expression interface) and
// the same fields in the same order, in Go spelling (decorator_list is
// DecoratorList, posonlyargs is PosOnlyArgs). A struct tag `py:"name"`
// carries the CPython field name, ",opt" marks an ASDL optional ("?")
// field and ",312" a field that CPython 3.11 did not have. The four ASDL
// sums are the interfaces Stmt, Expr, Pattern and TypeParam (plus CompilationUnit for
// the top level). An absent optional child is a nil interface or pointer;
// an absent optional identifier is "". Every located node embeds Pos, whose
// columns count UTF-8 bytes as CPython's col_offset does.
//
// Literals are Constant nodes whose Value is a plain Go value (see
// Constant): the parser folds nothing, so "-1" is UnaryOp(USub,
// Constant(1)) as in CPython. F-strings are JoinedStr/FormattedValue
// trees, with the literal parts merged as CPython 3.12 merges them.
//
// Dump renders a tree exactly as CPython's ast.dump does; the tests compare
// it with CPython's own output on the standard library. Inspect walks a
// tree in field order.
package syntax
