package objects

import (
	"fmt"
	"sort"
	"strings"
)

// Exception is an instance of BaseException or a subclass. It implements
// Go's error interface, so Go code propagates Python exceptions as ordinary
// errors: every (Value, error) in weft carries an *Exception.
type Exception struct {
	Header
	Args            *Tuple
	Traceback       *Traceback
	Cause           *Exception
	Context         *Exception
	SuppressContext bool
	Dict            *Dict
	// Candidates lists, for NameError and AttributeError, the names a
	// "Did you mean" suggestion is chosen from, in CPython's search order
	// (each inner slice is searched only if the previous gave nothing).
	Candidates func() [][]string
	// Payload is StopIteration.value and SystemExit.code (nil: derived from
	// Args).
	Payload Value
}

// Traceback is one level of a traceback, innermost last as Python prints
// it. Code is the code object's name/filename holder; the VM fills it.
type Traceback struct {
	Next     *Traceback
	Filename string
	Name     string
	Line     int
	EndLine  int
	Col      int // 0-based byte columns; -1 when unknown
	EndCol   int
	// Anchor refines the caret line for binary operators and subscripts:
	// the operator's column range within the expression (-1 when none).
	AnchorCol, AnchorEnd int
	// Code and Globals identify the frame, for tb_frame.
	Code    *Code
	Globals *Dict
}

// Error implements error with "TypeName: message".
func (e *Exception) Error() string {
	s := ExceptionString(e)
	if s == "" {
		return e.typ.Name
	}
	return e.typ.Name + ": " + s
}

// Value returns e as a Python value.
func (e *Exception) Value() Value { return obj(e) }

// AsException returns the *Exception in v, or nil.
func AsException(v Value) *Exception {
	if v.h != nil && v.h.typ.Layout == BaseExceptionType {
		return as[Exception](v)
	}
	return nil
}

// ExceptionString is str(e) for built-in exception layouts.
func ExceptionString(e *Exception) string {
	if e.Args == nil || len(e.Args.Items) == 0 {
		return ""
	}
	if e.typ.IsSubtype(KeyErrorType) && len(e.Args.Items) == 1 {
		r, err := Repr(nil, e.Args.Items[0])
		if err == nil {
			return r
		}
	}
	if len(e.Args.Items) == 1 {
		s, err := ToStr(nil, e.Args.Items[0])
		if err == nil {
			return s
		}
		return "<exception str() failed>"
	}
	r, _ := Repr(nil, e.Args.Value())
	return r
}

// NewException makes an exception of type t with args.
func NewException(t *Type, args ...Value) *Exception {
	e := &Exception{Args: NewTuple(append([]Value(nil), args...))}
	e.typ = t
	if t.HasDict {
		e.Dict = NewDict()
	}
	return e
}

// Errorf makes an exception of type t with a formatted message.
func Errorf(t *Type, format string, a ...any) *Exception {
	return NewException(t, StrValue(fmt.Sprintf(format, a...)))
}

// AsPyError converts any Go error to an *Exception: Python exceptions pass
// through, anything else is a SystemError (an interpreter bug).
func AsPyError(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return Errorf(SystemErrorType, "%v", err)
}

// Matches reports whether the exception's class derives from t.
func (e *Exception) Matches(t *Type) bool { return e.typ.IsSubtype(t) }

// The built-in exception classes.
var (
	BaseExceptionType, ExceptionType, SystemExitType, KeyboardInterruptType, GeneratorExitType *Type
	StopIterationType, ArithmeticErrorType, ZeroDivisionErrorType, OverflowErrorType           *Type
	AssertionErrorType, AttributeErrorType, LookupErrorType, IndexErrorType, KeyErrorType      *Type
	NameErrorType, UnboundLocalErrorType, TypeErrorType, ValueErrorType, RuntimeErrorType      *Type
	RecursionErrorType, NotImplementedErrorType, ImportErrorType, ModuleNotFoundErrorType      *Type
	OSErrorType, FileNotFoundErrorType, EOFErrorType, SystemErrorType, MemoryErrorType         *Type
	UnicodeErrorType, UnicodeDecodeErrorType, UnicodeEncodeErrorType, SyntaxErrorType          *Type
	IndentationErrorType, FloatingPointErrorType, StopAsyncIterationType, WarningType          *Type
	PermissionErrorType, FileExistsErrorType, IsADirectoryErrorType, TimeoutErrorType          *Type
	UserWarningType, DeprecationWarningType, RuntimeWarningType, BufferErrorType, TabErrorType *Type
	NotADirectoryErrorType, ConnectionErrorType, BrokenPipeErrorType, InterruptedErrorType     *Type
)

// ExceptionTypes lists the built-in exception classes for the builtins
// module.
var ExceptionTypes []*Type

func newExcType(name string, base *Type) *Type {
	t := newBuiltinType(name, base)
	t.Layout = BaseExceptionType
	if base != nil {
		t.Layout = base.Layout
	}
	t.HasDict = true
	ExceptionTypes = append(ExceptionTypes, t)
	return t
}

func initExceptions() {
	BaseExceptionType = newBuiltinType("BaseException", nil)
	BaseExceptionType.Layout = BaseExceptionType
	BaseExceptionType.HasDict = true
	ExceptionTypes = append(ExceptionTypes, BaseExceptionType)
	BaseExceptionType.New = func(ctx Ctx, t *Type, args []Value, kw []string) (Value, error) {
		e := NewException(t, args[:len(args)-len(kw)]...)
		return e.Value(), nil
	}
	BaseExceptionType.Init = func(ctx Ctx, self Value, args []Value, kw []string) error {
		if e := AsException(self); e != nil && len(kw) == 0 {
			e.Args = NewTuple(append([]Value(nil), args...))
		}
		return nil
	}
	BaseExceptionType.Repr = func(ctx Ctx, v Value) (string, error) {
		e := as[Exception](v)
		if e.Args == nil || len(e.Args.Items) != 1 {
			r, err := Repr(ctx, e.Args.Value())
			if len(e.Args.Items) == 0 {
				r = "()"
			}
			return e.typ.Name + r, err
		}
		r, err := Repr(ctx, e.Args.Items[0])
		return e.typ.Name + "(" + r + ")", err
	}
	BaseExceptionType.Str = func(ctx Ctx, v Value) (string, error) { return ExceptionString(as[Exception](v)), nil }
	BaseExceptionType.GetAttr = excGetAttr
	BaseExceptionType.GetAttrDefersMethods = true
	BaseExceptionType.SetAttr = excSetAttr
	E := newExcType
	SystemExitType = E("SystemExit", BaseExceptionType)
	KeyboardInterruptType = E("KeyboardInterrupt", BaseExceptionType)
	GeneratorExitType = E("GeneratorExit", BaseExceptionType)
	ExceptionType = E("Exception", BaseExceptionType)
	StopIterationType = E("StopIteration", ExceptionType)
	StopAsyncIterationType = E("StopAsyncIteration", ExceptionType)
	ArithmeticErrorType = E("ArithmeticError", ExceptionType)
	FloatingPointErrorType = E("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType = E("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType = E("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType = E("AssertionError", ExceptionType)
	AttributeErrorType = E("AttributeError", ExceptionType)
	BufferErrorType = E("BufferError", ExceptionType)
	EOFErrorType = E("EOFError", ExceptionType)
	ImportErrorType = E("ImportError", ExceptionType)
	ModuleNotFoundErrorType = E("ModuleNotFoundError", ImportErrorType)
	LookupErrorType = E("LookupError", ExceptionType)
	IndexErrorType = E("IndexError", LookupErrorType)
	KeyErrorType = E("KeyError", LookupErrorType)
	MemoryErrorType = E("MemoryError", ExceptionType)
	NameErrorType = E("NameError", ExceptionType)
	UnboundLocalErrorType = E("UnboundLocalError", NameErrorType)
	OSErrorType = E("OSError", ExceptionType)
	ConnectionErrorType = E("ConnectionError", OSErrorType)
	BrokenPipeErrorType = E("BrokenPipeError", ConnectionErrorType)
	FileExistsErrorType = E("FileExistsError", OSErrorType)
	FileNotFoundErrorType = E("FileNotFoundError", OSErrorType)
	InterruptedErrorType = E("InterruptedError", OSErrorType)
	IsADirectoryErrorType = E("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType = E("NotADirectoryError", OSErrorType)
	PermissionErrorType = E("PermissionError", OSErrorType)
	TimeoutErrorType = E("TimeoutError", OSErrorType)
	RuntimeErrorType = E("RuntimeError", ExceptionType)
	NotImplementedErrorType = E("NotImplementedError", RuntimeErrorType)
	RecursionErrorType = E("RecursionError", RuntimeErrorType)
	SyntaxErrorType = E("SyntaxError", ExceptionType)
	IndentationErrorType = E("IndentationError", SyntaxErrorType)
	TabErrorType = E("TabError", IndentationErrorType)
	for _, t := range []*Type{SyntaxErrorType, IndentationErrorType, TabErrorType} {
		t.Str = syntaxErrorStr
	}
	SystemErrorType = E("SystemError", ExceptionType)
	TypeErrorType = E("TypeError", ExceptionType)
	ValueErrorType = E("ValueError", ExceptionType)
	UnicodeErrorType = E("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType = E("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType = E("UnicodeEncodeError", UnicodeErrorType)
	WarningType = E("Warning", ExceptionType)
	UserWarningType = E("UserWarning", WarningType)
	DeprecationWarningType = E("DeprecationWarning", WarningType)
	RuntimeWarningType = E("RuntimeWarning", WarningType)
	// The remaining warning categories are raised only by Python code
	// (the warnings module and its users), so they need no Go names.
	for _, n := range [...]string{"PendingDeprecationWarning", "SyntaxWarning", "FutureWarning",
		"ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"} {
		E(n, WarningType)
	}
}

func excGetAttr(ctx Ctx, v Value, name *Str) (Value, error) {
	e := as[Exception](v)
	if r, ok := importErrorAttr(e, name.S); ok {
		return r, nil
	}
	switch name.S {
	case "args":
		return e.Args.Value(), nil
	case "__cause__":
		return excOrNone(e.Cause), nil
	case "__context__":
		return excOrNone(e.Context), nil
	case "__suppress_context__":
		return Bool(e.SuppressContext), nil
	case "__traceback__":
		return TracebackValue(e.Traceback), nil
	case "value":
		if e.typ.IsSubtype(StopIterationType) {
			return e.StopValue(), nil
		}
	case "code":
		if e.typ.IsSubtype(SystemExitType) {
			return e.StopValue(), nil
		}
	}
	return GenericGetAttr(ctx, v, name)
}

// StopValue is StopIteration.value / SystemExit.code: the explicit value,
// else args[0], else None.
func (e *Exception) StopValue() Value {
	if !e.Payload.IsNil() {
		return e.Payload
	}
	if e.Args != nil && len(e.Args.Items) > 0 {
		if len(e.Args.Items) > 1 && e.typ.IsSubtype(SystemExitType) {
			// SystemExit(1, 2).code is the whole argument tuple.
			return e.Args.Value()
		}
		return e.Args.Items[0]
	}
	return None
}

func excOrNone(e *Exception) Value {
	if e == nil {
		return None
	}
	return e.Value()
}

func excSetAttr(ctx Ctx, v Value, name *Str, val Value) error {
	e := as[Exception](v)
	switch name.S {
	case "__cause__":
		e.Cause = AsException(val)
		e.SuppressContext = true
		return nil
	case "__context__":
		e.Context = AsException(val)
		return nil
	case "args":
		items, err := ToSlice(ctx, val)
		if err != nil {
			return err
		}
		e.Args = NewTuple(items)
		return nil
	}
	return GenericSetAttr(ctx, v, name, val)
}

// joinReprs is a helper for container reprs.
func joinReprs(ctx Ctx, items []Value, open, close string) (string, error) {
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(ctx, it)
		if err != nil {
			return "", err
		}
		b.WriteString(r)
	}
	b.WriteString(close)
	return b.String(), nil
}

// attrError is the AttributeError for v.name, with the name and object
// attributes CPython sets and the candidates for "Did you mean".
func attrError(v Value, name *Str) error {
	e := attrErrorPlain(v, name)
	e.Dict.SetStr(Interned("name"), name.Value())
	e.Dict.SetStr(Interned("obj"), v)
	e.Candidates = func() [][]string { return [][]string{dirNames(v)} }
	return e
}

// dirNames is sorted(dir(v)), the candidates for attribute suggestions.
func dirNames(v Value) []string {
	seen := map[string]bool{}
	var out []string
	add := func(d *Dict) {
		if d == nil {
			return
		}
		for _, k := range d.Keys() {
			if s := AsStr(k); s != nil && !seen[s.S] {
				seen[s.S] = true
				out = append(out, s.S)
			}
		}
	}
	add(InstanceDict(v))
	if AsModule(v) == nil {
		t := AsType(v)
		if t == nil {
			t = v.Type()
		}
		for _, c := range t.MRO {
			add(c.Dict)
		}
	}
	sort.Strings(out)
	return out
}

// syntaxErrorStr is str() of a SyntaxError: its message followed by where
// it happened, "msg (file.py, line 3)" — the file's base name only, as
// CPython's SyntaxError_str prints it.
func syntaxErrorStr(ctx Ctx, v Value) (string, error) {
	e := as[Exception](v)
	if e.Dict == nil {
		return ExceptionString(e), nil
	}
	msg := ExceptionString(e)
	if m, ok := e.Dict.GetStr(Interned("msg")); ok {
		s, err := ToStr(ctx, m)
		if err != nil {
			return "", err
		}
		msg = s
	}
	var file string
	if f, ok := e.Dict.GetStr(Interned("filename")); ok {
		if fs := AsStr(f); fs != nil {
			file = fs.S
			if i := strings.LastIndexByte(file, '/'); i >= 0 {
				file = file[i+1:]
			}
		}
	}
	line, haveLine := int64(0), false
	if l, ok := e.Dict.GetStr(Interned("lineno")); ok && l.IsSmallInt() {
		line, haveLine = l.SmallInt(), true
	}
	switch {
	case file != "" && haveLine:
		return fmt.Sprintf("%s (%s, line %d)", msg, file, line), nil
	case file != "":
		return fmt.Sprintf("%s (%s)", msg, file), nil
	case haveLine:
		return fmt.Sprintf("%s (line %d)", msg, line), nil
	}
	return msg, nil
}
