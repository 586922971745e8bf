package vm

import "github.com/weftrun/weft/interp/objects"

// __set_name__ and __init_subclass__ as frames.
//
// When a class statement's metaclass is type itself, finishClass makes
// the class with objects.TypeNewDeferred and runs the hooks type.__new__
// owes it — each attribute's __set_name__, then the nearest base's
// __init_subclass__ — one after the other: a hook that is a Python
// function is pushed as a frame whose return handler (retClassHook)
// starts the next one; a built-in hook (property.__set_name__,
// object.__init_subclass__) is called inline, as it runs no Python code.
// After the last hook the class is pushed as the statement's value. An
// exception leaving a __set_name__ frame is wrapped by unwind in the
// RuntimeError CPython raises (ClassHook.Error).

// classHooks is the state of that sequence, kept in each hook frame's
// retA: the class, the hooks and the index of the next one.
type classHooks struct {
	objects.Header
	cls   *objects.Type
	hooks []objects.ClassHook
	next  int
}

var classHooksType = objects.NewNativeType("class_hooks")

// startClassHooks runs the hooks of cls on top of fr.
func (t *Thread) startClassHooks(fr *Frame, cls *objects.Type, hooks []objects.ClassHook) error {
	h := &classHooks{cls: cls, hooks: hooks}
	objects.SetHeaderType(&h.Header, classHooksType)
	return t.runClassHooks(fr, objects.FromHeader(&h.Header))
}

// runClassHooks runs the hooks of hv (a classHooks) from its next one
// until one is pushed as a frame, or pushes the class when none is left.
func (t *Thread) runClassHooks(fr *Frame, hv objects.Value) error {
	h := (*classHooks)(hv.Ptr())
	for h.next < len(h.hooks) {
		k := &h.hooks[h.next]
		h.next++
		f, args := pythonCallee(k.Fn, k.Args)
		if f == nil {
			if _, err := t.Call(k.Fn, k.Args, k.KwNames); err != nil {
				return k.Error(err, h.cls)
			}
			continue
		}
		nf, err := t.newCallFrame(f, args, k.KwNames)
		if err != nil {
			return k.Error(err, h.cls)
		}
		if nf.gen != nil {
			continue // a generator function ran no code; its result is dropped
		}
		nf.ret, nf.retA = retClassHook, hv
		return t.pushFrame(fr, nf)
	}
	fr.push(h.cls.Value())
	return nil
}

// classHookError is the exception unwind propagates when exc leaves the
// frame of a hook of hv (a classHooks): the hook just started.
func classHookError(hv objects.Value, exc *objects.Exception) *objects.Exception {
	h := (*classHooks)(hv.Ptr())
	if e, ok := h.hooks[h.next-1].Error(exc, h.cls).(*objects.Exception); ok {
		return e
	}
	return exc
}

// pythonCallee returns the Python function that calling fn with args
// runs, and its arguments: fn itself, or the function of a bound method
// with its receiver first. nil when fn is not Python code.
func pythonCallee(fn objects.Value, args []objects.Value) (*objects.Function, []objects.Value) {
	if f := objects.AsFunction(fn); f != nil {
		return f, args
	}
	if m := objects.AsMethod(fn); m != nil {
		if f := objects.AsFunction(m.Func); f != nil {
			return f, append([]objects.Value{m.Self}, args...)
		}
	}
	return nil, nil
}
