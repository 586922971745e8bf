package objects

import "strconv"

// Frame and traceback objects as Python code sees them (sys._getframe,
// exc.__traceback__, types.FrameType / TracebackType), and the co_*
// attributes of code objects.
//
// The interpreter's own frames (vm.Frame) are recycled as soon as a call
// returns, so a Python-visible frame cannot point at one. A FrameObject is
// instead a snapshot taken when it is asked for: the code, the globals
// (the live module dict, which is what warnings and namedtuple read), the
// line being executed then, and the caller's snapshot. Locals are copied
// at that moment too, like CPython's f_locals outside a trace function.

// FrameObject is a snapshot of an executing frame.
type FrameObject struct {
	Header
	Code     *Code
	Globals  *Dict
	Builtins *Dict
	Locals   Value // a dict, or nil when not captured
	Lineno   int
	Back     *FrameObject
}

// TracebackObject is one entry of exc.__traceback__: the frame the
// exception passed and the line it was at, linked inwards by tb_next.
type TracebackObject struct {
	Header
	tb *Traceback
}

// FrameType and TracebackType are the classes of frame and traceback
// objects.
var FrameType, TracebackType *Type

// NewFrameObject returns f as a Python value.
func NewFrameObject(f *FrameObject) Value {
	f.typ = FrameType
	return obj(f)
}

// TracebackValue returns the Python traceback object for tb (None for
// nil).
func TracebackValue(tb *Traceback) Value {
	if tb == nil {
		return None
	}
	o := &TracebackObject{tb: tb}
	o.typ = TracebackType
	return obj(o)
}

func initFrames() {
	FrameType = newBuiltinType("frame", nil)
	TracebackType = newBuiltinType("traceback", nil)
	FrameType.GetAttr = func(ctx Ctx, v Value, name *Str) (Value, error) {
		f := as[FrameObject](v)
		switch name.S {
		case "f_code":
			return f.Code.Value(), nil
		case "f_globals":
			return f.Globals.Value(), nil
		case "f_builtins":
			if f.Builtins == nil {
				return NewDict().Value(), nil
			}
			return f.Builtins.Value(), nil
		case "f_locals":
			if f.Locals.IsNil() {
				return NewDict().Value(), nil
			}
			return f.Locals, nil
		case "f_lineno":
			return Int(int64(f.Lineno)), nil
		case "f_lasti":
			return Int(0), nil
		case "f_back":
			if f.Back == nil {
				return None, nil
			}
			return NewFrameObject(f.Back), nil
		case "f_trace":
			return None, nil
		}
		return GenericGetAttr(ctx, v, name)
	}
	FrameType.Repr = func(ctx Ctx, v Value) (string, error) {
		f := as[FrameObject](v)
		return "<frame at " + hexID(v) + ", file '" + f.Code.Filename + "', line " + strconv.Itoa(f.Lineno) + ", code " + f.Code.Name + ">", nil
	}
	TracebackType.GetAttr = func(ctx Ctx, v Value, name *Str) (Value, error) {
		tb := as[TracebackObject](v).tb
		switch name.S {
		case "tb_next":
			return TracebackValue(tb.Next), nil
		case "tb_lineno":
			return Int(int64(tb.Line)), nil
		case "tb_lasti":
			return Int(0), nil
		case "tb_frame":
			code := tb.Code
			if code == nil {
				code = &Code{Name: tb.Name, Filename: tb.Filename}
			}
			globals := tb.Globals
			if globals == nil {
				globals = NewDict()
			}
			return NewFrameObject(&FrameObject{Code: code, Globals: globals, Lineno: tb.Line}), nil
		}
		return GenericGetAttr(ctx, v, name)
	}
	CodeType.GetAttr = func(ctx Ctx, v Value, name *Str) (Value, error) {
		c := as[Code](v)
		strs := func(s []string) Value {
			items := make([]Value, len(s))
			for i, x := range s {
				items[i] = StrValue(x)
			}
			return NewTuple(items).Value()
		}
		switch name.S {
		case "co_name":
			return StrValue(c.Name), nil
		case "co_qualname":
			return StrValue(c.Qualname), nil
		case "co_filename":
			return StrValue(c.Filename), nil
		case "co_firstlineno":
			return Int(int64(c.FirstLine)), nil
		case "co_argcount":
			return Int(int64(c.ArgCount)), nil
		case "co_posonlyargcount":
			return Int(int64(c.PosOnlyCount)), nil
		case "co_kwonlyargcount":
			return Int(int64(c.KwOnlyCount)), nil
		case "co_nlocals":
			return Int(int64(len(c.VarNames))), nil
		case "co_varnames":
			return strs(c.VarNames), nil
		case "co_cellvars":
			return strs(c.CellVars), nil
		case "co_freevars":
			return strs(c.FreeVars), nil
		case "co_flags":
			return Int(int64(cpythonCodeFlags(c.Flags))), nil
		}
		return GenericGetAttr(ctx, v, name)
	}
}

// cpythonCodeFlags translates weft's code flags to the CO_* values that
// inspect and asyncio test (CO_VARARGS, CO_VARKEYWORDS, CO_NESTED,
// CO_GENERATOR, CO_COROUTINE); a plain function also has CO_OPTIMIZED |
// CO_NEWLOCALS.
func cpythonCodeFlags(f int) int {
	r := 0
	if f&CodeModule == 0 {
		r |= 0x01 | 0x02
	}
	for _, m := range [...]struct{ weft, co int }{{CodeVarArgs, 0x04}, {CodeVarKeywords, 0x08}, {CodeNested, 0x10}} {
		if f&m.weft != 0 {
			r |= m.co
		}
	}
	switch {
	case f&CodeAsyncGenerator != 0:
		r |= 0x200
	case f&CodeCoroutine != 0:
		r |= 0x80
	case f&CodeGenerator != 0:
		r |= 0x20
	}
	return r
}
