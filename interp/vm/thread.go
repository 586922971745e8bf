// Package vm is weft's stackless bytecode interpreter.
//
// One eval loop runs per virtual thread. A Python-to-Python call, a
// generator resumption, a `yield from` step, a class instantiation with a
// Python __new__/__init__, a Python dunder the loop dispatches (operators,
// subscripts, attribute hooks, iteration, context managers: dunder.go) and
// the built-ins that drive Python code (sum over a generator, sorted with a
// key: objects.Builtin.Redirect) push a Frame and continue the same loop:
// they never recurse in Go, so Python recursion depth is bounded by
// sys.getrecursionlimit(), not by the goroutine's stack, and a thread's
// whole execution state is (current frame, its chain, the value stacks).
// That is what makes parking cheap: a built-in that must wait returns
// objects.ErrPark, the loop stores nothing more than the instruction
// pointer it already keeps in the frame, and Run returns to the scheduler;
// Resume later supplies the blocked call's result and Run continues.
//
// Native re-entry — Go code calling back into Python (a dict key's Python
// __hash__, a Python __lt__ inside Go's sort) — runs a nested loop on the
// same Thread, bounded by an entry frame. A park inside a nested loop
// cannot unwind the Go frames below it; per DESIGN.md such a thread is
// pinned: the scheduler blocks its goroutine instead (Thread.PinnedWait).
// Interp.Metrics counts both, and -X pinned traces each pinned park.
package vm

import (
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/stacks"
)

// Frame is the execution state of one code object activation. Its value
// slots — fast locals, then cells/free variables, then the operand stack —
// are one window of the thread's segmented value stack (generator frames
// own a heap window instead, as they outlive the call that made them).
type Frame struct {
	code     *objects.Code
	fn       *objects.Function
	globals  *objects.Dict
	builtins *objects.Dict
	locals   *objects.Dict // name-based scope (module, class body, exec)
	slots    []objects.Value
	base     int // first operand-stack slot
	sp       int // next free slot
	ip       int // next instruction
	back     *Frame
	gen      *Generator
	// entry marks the bottom frame of a (possibly nested) eval loop: its
	// return ends that loop.
	entry bool
	// initSelf is the instance whose __init__ this frame runs: the caller
	// receives it instead of __init__'s None.
	initSelf objects.Value
	// window remembers the value-stack chunk for popping.
	window windowMark
	// ret says what the caller does with this frame's result when the
	// eval loop runs a Python dunder as a frame (dunder.go); retA, retB
	// and retOp are the state that handler needs (the operands, the
	// operator and how far its candidate list got).
	ret        retKind
	retOp      int32
	retA, retB objects.Value
}

// Thread is a virtual thread's interpreter state.
type Thread struct {
	interp *Interp
	values valueStack
	frame  *Frame
	depth  int
	// framePool holds finished non-generator frames for reuse. A frame is
	// only returned here after it has been unlinked and its window
	// popped; nothing keeps a pointer to it then (tracebacks copy what
	// they need), so reuse cannot alias a live frame.
	framePool []*Frame
	// excInfo is the exception being handled (sys.exc_info()).
	excInfo *objects.Exception
	// nested counts eval loops running below the outermost one in Go.
	nested int
	// breaker is the eval-breaker flag, set by the scheduler (another
	// goroutine) to ask the thread to yield at the next backward jump or
	// call; Preempt is called when it is seen.
	breaker atomicFlag
	// Preempt is the scheduler's callback when the eval breaker fires.
	Preempt func(t *Thread)
	// parked is set while the thread waits after a built-in returned
	// ErrPark; resumeVal/resumeErr carry the wake-up result.
	parked    bool
	resumeVal objects.Value
	resumeErr error
	// PinnedWait blocks the goroutine for a park that happens inside a
	// nested (native re-entry) eval loop and returns the wake-up result.
	// Nil means pinning is not available (no scheduler).
	PinnedWait func(t *Thread) (objects.Value, error)
	// Data is scheduler-owned per-thread state.
	Data any
	// Context is the thread's current contextvars.Context (the zero Value
	// until first used; a new thread starts without one, as CPython's
	// threads start with an empty context). The contextvars module reads
	// and swaps it; only the thread itself touches it.
	Context objects.Value
	// direct is the callable the eval loop is calling through
	// objects.Call right now (see DirectCallee).
	direct objects.Value
	// hookArgs backs the argument lists of Python attribute hooks
	// (hookargs.go).
	hookArgs [3]objects.Value
	// initArgs is newInitFrame's reusable argument buffer.
	initArgs []objects.Value
}

// NewThread makes a thread of in.
func (in *Interp) NewThread() *Thread {
	return &Thread{interp: in}
}

// Interp returns the interpreter the thread belongs to.
func (t *Thread) Interp() *Interp { return t.interp }

// RequestBreak sets the eval breaker (safe from any goroutine).
func (t *Thread) RequestBreak() { t.breaker.set() }

// Parked reports whether the last Run stopped at a park.
func (t *Thread) Parked() bool { return t.parked }

// Resume supplies the result of the blocking call a parked thread waits
// on; the next Run continues from there.
func (t *Thread) Resume(v objects.Value, err error) {
	t.resumeVal, t.resumeErr = v, err
}

// Call implements objects.Ctx: calling any callable from Go. Python
// functions run in a nested eval loop on this thread.
func (t *Thread) Call(fn objects.Value, args []objects.Value, kwnames []string) (objects.Value, error) {
	if f := objects.AsFunction(fn); f != nil {
		fr, err := t.newCallFrame(f, args, kwnames)
		if err != nil {
			return objects.Value{}, err
		}
		if fr.gen != nil {
			return fr.gen.Value(), nil
		}
		return t.runNested(fr)
	}
	if m := objects.AsMethod(fn); m != nil {
		return t.Call(m.Func, append([]objects.Value{m.Self}, args...), kwnames)
	}
	return objects.Call(t, fn, args, kwnames)
}

// runNested runs fr to completion in a nested eval loop.
func (t *Thread) runNested(fr *Frame) (objects.Value, error) {
	if err := t.pushFrameNested(fr); err != nil {
		return objects.Value{}, err
	}
	fr.entry = true
	t.noteReentry()
	fr.back = t.frame
	t.frame = fr
	t.nested++
	v, err := t.eval()
	t.nested--
	return v, err
}

// Start prepares the thread to run fn(args...); Run executes it.
func (t *Thread) Start(fn objects.Value, args []objects.Value) error {
	f := objects.AsFunction(fn)
	if f == nil {
		return objects.Errorf(objects.TypeErrorType, "thread target must be a Python function")
	}
	fr, err := t.newCallFrame(f, args, nil)
	if err != nil {
		return err
	}
	fr.entry = true
	t.frame = fr
	return nil
}

// Run executes the thread until its function returns (the result), it
// raises (the error), or it parks (objects.ErrPark: call Resume, then Run
// again).
func (t *Thread) Run() (objects.Value, error) {
	if t.parked {
		t.parked = false
		fr := t.frame
		if t.resumeErr != nil {
			err := t.resumeErr
			t.resumeVal, t.resumeErr = objects.Value{}, nil
			return t.evalWithError(fr, err)
		}
		fr.slots[fr.sp] = t.resumeVal
		fr.sp++
		t.resumeVal = objects.Value{}
	}
	return t.eval()
}

// RunCode executes a module-level code object with globals as its
// namespace (locals == globals, as for a module).
func (t *Thread) RunCode(code *objects.Code, globals, locals *objects.Dict) (objects.Value, error) {
	fr := t.newFrame(code, nil, globals, locals)
	return t.runNested(fr)
}

// valueStack is the thread's segmented stack of value slots
// (stacks.FrameStack): frames take a window with push and give it back
// with pop in LIFO order. Windows never move, so a frame's slots slice
// stays valid while deeper frames come and go.
type valueStack struct {
	fs *stacks.FrameStack[objects.Value]
}

// windowMark records whether a frame's window lives on the thread's value
// stack (generator frames own theirs).
type windowMark struct{ onStack bool }

func (s *valueStack) push(n int) ([]objects.Value, windowMark) {
	if s.fs == nil {
		s.fs = stacks.NewFrameStack[objects.Value](firstValueChunk)
	}
	return s.fs.Push(n), windowMark{true}
}

func (s *valueStack) pop() { s.fs.Pop() }

// Globals returns the globals of the innermost Python frame.
func (t *Thread) Globals() *objects.Dict {
	if t.frame == nil {
		return objects.NewDict()
	}
	return t.frame.globals
}

// Locals returns locals() of the innermost Python frame: the namespace
// dict for module and class scopes, a snapshot dict for functions.
func (t *Thread) Locals() objects.Value {
	fr := t.frame
	if fr == nil {
		return objects.NewDict().Value()
	}
	if fr.locals != nil {
		return fr.locals.Value()
	}
	d := objects.NewDict()
	for i, n := range fr.code.VarNames {
		if v := fr.slots[i]; !v.IsNil() {
			d.SetStr(objects.Interned(n), v)
		}
	}
	nl := fr.code.NLocals()
	for i, n := range append(append([]string(nil), fr.code.CellVars...), fr.code.FreeVars...) {
		if v := objects.AsCell(fr.slots[nl+i]).Get(); !v.IsNil() {
			d.SetStr(objects.Interned(n), v)
		}
	}
	return d.Value()
}

// ExcInfo returns the exception being handled, or nil.
func (t *Thread) ExcInfo() *objects.Exception { return t.excInfo }

// SuperArgs returns the implicit arguments of a zero-argument super()
// called from the innermost frame: its __class__ cell and first argument.
func (t *Thread) SuperArgs() (*objects.Type, objects.Value, error) {
	fr := t.frame
	if fr == nil || fr.code.ArgCount == 0 && fr.code.Flags&objects.CodeVarArgs == 0 {
		return nil, objects.Value{}, objects.Errorf(objects.RuntimeErrorType, "super(): no arguments")
	}
	self := fr.slots[0]
	for i, n := range fr.code.CellVars {
		if n == fr.code.VarNames[0] {
			self = objects.AsCell(fr.slots[fr.code.NLocals()+i]).Get()
		}
	}
	for i, n := range fr.code.FreeVars {
		if n == "__class__" {
			c := objects.AsCell(fr.slots[fr.code.NLocals()+len(fr.code.CellVars)+i]).Get()
			if tp := objects.AsType(c); tp != nil {
				return tp, self, nil
			}
			return nil, objects.Value{}, objects.Errorf(objects.RuntimeErrorType, "super(): empty __class__ cell")
		}
	}
	return nil, objects.Value{}, objects.Errorf(objects.RuntimeErrorType, "super(): __class__ cell not found")
}
