package vm

import (
	"github.com/weftrun/weft/interp/objects"
)

// Generator is a generator object. It owns its frame (heap-allocated
// window); resuming it links that frame above the resumer's and continues
// the same eval loop.
type Generator struct {
	objects.Header
	frame    *Frame
	started  bool
	running  bool
	finished bool
	// excState is the exception the generator was handling when it last
	// suspended; resumerExc is its resumer's, restored when it suspends
	// again (genobj.go).
	excState, resumerExc *objects.Exception
}

// GeneratorType is the class of generators.
var GeneratorType = objects.NewNativeType("generator")

// initGenerator makes g, allocated with its frame fr by allocGenerator,
// the generator that owns fr.
func initGenerator(g *Generator, fr *Frame) {
	g.frame = fr
	objects.SetHeaderType(&g.Header, generatorTypeFor(fr.code))
}

// Value returns g as a Python value.
func (g *Generator) Value() objects.Value { return objects.FromHeader(&g.Header) }

func asGenerator(v objects.Value) *Generator {
	if !v.IsNil() && (v.Type() == GeneratorType || v.Type() == CoroutineType || v.Type() == AsyncGeneratorType) {
		return (*Generator)(v.Ptr())
	}
	return nil
}

// resumeGenFrame links g's frame above caller, pushing the sent value, and
// returns the frame to continue in. An exhausted generator behaves as an
// immediate return of None.
func (t *Thread) resumeGenFrame(caller *Frame, g *Generator, sent objects.Value) (*Frame, error) {
	if g.running {
		return nil, objects.Errorf(objects.ValueErrorType, "%s already executing", g.kindName())
	}
	if g.finished {
		if err := g.reuseError(); err != nil {
			return nil, err
		}
		// Deliver "exhausted" to the caller instruction directly.
		return nil, errGenExhausted
	}
	fr := g.frame
	if g.started {
		fr.slots[fr.sp] = sent
		fr.sp++
	} else if !sent.IsNone() {
		return nil, objects.Errorf(objects.TypeErrorType, "can't send non-None value to a just-started generator")
	}
	g.started, g.running = true, true
	g.enterExcState(t)
	fr.back = caller
	t.frame = fr
	return fr, nil
}

// errGenExhausted is handled by the loop's FOR_ITER/SEND as "no value".
var errGenExhausted = objects.Errorf(objects.StopIterationType, "")

// resume runs the generator from Go (next(), send(), throw()): a nested
// loop with the generator's frame as entry. done reports that it returned
// (val is the return value) rather than yielded.
func (t *Thread) resumeGen(g *Generator, sent objects.Value, throw *objects.Exception) (val objects.Value, done bool, err error) {
	if g.running {
		return objects.Value{}, false, objects.Errorf(objects.ValueErrorType, "%s already executing", g.kindName())
	}
	if g.finished {
		if err := g.reuseError(); err != nil {
			return objects.Value{}, false, err
		}
		if throw != nil {
			return objects.Value{}, false, throw
		}
		return objects.None, true, nil
	}
	fr := g.frame
	if throw != nil && !g.started {
		g.finished = true
		return objects.Value{}, false, throw
	}
	if g.started {
		if throw == nil {
			fr.slots[fr.sp] = sent
			fr.sp++
		}
	} else if !sent.IsNone() {
		return objects.Value{}, false, objects.Errorf(objects.TypeErrorType, "can't send non-None value to a just-started generator")
	}
	g.started, g.running = true, true
	g.enterExcState(t)
	fr.entry = true
	t.noteReentry()
	fr.back = t.frame
	t.frame = fr
	t.nested++
	if throw != nil {
		val, err = t.evalWithError(fr, throw)
	} else {
		val, err = t.eval()
	}
	t.nested--
	fr.entry = false
	g.running = false
	if err != nil {
		g.finished = true
		return objects.Value{}, false, err
	}
	return val, g.finished, nil
}

func stopIteration(v objects.Value) *objects.Exception {
	e := objects.NewException(objects.StopIterationType)
	if !v.IsNone() {
		e.Args = objects.NewTuple([]objects.Value{v})
	}
	e.Payload = v
	return e
}

func init() {
	GeneratorType.Iter = func(ctx objects.Ctx, v objects.Value) (objects.Value, error) { return v, nil }
	GeneratorType.Next = func(ctx objects.Ctx, v objects.Value) (objects.Value, error) {
		t := ctx.(*Thread)
		r, done, err := t.resumeGen(asGenerator(v), objects.None, nil)
		if err != nil || done {
			return objects.Value{}, err
		}
		return r, nil
	}
	GeneratorType.Repr = func(ctx objects.Ctx, v objects.Value) (string, error) {
		g := asGenerator(v)
		return "<generator object " + g.frame.code.Qualname + " at " + hexID(v) + ">", nil
	}
	GeneratorType.SetMethod("send", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
		if len(args) != 2 {
			return objects.Value{}, objects.Errorf(objects.TypeErrorType, "generator.send() takes exactly one argument (%d given)", len(args)-1)
		}
		r, done, err := ctx.(*Thread).resumeGen(asGenerator(args[0]), args[1], nil)
		if err == nil && done {
			return objects.Value{}, stopIteration(r)
		}
		return r, err
	})
	GeneratorType.SetMethod("throw", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
		if len(args) < 2 {
			return objects.Value{}, objects.Errorf(objects.TypeErrorType, "throw expected at least 1 argument, got 0")
		}
		exc, err := throwException(ctx.(*Thread), args[1:])
		if err != nil {
			return objects.Value{}, err
		}
		r, done, err := ctx.(*Thread).genThrow(asGenerator(args[0]), exc)
		if err == nil && done {
			return objects.Value{}, stopIteration(r)
		}
		return r, err
	})
	GeneratorType.SetMethod("close", func(ctx objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
		if err := ctx.(*Thread).genClose(asGenerator(args[0])); err != nil {
			return objects.Value{}, err
		}
		return objects.None, nil
	})
	GeneratorType.GetAttr = genGetAttr
	GeneratorType.GetAttrDefersMethods = true
	installAsyncTypes()
}

// GeneratorNext is next(g) for a generator: ok is false when v is not a
// generator. A finished generator raises StopIteration carrying its
// return value, which the generic iterator protocol cannot express.
func GeneratorNext(ctx objects.Ctx, v objects.Value) (r objects.Value, ok bool, err error) {
	g := asGenerator(v)
	if g == nil {
		return objects.Value{}, false, nil
	}
	r, done, err := ctx.(*Thread).resumeGen(g, objects.None, nil)
	if err == nil && done {
		return objects.Value{}, true, stopIteration(r)
	}
	return r, true, err
}
