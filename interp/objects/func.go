package objects

import (
	"errors"
	"sync"
	"sync/atomic"
)

// BuiltinFn is the calling convention of Go-implemented callables, modelled
// on CPython's vectorcall: positional arguments followed by keyword argument
// values, with kwnames naming the trailing len(kwnames) values. It avoids
// building a tuple and a dict per call.
type BuiltinFn func(ctx Ctx, args []Value, kwnames []string) (Value, error)

// ErrPark is returned by a built-in that has registered a wait for the
// current virtual thread: the eval loop saves its state and returns to the
// scheduler; the thread's Resume later supplies the call's result.
var ErrPark = errors.New("weft: virtual thread parked")

// Builtin is a built-in function or method descriptor.
type Builtin struct {
	Header
	Name string
	Fn   BuiltinFn
	// Owner is set for methods of built-in types: the attribute binds the
	// instance as the first argument.
	Owner *Type
	// Self is the bound receiver of a bound built-in method (nil if none).
	Self Value
	// Module is the defining module name for repr.
	Module string
	// Redirect, when set, lets the eval loop run a call of this built-in
	// as a Python frame (see docs/stackless.md): given the call's
	// arguments it returns the Python function to call with them instead,
	// or the nil Value when the Go implementation runs no Python code for
	// these arguments and should be used.
	// ctx is the calling thread.
	Redirect func(ctx Ctx, args []Value, kwnames []string) Value
}

// BuiltinType is builtin_function_or_method.
var BuiltinType *Type

// MethodDescrType is method_descriptor (an unbound built-in method).
var MethodDescrType *Type

// NewBuiltin makes a built-in; owner != nil makes a method descriptor.
func NewBuiltin(name string, fn BuiltinFn, owner *Type) *Builtin {
	b := &Builtin{Name: name, Fn: fn, Owner: owner}
	b.typ = BuiltinType
	if owner != nil {
		b.typ = MethodDescrType
	}
	return b
}

// Value returns b as a Python value.
func (b *Builtin) Value() Value { return obj(b) }

// AsBuiltin returns the *Builtin in v or nil.
func AsBuiltin(v Value) *Builtin {
	if v.h != nil && (v.h.typ == BuiltinType || v.h.typ == MethodDescrType || v.h.typ == WrapperDescrType) {
		return as[Builtin](v)
	}
	return nil
}

// Code flags.
const (
	CodeVarArgs = 1 << iota
	CodeVarKeywords
	CodeGenerator
	CodeCoroutine
	CodeNested
	CodeModule
	// CodeAsyncGenerator marks an async def that contains yield (its
	// calls return async generator objects).
	CodeAsyncGenerator
)

// Position is the source span of one instruction (CPython's co_positions).
type Position struct {
	Line, EndLine, Col, EndCol int32
	// AnchorCol/AnchorEnd: the operator's columns inside a binary operation
	// or the slice inside a subscript, for 3.11's "~~~^^^~~~" lines; -1
	// when the caret line is plain.
	AnchorCol, AnchorEnd int32
}

// ExcEntry is one row of the exception table: an exception raised by an
// instruction in [Start, End) jumps to Handler with the value stack cut to
// Depth (plus the exception pushed), like CPython 3.11's zero-cost table.
type ExcEntry struct {
	Start, End, Handler, Depth int32
}

// Code is a compiled code object.
type Code struct {
	Header
	Name, Qualname, Filename string
	Instrs                   []uint32
	Consts                   []Value
	Names                    []*Str
	VarNames                 []string
	CellVars                 []string
	FreeVars                 []string
	// CellArgs maps a cell variable to the argument it is initialised
	// from (-1: none).
	CellArgs     []int
	ArgCount     int
	PosOnlyCount int
	KwOnlyCount  int
	Flags        int
	StackSize    int
	FirstLine    int
	Positions    []Position
	ExcTable     []ExcEntry
	// Caches holds one inline-cache word per cached instruction (global
	// loads, attribute loads), indexed by the instruction's cache operand.
	Caches []InlineCache
	// MethodCaches holds one LOAD_METHOD cache per name (MethodCache).
	MethodCaches []MethodCache
	// AttrCaches holds one instance-dict entry hint per name (AttrCache).
	AttrCaches []AttrCache
}

// InlineCache remembers where a LOAD_GLOBAL name resolved, for one
// pair of (globals, builtins) dicts at one pair of their versions
// (Dict.Version). The eval loop indexes Code.Caches by the instruction's
// name operand, so all loads of one name in a code object share a cache.
//
// Free-threading: the record is immutable and published with an atomic
// pointer, so a reader sees either the old or the new record, never a
// torn one. A record is valid only while both dicts still have the
// versions it was filled at; see Dict.Version for why filling it with
// versions read before the lookup can never make a stale value look
// current.
type InlineCache struct {
	rec atomic.Pointer[cacheRecord]
}

type cacheRecord struct {
	globals, builtins       *Dict
	globalsVer, builtinsVer uint64
	val                     Value
}

// Load returns the cached value if it was stored for these dicts at
// these versions.
func (c *InlineCache) Load(globals, builtins *Dict, gv, bv uint64) (Value, bool) {
	r := c.rec.Load()
	if r != nil && r.globalsVer == gv && r.builtinsVer == bv && r.globals == globals && r.builtins == builtins {
		return r.val, true
	}
	return Value{}, false
}

// Store publishes v as the binding for these dicts at versions gv and
// bv, which the caller read before looking v up.
func (c *InlineCache) Store(globals, builtins *Dict, gv, bv uint64, v Value) {
	c.rec.Store(&cacheRecord{globals, builtins, gv, bv, v})
}

// CodeType is the class of code objects.
var CodeType *Type

// NLocals is the number of fast local slots.
func (c *Code) NLocals() int { return len(c.VarNames) }

// Value returns c as a Python value.
func (c *Code) Value() Value { c.typ = CodeType; return obj(c) }

// AsCode returns the *Code in v or nil.
func AsCode(v Value) *Code {
	if v.h != nil && v.h.typ == CodeType {
		return as[Code](v)
	}
	return nil
}

// Cell holds a variable shared between a function and its closures.
//
// Free-threading: a cell is one Value, read and written whole with
// loadValue and storeValue and no lock. A read racing with a write may
// see the Value torn, which is memory-safe (see Value); a lock would add
// two atomic operations to every closure variable access and order
// nothing that Python code could rely on.
type Cell struct {
	Header
	val Value
}

// CellType is the class of cells.
var CellType *Type

// NewCell returns a cell holding v (nil: empty).
func NewCell(v Value) *Cell { c := &Cell{val: v}; c.typ = CellType; return c }

// Get returns the content (nil when empty).
func (c *Cell) Get() Value { return loadValue(&c.val) }

// Set replaces the content.
func (c *Cell) Set(v Value) { storeValue(&c.val, v) }

// Value returns the cell as a Python value.
func (c *Cell) Value() Value { return obj(c) }

// AsCell returns the *Cell in v (no type check beyond the layout).
func AsCell(v Value) *Cell { return as[Cell](v) }

// Function is a Python function.
type Function struct {
	Header
	Code       *Code
	Globals    *Dict
	Builtins   *Dict
	Name       string
	Qualname   string
	Defaults   []Value
	KwDefaults *Dict
	Closure    []*Cell
	Dict       *Dict
	Doc        Value
	Module     Value
	// annotations holds __annotate__ and the cached __annotations__;
	// see annotations.go.
	annotations annotationState
}

// FunctionType is the class of Python functions.
var FunctionType *Type

// NewFunction makes a function object.
// moduleNameKey is interned once: every def and lambda, and every
// generator expression, makes a function that reads its module's name.
var moduleNameKey = sync.OnceValue(func() *Str { return Interned("__name__") })

func NewFunction(code *Code, globals, builtins *Dict) *Function {
	f := &Function{Code: code, Globals: globals, Builtins: builtins, Name: code.Name, Qualname: code.Qualname, Doc: None}
	f.typ = FunctionType
	f.Module, _ = globals.GetStr(moduleNameKey())
	if f.Module.IsNil() {
		f.Module = None
	}
	return f
}

// Value returns f as a Python value.
func (f *Function) Value() Value { return obj(f) }

// AsFunction returns the *Function in v or nil.
func AsFunction(v Value) *Function {
	if v.h != nil && v.h.typ == FunctionType {
		return as[Function](v)
	}
	return nil
}

// Method is a bound method: a callable with its receiver.
type Method struct {
	Header
	Func Value
	Self Value
}

// MethodType is the class of bound methods.
var MethodType *Type

// NewMethod binds fn to self.
func NewMethod(fn, self Value) Value {
	m := &Method{Func: fn, Self: self}
	m.typ = MethodType
	return obj(m)
}

// AsMethod returns the *Method in v or nil.
func AsMethod(v Value) *Method {
	if v.h != nil && v.h.typ == MethodType {
		return as[Method](v)
	}
	return nil
}
