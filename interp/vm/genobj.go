package vm

import (
	"strings"

	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
)

// This file holds the parts of the generator protocol that CPython keeps
// in genobject.c beyond plain resumption: delegation of throw() and
// close() through "yield from"/"await", the generator's own
// handled-exception state, and the gi_*/cr_*/ag_* attributes.

// yieldFrom returns the iterator g is delegating to (suspended inside
// "yield from" or "await"), or nil. A delegating frame is suspended just
// after the YIELD of a SEND; YIELD; JUMP-to-SEND loop (docs/bytecode.md),
// with the iterator on top of its stack.
func (g *Generator) yieldFrom() objects.Value {
	if !g.started || g.finished || g.running {
		return objects.Value{}
	}
	fr := g.frame
	instrs := fr.code.Instrs
	if fr.ip <= 0 || fr.ip >= len(instrs) {
		return objects.Value{}
	}
	if op, _ := compile.Decode(instrs[fr.ip-1]); op != compile.Yield {
		return objects.Value{}
	}
	op, target := compile.Decode(instrs[fr.ip])
	if op != compile.Jump || target >= len(instrs) {
		return objects.Value{}
	}
	if top, _ := compile.Decode(instrs[target]); top != compile.Send {
		return objects.Value{}
	}
	return fr.slots[fr.sp-1]
}

// leaveYieldFrom makes a delegating frame continue after its "yield from"
// loop, as if the sub-iterator had returned: the iterator is popped and
// the next resumption pushes the result where SEND would have.
func (g *Generator) leaveYieldFrom() {
	fr := g.frame
	_, send := compile.Decode(fr.code.Instrs[fr.ip])
	_, exit := compile.Decode(fr.code.Instrs[send])
	fr.sp--
	fr.slots[fr.sp] = objects.Value{}
	fr.ip = exit
}

// genThrow is g.throw(exc): when g delegates, the exception goes to the
// sub-iterator first (its own throw(), or close() for GeneratorExit); a
// StopIteration from it ends the delegation with its value, any other
// exception is raised in g at the "yield from".
func (t *Thread) genThrow(g *Generator, exc *objects.Exception) (objects.Value, bool, error) {
	if yf := g.yieldFrom(); !yf.IsNil() {
		g.running = true
		var r objects.Value
		var err error
		handled := true
		if exc.Matches(objects.GeneratorExitType) {
			err = t.closeIter(yf)
			handled = false
		} else if sub := asGenerator(yf); sub != nil {
			var done bool
			r, done, err = t.genThrow(sub, exc)
			if err == nil && done {
				err = stopIteration(r)
			}
		} else if m, merr := objects.GetAttr(t, yf, objects.Interned("throw")); merr == nil {
			r, err = t.Call(m, []objects.Value{exc.Value()}, nil)
		} else if objects.AsPyError(merr).Matches(objects.AttributeErrorType) {
			handled = false
		} else {
			err = merr
		}
		g.running = false
		switch {
		case handled && err == nil:
			return r, false, nil
		case err != nil:
			if e := objects.AsPyError(err); e.Matches(objects.StopIterationType) {
				g.leaveYieldFrom()
				return t.resumeGen(g, e.StopValue(), nil)
			}
			exc = objects.AsPyError(err)
		}
	}
	return t.resumeGen(g, objects.None, exc)
}

// closeIter closes a sub-iterator: a generator directly, anything else
// through its close() method when it has one.
func (t *Thread) closeIter(it objects.Value) error {
	if g := asGenerator(it); g != nil {
		return t.genClose(g)
	}
	m, err := objects.GetAttr(t, it, objects.Interned("close"))
	if err != nil {
		if objects.AsPyError(err).Matches(objects.AttributeErrorType) {
			return nil
		}
		return err
	}
	_, err = t.Call(m, nil, nil)
	return err
}

// genClose is g.close(): GeneratorExit is thrown in (through any
// delegation); returning or letting GeneratorExit/StopIteration out is a
// clean close, yielding again is a RuntimeError.
func (t *Thread) genClose(g *Generator) error {
	if !g.started || g.finished {
		g.finished = true
		return nil
	}
	_, done, err := t.genThrow(g, objects.NewException(objects.GeneratorExitType))
	if err != nil {
		if e := objects.AsPyError(err); e.Matches(objects.GeneratorExitType) || e.Matches(objects.StopIterationType) {
			return nil
		}
		return err
	}
	if !done {
		return objects.Errorf(objects.RuntimeErrorType, "%s ignored GeneratorExit", g.kindName())
	}
	return nil
}

// reuseError is the error for resuming a finished coroutine: unlike a
// generator, which just stays exhausted, a coroutine computes one result
// and awaiting it twice is a bug.
func (g *Generator) reuseError() error {
	if g.Type() == CoroutineType {
		return objects.Errorf(objects.RuntimeErrorType, "cannot reuse already awaited coroutine")
	}
	return nil
}

// kindName is "generator", "coroutine" or "async generator".
func (g *Generator) kindName() string {
	f := g.frame.code.Flags
	switch {
	case f&objects.CodeAsyncGenerator != 0:
		return "async generator"
	case f&objects.CodeCoroutine != 0:
		return "coroutine"
	}
	return "generator"
}

// The handled-exception state of a generator (CPython's gi_exc_state).
// While a generator runs, sys.exc_info() shows the exception it is
// handling, or else its resumer's; when it yields, its own state is
// saved and the resumer's restored, so an except block suspended by a
// yield neither leaks into the caller nor forgets its exception.
//
// enterExcState runs when g's frame is linked to run, leaveExcState when
// it is unlinked (yield, return, exception). The generator's own state is
// told apart from the resumer's by identity: a generator that handles
// the very exception object its resumer is handling is taken to have no
// state of its own, which changes nothing visible while that resumer is
// still handling it.
func (g *Generator) enterExcState(t *Thread) {
	g.resumerExc = t.excInfo
	if g.excState != nil {
		t.excInfo = g.excState
	}
}

func (g *Generator) leaveExcState(t *Thread) {
	if t.excInfo != g.resumerExc {
		g.excState = t.excInfo
	} else {
		g.excState = nil
	}
	t.excInfo = g.resumerExc
	g.resumerExc = nil
}

// genGetAttr serves the generator, coroutine and async generator
// attributes.
func genGetAttr(ctx objects.Ctx, v objects.Value, name *objects.Str) (objects.Value, error) {
	g := asGenerator(v)
	code := g.frame.code
	prefix := "gi_"
	switch g.kindName() {
	case "coroutine":
		prefix = "cr_"
	case "async generator":
		prefix = "ag_"
	}
	switch name.S {
	case "__name__":
		return objects.StrValue(code.Name), nil
	case "__qualname__":
		return objects.StrValue(code.Qualname), nil
	}
	// The state attributes are prefix + field; a name without this kind's
	// prefix (every method name) skips them without building a string.
	if field, ok := strings.CutPrefix(name.S, prefix); ok {
		switch field {
		case "running":
			return objects.Bool(g.running), nil
		case "suspended":
			return objects.Bool(g.started && !g.finished && !g.running), nil
		case "code":
			return code.Value(), nil
		case "frame":
			if g.finished {
				return objects.None, nil
			}
			f := &objects.FrameObject{Code: code, Globals: g.frame.globals, Builtins: g.frame.builtins, Lineno: frameLine(g.frame)}
			if !g.started {
				f.Lineno = code.FirstLine
			}
			f.Locals = fastLocals(g.frame)
			return objects.NewFrameObject(f), nil
		case "yieldfrom", "await":
			if !(prefix == "gi_" && field == "yieldfrom" || prefix == "cr_" && field == "await") {
				break
			}
			if yf := g.yieldFrom(); !yf.IsNil() {
				return yf, nil
			}
			return objects.None, nil
		}
	}
	return objects.GenericGetAttr(ctx, v, name)
}
