package syntax

// TokenKind classifies a token. Hard keywords get their own kinds so the
// parser compares small integers instead of strings; soft keywords
// (match, case, _, type) stay NAME because they are identifiers everywhere
// except where the grammar says otherwise.
type TokenKind uint8

// Token kinds. The operator kinds follow CPython's Grammar/Tokens.
const (
	EndMarker TokenKind = iota
	Newline
	Indent
	Dedent
	NameTok
	Number
	String
	FStringStart
	FStringMiddle
	FStringEnd

	LPar
	RPar
	LSqb
	RSqb
	Colon
	Comma
	Semi
	Plus
	Minus
	Star
	Slash
	VBar
	Amper
	Less
	Greater
	Equal
	Dot
	Percent
	LBrace
	RBrace
	EqEqual
	NotEqual
	LessEqual
	GreaterEqual
	Tilde
	Circumflex
	LeftShift
	RightShift
	DoubleStar
	PlusEqual
	MinEqual
	StarEqual
	SlashEqual
	PercentEqual
	AmperEqual
	VBarEqual
	CircumflexEqual
	LeftShiftEqual
	RightShiftEqual
	DoubleStarEqual
	DoubleSlash
	DoubleSlashEqual
	At
	AtEqual
	RArrow
	Ellipsis
	ColonEqual
	Exclamation

	KwFalse
	KwNone
	KwTrue
	KwAnd
	KwAs
	KwAssert
	KwAsync
	KwAwait
	KwBreak
	KwClass
	KwContinue
	KwDef
	KwDel
	KwElif
	KwElse
	KwExcept
	KwFinally
	KwFor
	KwFrom
	KwGlobal
	KwIf
	KwImport
	KwIn
	KwIs
	KwLambda
	KwNonlocal
	KwNot
	KwOr
	KwPass
	KwRaise
	KwReturn
	KwTry
	KwWhile
	KwWith
	KwYield

	numTokenKinds
)

var tokenKindNames = [numTokenKinds]string{
	EndMarker: "ENDMARKER", Newline: "NEWLINE", Indent: "INDENT", Dedent: "DEDENT",
	NameTok: "NAME", Number: "NUMBER", String: "STRING",
	FStringStart: "FSTRING_START", FStringMiddle: "FSTRING_MIDDLE", FStringEnd: "FSTRING_END",
}

// keywords maps the hard keywords to their kinds.
var keywords = map[string]TokenKind{
	"False": KwFalse, "None": KwNone, "True": KwTrue, "and": KwAnd, "as": KwAs,
	"assert": KwAssert, "async": KwAsync, "await": KwAwait, "break": KwBreak,
	"class": KwClass, "continue": KwContinue, "def": KwDef, "del": KwDel,
	"elif": KwElif, "else": KwElse, "except": KwExcept, "finally": KwFinally,
	"for": KwFor, "from": KwFrom, "global": KwGlobal, "if": KwIf,
	"import": KwImport, "in": KwIn, "is": KwIs, "lambda": KwLambda,
	"nonlocal": KwNonlocal, "not": KwNot, "or": KwOr, "pass": KwPass,
	"raise": KwRaise, "return": KwReturn, "try": KwTry, "while": KwWhile,
	"with": KwWith, "yield": KwYield,
}

// operators maps operator spellings to kinds; the tokenizer tries three,
// then two, then one character.
var operators = map[string]TokenKind{
	"(": LPar, ")": RPar, "[": LSqb, "]": RSqb, ":": Colon, ",": Comma, ";": Semi,
	"+": Plus, "-": Minus, "*": Star, "/": Slash, "|": VBar, "&": Amper, "<": Less,
	">": Greater, "=": Equal, ".": Dot, "%": Percent, "{": LBrace, "}": RBrace,
	"==": EqEqual, "!=": NotEqual, "<=": LessEqual, ">=": GreaterEqual, "~": Tilde,
	"^": Circumflex, "<<": LeftShift, ">>": RightShift, "**": DoubleStar,
	"+=": PlusEqual, "-=": MinEqual, "*=": StarEqual, "/=": SlashEqual,
	"%=": PercentEqual, "&=": AmperEqual, "|=": VBarEqual, "^=": CircumflexEqual,
	"<<=": LeftShiftEqual, ">>=": RightShiftEqual, "**=": DoubleStarEqual,
	"//": DoubleSlash, "//=": DoubleSlashEqual, "@": At, "@=": AtEqual, "->": RArrow,
	"...": Ellipsis, ":=": ColonEqual, "!": Exclamation,
}

func init() {
	for s, k := range operators {
		tokenKindNames[k] = s
	}
	for s, k := range keywords {
		tokenKindNames[k] = s
	}
}

// String returns CPython's token name for the structural kinds and the
// spelling for operators and keywords.
func (k TokenKind) String() string {
	if k < numTokenKinds {
		return tokenKindNames[k]
	}
	return "?"
}

// Token is one lexical token. Start and End are byte offsets into the
// (UTF-8) source; Line/Col and EndLine/EndCol are the same positions in
// CPython's convention (1-based lines, 0-based byte columns). Text is the
// NFKC-normalised identifier for NAME and keywords and the exact source
// text for every other kind. Level, the bracket nesting depth after the
// token, decides some error messages ("Perhaps you forgot a comma?" is
// only given inside brackets).
//
// The numeric fields are int32 (a source file is limited to 2 GiB) to keep
// the token slice, the tokenizer's only large allocation, small.
type Token struct {
	Kind  TokenKind
	Level uint8 // bracket depth after the token (at most 200); see below
	Start int32
	End   int32
	Line  int32
	Col   int32
	// EndLine and EndCol locate the end of the token, exclusive.
	EndLine int32
	EndCol  int32
	Text    string
}
