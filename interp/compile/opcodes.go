// Package compile turns a syntax tree into weft bytecode (docs/bytecode.md).
//
// The bytecode is a stack machine with 32-bit instruction words: the low
// 8 bits are the opcode, the high 24 bits the operand. One word per
// instruction keeps decoding to a shift and a mask and the instruction
// array dense in cache; operands that need more than 24 bits (none today)
// would take an EXTENDED_ARG prefix.
package compile

// Op is an opcode.
type Op uint8

// The instruction set. Stack effects are written [before] -> [after].
const (
	Nop                 Op = iota
	PopTop                 // [x] -> []
	DupTop                 // [x] -> [x x]
	DupTop2                // [a b] -> [a b a b]
	Rot2                   // [a b] -> [b a]
	Rot3                   // [a b c] -> [c a b]
	LoadConst              // -> [consts[arg]]
	LoadFast               // -> [locals[arg]]; UnboundLocalError when empty
	StoreFast              // [x] -> ; locals[arg] = x
	DeleteFast             //
	LoadDeref              // -> [cells[arg].get()]
	StoreDeref             // [x] ->
	DeleteDeref            //
	LoadClosure            // -> [cells[arg]] (the cell itself, for MakeFunction)
	LoadGlobal             // -> [globals/builtins[names[arg]]], cached per instruction
	StoreGlobal            //
	DeleteGlobal           //
	LoadName               // locals dict, then globals, then builtins
	StoreName              //
	DeleteName             //
	LoadAttr               // [o] -> [o.names[arg]]
	StoreAttr              // [v o] -> ; o.name = v
	DeleteAttr             // [o] ->
	LoadMethod             // [o] -> [meth self] or [callable nil]
	Binary                 // [a b] -> [a op b]; arg = objects.BinaryOp
	InPlace                // [a b] -> [a op= b]
	CompareOp              // [a b] -> [a cmp b]; arg = objects.CompareOp
	IsOp                   // [a b] -> [a is b] (arg 1: is not)
	ContainsOp             // [a b] -> [a in b] (arg 1: not in)
	UnaryNeg               //
	UnaryPos               //
	UnaryInvert            //
	UnaryNot               //
	Subscr                 // [o k] -> [o[k]]
	StoreSubscr            // [v o k] ->
	DeleteSubscr           // [o k] ->
	BuildTuple             // [x1..xn] -> [tuple]
	BuildList              //
	BuildSet               //
	BuildMap               // [k1 v1 .. kn vn] -> [dict]
	BuildSlice             // [a b] or [a b c] -> [slice]
	BuildString            // [s1..sn] -> [str]
	ListAppend             // [list ... x] -> [list ...]; list at depth arg
	SetAdd                 //
	MapAdd                 // [map ... k v] -> [map ...]
	ListExtend             // [list it] -> [list]
	SetUpdate              //
	DictUpdate             // [d m] -> [d]
	ListToTuple            //
	UnpackSequence         // [seq] -> [xn .. x1]
	UnpackEx               // arg = before | after<<8
	Jump                   // ip = arg
	PopJumpIfFalse         // [x] ->
	PopJumpIfTrue          //
	JumpIfFalseOrPop       // [x] -> [x] (jump) or []
	JumpIfTrueOrPop        //
	GetIter                // [o] -> [iter(o)]
	GetAwaitable           // [o] -> [the iterator "await o" drives]
	ForIter                // [it] -> [it x]; exhausted: [] and jump to arg
	ForRange               // fast path of ForIter for a range iterator
	Call                   // [f a1..an] -> [r]
	CallKw                 // [f a1..an names] -> [r]; names: tuple of str
	CallEx                 // [f args kwargs-or-nil] -> [r]
	CallMethod             // [m self-or-nil a1..an] -> [r]
	Return                 // [x] -> return x
	MakeFunction           // [defaults? kwdefaults? closure? code qualname] -> [f]; arg flags
	BuildClass             // [func name bases-tuple kwnames...] -> [cls]; arg = nbases
	Raise                  // arg 0: re-raise, 1: [exc], 2: [exc cause]
	Reraise                // [exc] -> raise exc keeping its traceback
	PushExcInfo            // [exc] -> [prev exc]; thread's handled exception = exc
	PopExcept              // [prev] -> ; handled exception = prev
	CheckExcMatch          // [exc type] -> [exc bool]
	Yield                  // [x] -> [sent]
	Send                   // [it v] -> [it r] (sub-iterator yielded r: this frame yields it) or [ret] done
	ImportName             // [level fromlist] -> [module]
	ImportFrom             // [module] -> [module attr]
	ImportStar             // [module] ->
	FormatValue            // arg: conversion(2 bits) | has spec<<2; [x spec?] -> [str]
	BeforeWith             // [cm] -> [exit enter()]
	WithExitNormal         // [exit] -> ; exit(None, None, None)
	WithExcept             // [exit prev exc] -> [exit prev exc suppress]
	LoadAssertion          // -> [AssertionError]
	SetupAnnotations       //
	LoadLocals             // -> [locals dict]
	MatchSequence          // [s] -> [s bool]: s is a sequence for a match statement
	MatchMapping           // [s] -> [s bool]: s is a mapping for a match statement
	GetLen                 // [s] -> [s len(s)]
	MatchKeys              // [s keys] -> [s keys values-tuple-or-None]
	CopyDictWithoutKeys    // [s keys] -> [dict(s) without keys]
	MatchClass             // [s cls kwnames] -> [attrs-tuple-or-None]; arg = positional count
	CheckEGMatch           // [rest type] -> [rest' match-or-None]; handled exception = match
	PrepReraiseStar        // [orig raised-list] -> [exception-to-raise-or-None]
	GetAIter               // [o] -> [o.__aiter__()]
	GetANext               // [ait] -> [ait awaitable-of(ait.__anext__())]
	EndAsyncFor            // [ait exc] -> [] on StopAsyncIteration, else re-raise exc
	BeforeAsyncWith        // [cm] -> [bound __aexit__, cm.__aenter__()]
	AsyncWithExit          // arg 0: [aexit] -> [aexit(None, None, None)]; 1: [aexit prev exc] -> [aexit prev exc aexit(type, exc, tb)]
	AsyncGenWrap           // [x] -> [x marked as an async generator's own yield]
	AwaitSync              // [it r] -> [it None]: await outside a coroutine; r must be None
	DictMerge              // [f args d m] -> [f args d]: d.update(m) for f(**m); arg = 1 (d's depth); errors name f
	BuildClassEx           // [func name bases-tuple kwdict] -> [cls]: class C(*bases, **kw)
	NumOps
)

var opNames = [...]string{"NOP", "POP_TOP", "DUP_TOP", "DUP_TOP_TWO", "ROT_TWO", "ROT_THREE", "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLOSURE", "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD", "BINARY", "INPLACE", "COMPARE_OP", "IS_OP", "CONTAINS_OP", "UNARY_NEGATIVE", "UNARY_POSITIVE", "UNARY_INVERT", "UNARY_NOT", "SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP", "BUILD_SLICE", "BUILD_STRING", "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "LIST_TO_TUPLE", "UNPACK_SEQUENCE", "UNPACK_EX", "JUMP", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "GET_ITER", "GET_AWAITABLE", "FOR_ITER", "FOR_RANGE", "CALL", "CALL_KW", "CALL_EX", "CALL_METHOD", "RETURN", "MAKE_FUNCTION", "BUILD_CLASS", "RAISE", "RERAISE", "PUSH_EXC_INFO", "POP_EXCEPT", "CHECK_EXC_MATCH", "YIELD", "SEND", "IMPORT_NAME", "IMPORT_FROM", "IMPORT_STAR", "FORMAT_VALUE", "BEFORE_WITH", "WITH_EXIT_NORMAL", "WITH_EXCEPT", "LOAD_ASSERTION_ERROR", "SETUP_ANNOTATIONS", "LOAD_LOCALS", "MATCH_SEQUENCE", "MATCH_MAPPING", "GET_LEN", "MATCH_KEYS", "COPY_DICT_WITHOUT_KEYS", "MATCH_CLASS", "CHECK_EG_MATCH", "PREP_RERAISE_STAR", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR", "BEFORE_ASYNC_WITH", "ASYNC_WITH_EXIT", "ASYNC_GEN_WRAP", "AWAIT_SYNC", "DICT_MERGE", "BUILD_CLASS_EX"}

// String returns the opcode's name.
func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "?"
}

// MakeFunction flags.
const (
	FnDefaults   = 1
	FnKwDefaults = 2
	FnClosure    = 4
	// FnAnnotations: a dict of evaluated annotations sits between the
	// kw-defaults and the closure (a def in a class body).
	FnAnnotations = 8
	// FnAnnotate: the function's __annotate__ function sits there instead.
	FnAnnotate = 16
)

// Encode packs an instruction word.
func Encode(op Op, arg int) uint32 { return uint32(op) | uint32(arg)<<8 }

// Decode unpacks an instruction word.
func Decode(w uint32) (Op, int) { return Op(w & 0xff), int(w >> 8) }
