package vm

import (
	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
)

// Coroutines and async generators share the generator machinery: an
// async def's frame is a Generator whose code has CodeCoroutine (and
// CodeAsyncGenerator when it contains yield); only the Python-visible
// type and methods differ.
//
// An async generator tells its own values apart from the values its
// awaits yield to the event loop by wrapping the former (ASYNC_GEN_WRAP,
// CPython's _PyAsyncGenWrappedValue): the asend/athrow awaitables
// returned by __anext__/asend/athrow/aclose resume the generator and
// turn a wrapped value into StopIteration(value), i.e. the result of
// the await, and pass anything else through to whoever drives them.
// Awaited by a frame, an asend is resumed in the eval loop itself (see
// "Stackless asend" below); athrow/aclose and Go callers use a nested
// loop (DESIGN.md's native re-entry).

// CoroutineType and AsyncGeneratorType are the classes of the objects
// an async def returns.
var (
	CoroutineType      = objects.NewNativeType("coroutine")
	AsyncGeneratorType = objects.NewNativeType("async_generator")
	coroWrapperType    = objects.NewNativeType("coroutine_wrapper")
	asendType          = objects.NewNativeType("async_generator_asend")
	athrowType         = objects.NewNativeType("async_generator_athrow")
	wrappedValueType   = objects.NewNativeType("async_generator_wrapped_value")
)

// generatorTypeFor is the class of the generator-like object a call of
// code returns.
func generatorTypeFor(code *objects.Code) *objects.Type {
	switch {
	case code.Flags&objects.CodeAsyncGenerator != 0:
		return AsyncGeneratorType
	case code.Flags&objects.CodeCoroutine != 0:
		return CoroutineType
	}
	return GeneratorType
}

// asyncGenWrapped is an async generator's own yielded value.
type asyncGenWrapped struct {
	objects.Header
	v objects.Value
}

func wrapAsyncGenValue(v objects.Value) objects.Value {
	w := &asyncGenWrapped{v: v}
	objects.SetHeaderType(&w.Header, wrappedValueType)
	return objects.FromHeader(&w.Header)
}

func unwrapAsyncGenValue(v objects.Value) (objects.Value, bool) {
	if !v.IsNil() && v.Type() == wrappedValueType {
		return (*asyncGenWrapped)(v.Ptr()).v, true
	}
	return objects.Value{}, false
}

// coroWrapper is what coroutine.__await__() returns: an iterator over
// the coroutine (a coroutine itself is not iterable).
type coroWrapper struct {
	objects.Header
	g *Generator
}

// asyncGenOp is an in-progress asend() (throw == nil) or athrow()/aclose()
// of an async generator.
type asyncGenOp struct {
	objects.Header
	g     *Generator
	value objects.Value      // asend's value
	throw *objects.Exception // athrow's exception
	close bool               // aclose()
	state int                // opInit, opRunning, opDone
}

const (
	opInit = iota
	opRunning
	opDone
)

func newAsyncGenOp(t *objects.Type, g *Generator, v objects.Value, exc *objects.Exception, close bool) objects.Value {
	op := &asyncGenOp{g: g, value: v, throw: exc, close: close}
	objects.SetHeaderType(&op.Header, t)
	return objects.FromHeader(&op.Header)
}

func asAsyncGenOp(v objects.Value) *asyncGenOp {
	if !v.IsNil() && (v.Type() == asendType || v.Type() == athrowType) {
		return (*asyncGenOp)(v.Ptr())
	}
	return nil
}

// send resumes the operation; it returns the value to yield to the
// driver, or an error (StopIteration carrying the await's result when
// the operation is complete).
func (op *asyncGenOp) send(t *Thread, v objects.Value, exc *objects.Exception) (objects.Value, error) {
	if op.state == opDone {
		what := "asend"
		if op.Type() == athrowType {
			what = "athrow"
		}
		return objects.Value{}, objects.Errorf(objects.RuntimeErrorType, "cannot reuse already awaited __anext__()/%s()", what)
	}
	var r objects.Value
	var done bool
	var err error
	switch {
	case exc != nil:
		r, done, err = t.genThrow(op.g, exc)
	case op.state == opInit && op.throw != nil:
		if op.close && (!op.g.started || op.g.finished) {
			op.g.finished = true
			op.state = opDone
			return objects.Value{}, stopIteration(objects.None)
		}
		r, done, err = t.genThrow(op.g, op.throw)
	default:
		if op.state == opInit && v.IsNone() {
			v = op.value
		}
		r, done, err = t.resumeGen(op.g, v, nil)
	}
	op.state = opRunning
	if err != nil {
		op.state = opDone
		e := objects.AsPyError(err)
		if op.close && (e.Matches(objects.StopAsyncIterationType) || e.Matches(objects.GeneratorExitType)) {
			return objects.Value{}, stopIteration(objects.None)
		}
		return objects.Value{}, err
	}
	if done {
		op.state = opDone
		if op.close {
			return objects.Value{}, stopIteration(objects.None)
		}
		return objects.Value{}, objects.NewException(objects.StopAsyncIterationType)
	}
	if w, ok := unwrapAsyncGenValue(r); ok {
		op.state = opDone
		if op.close {
			return objects.Value{}, objects.Errorf(objects.RuntimeErrorType, "async generator ignored GeneratorExit")
		}
		return objects.Value{}, stopIteration(w)
	}
	return r, nil
}

// installAsyncTypes fills in the coroutine and async generator classes;
// generator.go's init calls it once the generator methods it reuses
// exist.
func installAsyncTypes() {
	CoroutineType.Repr = func(ctx objects.Ctx, v objects.Value) (string, error) {
		return "<coroutine object " + asGenerator(v).frame.code.Qualname + " at " + hexID(v) + ">", nil
	}
	AsyncGeneratorType.Repr = func(ctx objects.Ctx, v objects.Value) (string, error) {
		return "<async_generator object " + asGenerator(v).frame.code.Qualname + " at " + hexID(v) + ">", nil
	}
	for _, tp := range []*objects.Type{CoroutineType, AsyncGeneratorType} {
		tp.GetAttr = genGetAttr
	}
	// The VM-made iterators below end with a StopIteration carrying a
	// value, so SEND must call their __next__/send rather than the
	// value-dropping builtin iteration slot: they are marked non-builtin.
	for _, tp := range []*objects.Type{coroWrapperType, asendType, athrowType} {
		tp.Builtin = false
	}
	for _, name := range []string{"send", "throw", "close"} {
		m, _ := GeneratorType.Dict.GetStr(objects.Interned(name))
		CoroutineType.SetAttrValue(name, m)
	}
	CoroutineType.SetMethod("__await__", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
		w := &coroWrapper{g: asGenerator(args[0])}
		objects.SetHeaderType(&w.Header, coroWrapperType)
		return objects.FromHeader(&w.Header), nil
	})
	self := func(ctx objects.Ctx, v objects.Value) (objects.Value, error) { return v, nil }
	coroWrapperType.Iter = self
	wrapped := func(v objects.Value) objects.Value { return (*coroWrapper)(v.Ptr()).g.Value() }
	coroWrapperType.SetMethod("__iter__", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
		return args[0], nil
	})
	coroWrapperType.Next = func(ctx objects.Ctx, v objects.Value) (objects.Value, error) {
		r, done, err := ctx.(*Thread).resumeGen(asGenerator(wrapped(v)), objects.None, nil)
		if err == nil && done {
			return objects.Value{}, stopIteration(r)
		}
		return r, err
	}
	coroWrapperType.SetMethod("__next__", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
		return coroWrapperType.Next(ctx, args[0])
	})
	for _, name := range []string{"send", "throw", "close"} {
		m, _ := GeneratorType.Dict.GetStr(objects.Interned(name))
		fn := objects.AsBuiltin(m).Fn
		coroWrapperType.SetMethod(name, func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
			a := append([]objects.Value{wrapped(args[0])}, args[1:]...)
			return fn(ctx, a, kw)
		})
	}

	agen := func(v objects.Value) *Generator { return asGenerator(v) }
	AsyncGeneratorType.SetMethod("__aiter__", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
		return args[0], nil
	})
	AsyncGeneratorType.SetMethod("__anext__", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
		return newAsyncGenOp(asendType, agen(args[0]), objects.None, nil, false), nil
	})
	AsyncGeneratorType.SetMethod("asend", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
		if len(args) != 2 {
			return objects.Value{}, objects.Errorf(objects.TypeErrorType, "async_generator.asend() takes exactly one argument (%d given)", len(args)-1)
		}
		return newAsyncGenOp(asendType, agen(args[0]), args[1], nil, false), nil
	})
	AsyncGeneratorType.SetMethod("athrow", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
		if len(args) < 2 {
			return objects.Value{}, objects.Errorf(objects.TypeErrorType, "athrow expected at least 1 argument, got 0")
		}
		exc, err := throwException(ctx.(*Thread), args[1:])
		if err != nil {
			return objects.Value{}, err
		}
		return newAsyncGenOp(athrowType, agen(args[0]), objects.None, exc, false), nil
	})
	AsyncGeneratorType.SetMethod("aclose", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
		return newAsyncGenOp(athrowType, agen(args[0]), objects.None, objects.NewException(objects.GeneratorExitType), true), nil
	})
	for _, tp := range []*objects.Type{asendType, athrowType} {
		tp.Iter = self
		tp.Next = func(ctx objects.Ctx, v objects.Value) (objects.Value, error) {
			return asAsyncGenOp(v).send(ctx.(*Thread), objects.None, nil)
		}
		tp.SetMethod("__await__", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
			return args[0], nil
		})
		tp.SetMethod("__iter__", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
			return args[0], nil
		})
		tp.SetMethod("__next__", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
			return asAsyncGenOp(args[0]).send(ctx.(*Thread), objects.None, nil)
		})
		tp.SetMethod("send", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
			if len(args) != 2 {
				return objects.Value{}, objects.Errorf(objects.TypeErrorType, "send() takes exactly one argument (%d given)", len(args)-1)
			}
			return asAsyncGenOp(args[0]).send(ctx.(*Thread), args[1], nil)
		})
		tp.SetMethod("throw", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
			if len(args) < 2 {
				return objects.Value{}, objects.Errorf(objects.TypeErrorType, "throw expected at least 1 argument, got 0")
			}
			exc, err := throwException(ctx.(*Thread), args[1:])
			if err != nil {
				return objects.Value{}, err
			}
			return asAsyncGenOp(args[0]).send(ctx.(*Thread), objects.None, exc)
		})
		tp.SetMethod("close", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
			asAsyncGenOp(args[0]).state = opDone
			return objects.None, nil
		})
	}
}

// execAsyncOp runs the opcodes of async for, async with, async
// generators and await outside coroutines.
func (t *Thread) execAsyncOp(fr *Frame, op compile.Op, arg int) error {
	slots := fr.slots
	sp := fr.sp
	switch op {
	case compile.GetAIter:
		o := slots[sp-1]
		m, ok := o.Type().LookupString("__aiter__")
		if !ok {
			return objects.Errorf(objects.TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", o.Type().Name)
		}
		it, err := t.Call(m, []objects.Value{o}, nil)
		if err != nil {
			return err
		}
		if _, ok := it.Type().LookupString("__anext__"); !ok {
			return objects.Errorf(objects.TypeErrorType, "'async for' received an object from __aiter__ that does not implement __anext__: %s", it.Type().Name)
		}
		slots[sp-1] = it
	case compile.GetANext:
		ait := slots[sp-1]
		m, ok := ait.Type().LookupString("__anext__")
		if !ok {
			return objects.Errorf(objects.TypeErrorType, "'async for' requires an iterator with __anext__ method, got %s", ait.Type().Name)
		}
		aw, err := t.Call(m, []objects.Value{ait}, nil)
		if err != nil {
			return err
		}
		if _, err := getAwaitable(t, aw); err != nil {
			return objects.Errorf(objects.TypeErrorType, "'async for' received an invalid object from __anext__: %s", aw.Type().Name)
		}
		slots[sp] = aw
		fr.sp++
	case compile.EndAsyncFor:
		exc := objects.AsException(slots[sp-1])
		if !exc.Matches(objects.StopAsyncIterationType) {
			return errReraise{exc}
		}
		slots[sp-1], slots[sp-2] = objects.Value{}, objects.Value{}
		fr.sp -= 2
		// The handler pushed the exception as the one being handled only
		// on the operand stack; StopAsyncIteration ends the loop quietly.
	case compile.BeforeAsyncWith:
		cm := slots[sp-1]
		enter, ok := cm.Type().LookupString("__aenter__")
		exit, ok2 := cm.Type().LookupString("__aexit__")
		if !ok || !ok2 {
			return objects.Errorf(objects.TypeErrorType, "'%s' object does not support the asynchronous context manager protocol", cm.Type().Name)
		}
		bound, err := bind(t, exit, cm)
		if err != nil {
			return err
		}
		enterB, err := bind(t, enter, cm)
		if err != nil {
			return err
		}
		r, err := t.Call(enterB, nil, nil)
		if err != nil {
			return err
		}
		slots[sp-1] = bound
		slots[sp] = r
		fr.sp++
	case compile.AsyncWithExit:
		if arg == 0 {
			r, err := t.Call(slots[sp-1], []objects.Value{objects.None, objects.None, objects.None}, nil)
			if err != nil {
				return err
			}
			slots[sp-1] = r
			return nil
		}
		exc := objects.AsException(slots[sp-1])
		tb := objects.TracebackValue(exc.Traceback)
		r, err := t.Call(slots[sp-3], []objects.Value{exc.Type().Value(), exc.Value(), tb}, nil)
		if err != nil {
			return err
		}
		slots[sp] = r
		fr.sp++
	case compile.AsyncGenWrap:
		slots[sp-1] = wrapAsyncGenValue(slots[sp-1])
	case compile.AwaitSync:
		if r := slots[sp-1]; !r.IsNone() {
			return objects.Errorf(objects.RuntimeErrorType, "await outside a coroutine cannot wait for %s: no scheduler is running on this thread", r.Type().Name)
		}
	default:
		return objects.Errorf(objects.SystemErrorType, "unknown opcode %d", op)
	}
	return nil
}

// Stackless asend: "await agen.__anext__()" (and so "async for") in a
// frame links the async generator's frame above the awaiting one, as
// SEND does for a coroutine, instead of resuming it from Go. The
// generator's own (wrapped) yield then ends the SEND with the unwrapped
// value (asendYielded), a value its awaits yield passes outward as for
// any await, and its return ends the SEND with StopAsyncIteration
// (asendFinished). athrow/aclose and a driver calling send() from Go
// keep the nested path of asyncGenOp.send.

// stackless reports whether SEND may resume op's generator in the loop.
func (op *asyncGenOp) stackless() bool {
	return op.Type() == asendType && op.state != opDone && !op.g.running
}

// resumeAsend links op's generator frame above caller with the value the
// asend delivers (its own value on the first resumption).
func (t *Thread) resumeAsend(caller *Frame, op *asyncGenOp, v objects.Value) (*Frame, error) {
	if op.state == opInit && v.IsNone() {
		v = op.value
	}
	op.state = opRunning
	nf, err := t.resumeGenFrame(caller, op.g, v)
	if err == errGenExhausted {
		op.state = opDone
		return nil, objects.NewException(objects.StopAsyncIterationType)
	}
	if err != nil {
		op.state = opDone
	}
	return nf, err
}

// asendYielded handles a value an async generator frame yielded into
// the SEND of an asend in its resumer (slots/sp/ip are the resumer's):
// its own wrapped value completes the asend, leaving the value as the
// await's result and jumping to the SEND's exit.
func asendYielded(slots []objects.Value, sp int, instrs []uint32, ip *int, r objects.Value) bool {
	w, ok := unwrapAsyncGenValue(r)
	if !ok {
		return false
	}
	op, arg := compile.Decode(instrs[*ip-1])
	if op != compile.Send {
		return false
	}
	if a := asAsyncGenOp(slots[sp-1]); a != nil {
		a.state = opDone
	}
	slots[sp-1] = w
	*ip = arg
	return true
}

// asendFinished marks an asend whose generator returned inside SEND.
func asendFinished(it objects.Value) bool {
	if a := asAsyncGenOp(it); a != nil {
		a.state = opDone
		return true
	}
	return false
}
