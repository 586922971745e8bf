package vthread

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/weftrun/weft/interp/objects"
)

// _vthreads is the Go half of the vthreads module (interp/lib/vthreads.py):
// cancel scopes on the thread's scope stack (scope.go) and the stacks of
// every thread for vthreads.dump(). Thread groups, futures, Mutex and the
// scope context managers are Python on top of it.
//
//	_init(Cancelled)        the exception class raised in cancelled scopes
//	scope(shield)           a new cancel scope (not yet on any stack)
//	push(scope), pop(scope) enter and leave a scope on the calling thread
//	stacks()                [(ident, name, state, stack text)] of every thread
//	cpu_count()             the number of CPUs

var scopeType = objects.NewNativeType("_CancelScope")

var scopeMethodsOnce sync.Once

func selfScope(v value) (*CancelScope, error) {
	if v.Type() != scopeType {
		return nil, objects.Errorf(objects.TypeErrorType, "expected a cancel scope, got '%s'", v.Type().Name)
	}
	return (*CancelScope)(v.Ptr()), nil
}

func (s *CancelScope) value() value { return objects.FromHeader(&s.Header) }

// scopeMethods fills the method table of _CancelScope (once per process:
// the type is shared by every interpreter).
func scopeMethods() {
	method := func(name string, f func(s *CancelScope, args []value) (value, error)) {
		scopeType.SetMethod(name, func(c objects.Ctx, args []value, kw []string) (value, error) {
			if len(args) == 0 || len(kw) != 0 {
				return value{}, objects.Errorf(objects.TypeErrorType, "%s() takes no keyword arguments", name)
			}
			s, err := selfScope(args[0])
			if err != nil {
				return value{}, err
			}
			return f(s, args[1:])
		})
	}
	method("cancel", func(s *CancelScope, args []value) (value, error) {
		s.Cancel()
		return objects.None, nil
	})
	method("cancelled", func(s *CancelScope, args []value) (value, error) {
		return objects.Bool(s.Cancelled()), nil
	})
	method("fired", func(s *CancelScope, args []value) (value, error) {
		return objects.Bool(s.FiredByDeadline()), nil
	})
	// set_deadline(seconds) cancels the scope that many seconds from now;
	// None removes the deadline.
	method("set_deadline", func(s *CancelScope, args []value) (value, error) {
		if len(args) != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "set_deadline() takes exactly one argument")
		}
		d, err := timeoutArg("set_deadline", args[0], false)
		if err != nil {
			return value{}, err
		}
		s.SetDeadline(d)
		return objects.None, nil
	})
}

// cancelledError makes the exception raised at a blocking call inside the
// cancelled scope s: an instance of vthreads.Cancelled whose _scope is s,
// so that the scope's exit recognises its own cancellation.
func (rt *Runtime) cancelledError(s *CancelScope) error {
	rt.cancelledMu.Lock()
	t := rt.cancelledType
	rt.cancelledMu.Unlock()
	if t == nil {
		t = objects.BaseExceptionType
	}
	e := objects.NewException(t, objects.StrValue("cancelled"))
	if e.Dict != nil {
		e.Dict.SetStr(objects.Interned("_scope"), s.value())
	}
	return e
}

// vthreadsModule builds _vthreads.
func (rt *Runtime) vthreadsModule() *objects.Module {
	scopeMethodsOnce.Do(scopeMethods)
	m := objects.NewModule("_vthreads")
	def(m, "_init", func(c objects.Ctx, args []value, kw []string) (value, error) {
		t := objects.AsType(args[0])
		if len(args) != 1 || t == nil || !t.IsSubtype(objects.BaseExceptionType) {
			return value{}, objects.Errorf(objects.TypeErrorType, "_init() takes an exception class")
		}
		rt.cancelledMu.Lock()
		rt.cancelledType = t
		rt.cancelledMu.Unlock()
		return objects.None, nil
	})
	def(m, "scope", func(c objects.Ctx, args []value, kw []string) (value, error) {
		shield := false
		if len(args) == 1 {
			var err error
			if shield, err = objects.Truth(c, args[0]); err != nil {
				return value{}, err
			}
		}
		s := NewCancelScope(shield, func(s *CancelScope) error { return rt.cancelledError(s) })
		objects.SetHeaderType(&s.Header, scopeType)
		return s.value(), nil
	})
	def(m, "push", func(c objects.Ctx, args []value, kw []string) (value, error) {
		vt := currentOf(c)
		if vt == nil {
			return value{}, objects.Errorf(objects.RuntimeErrorType, "cancel scopes need a virtual thread (no scheduler)")
		}
		if len(args) != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "push() takes exactly one argument")
		}
		s, err := selfScope(args[0])
		if err != nil {
			return value{}, err
		}
		if s.owner.Load() != nil {
			return value{}, objects.Errorf(objects.RuntimeErrorType, "cancel scope is already entered")
		}
		vt.Push(s)
		return objects.None, nil
	})
	def(m, "pop", func(c objects.Ctx, args []value, kw []string) (value, error) {
		vt := currentOf(c)
		if vt == nil || len(args) != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "pop() takes a scope, on a virtual thread")
		}
		s, err := selfScope(args[0])
		if err != nil {
			return value{}, err
		}
		return objects.Bool(vt.Pop(s)), nil
	})
	// cpu_count() is the number of CPUs, for executors' default sizes
	// (os.cpu_count() where the os module is not available).
	def(m, "cpu_count", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return objects.Int(int64(runtime.NumCPU())), nil
	})
	def(m, "stacks", func(c objects.Ctx, args []value, kw []string) (value, error) {
		var out []value
		for _, d := range rt.describeThreads(currentOf(c)) {
			out = append(out, objects.NewTuple([]value{objects.Int(d.ident), objects.StrValue(d.name),
				objects.StrValue(d.state), objects.StrValue(d.stack)}).Value())
		}
		return objects.NewList(out).Value(), nil
	})
	return m
}

// threadDescription is one thread in vthreads.dump().
type threadDescription struct {
	ident              int64
	name, state, stack string
}

// describeThreads lists every live thread, by ident, with what it is doing
// and, when it is safe to read, its Python stack.
//
// Reading another thread's frames is safe only while that thread cannot
// run: it is parked (waiting, and its step has returned — inStep false)
// and stays parked while we hold its mu, because a new step must take mu
// (endWait) before it touches its frames. A thread that is running, or
// pinned (parked inside a step, with Go frames below), is listed without
// its stack. The calling thread formats its own stack.
func (rt *Runtime) describeThreads(me *VThread) []threadDescription {
	rt.mu.Lock()
	vts := append([]*VThread(nil), rt.threads...)
	rt.mu.Unlock()
	sort.Slice(vts, func(i, j int) bool { return vts[i].Ident < vts[j].Ident })
	var out []threadDescription
	for _, vt := range vts {
		d := threadDescription{ident: vt.Ident}
		vt.mu.Lock()
		d.name = vt.Name
		switch {
		case vt == me:
			d.state = "running (this thread)"
			d.stack = vt.th.FormatStack()
		case vt.waiting && !vt.inStep.Load():
			d.state = "blocked in " + vt.what
			if vt.what == "" {
				d.state = "blocked"
			}
			d.stack = vt.th.FormatStack()
		case vt.waiting:
			d.state = "blocked (pinned) in " + vt.what
		default:
			d.state = "running"
		}
		vt.mu.Unlock()
		if d.name == "" {
			d.name = fmt.Sprintf("Thread-%d", vt.Ident)
		}
		d.stack = strings.TrimRight(d.stack, "\n")
		out = append(out, d)
	}
	return out
}
