package vthread

import (
	"fmt"
	"sync"
	"time"

	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
	"github.com/weftrun/weft/sched"
)

type value = objects.Value

// currentOf returns the virtual thread behind a built-in's context, or nil.
func currentOf(c objects.Ctx) *VThread {
	if th, ok := c.(*vm.Thread); ok {
		return Current(th)
	}
	return nil
}

// install makes _thread importable and replaces time.sleep by one that
// parks the calling virtual thread.
func install(rt *Runtime) {
	in := rt.in
	in.NativeModules["_thread"] = func(in *vm.Interp) (*objects.Module, error) { return rt.threadModule(), nil }
	in.NativeModules["_vthreads"] = func(in *vm.Interp) (*objects.Module, error) { return rt.vthreadsModule(), nil }
	if orig := in.NativeModules["time"]; orig != nil {
		in.NativeModules["time"] = func(in *vm.Interp) (*objects.Module, error) {
			m, err := orig(in)
			if err != nil {
				return nil, err
			}
			def(m, "sleep", sleep)
			return m, nil
		}
	}
}

func def(m *objects.Module, name string, f objects.BuiltinFn) {
	b := objects.NewBuiltin(name, f, nil)
	b.Module = m.Name()
	m.Dict.SetStr(objects.Interned(name), b.Value())
}

// sleep is time.sleep: it parks the virtual thread on a scheduler timer.
// sleep(0) yields the carrier to the other runnable threads.
func sleep(c objects.Ctx, args []value, kw []string) (value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return value{}, objects.Errorf(objects.TypeErrorType, "sleep() takes exactly one argument (%d given)", len(args))
	}
	f, ok, err := objects.ToFloat(args[0])
	if err != nil || !ok {
		return value{}, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
	}
	if f < 0 {
		return value{}, objects.Errorf(objects.ValueErrorType, "sleep length must be non-negative")
	}
	if f > timeoutMax {
		return value{}, objects.Errorf(objects.OverflowErrorType, "sleep length is too large")
	}
	d := time.Duration(f * float64(time.Second))
	vt := currentOf(c)
	if vt == nil {
		time.Sleep(d)
		return objects.None, nil
	}
	direct := calledDirectly(c, "sleep")
	if d == 0 {
		if err := vt.checkpoint(); err != nil {
			return value{}, err
		}
		return settle(c, value{}, vt.Yield(), direct)
	}
	return settle(c, value{}, vt.Park("time.sleep", d, nil, nil), direct)
}

// args parses a built-in's arguments by position and keyword into names'
// slots (unset slots stay nil).
func parse(fname string, args []value, kw []string, names ...string) ([]value, error) {
	out := make([]value, len(names))
	npos := len(args) - len(kw)
	if npos > len(names) {
		return nil, objects.Errorf(objects.TypeErrorType, "%s() takes at most %d arguments (%d given)", fname, len(names), npos)
	}
	copy(out, args[:npos])
	for i, k := range kw {
		found := false
		for j, n := range names {
			if n == k {
				if !out[j].IsNil() {
					return nil, objects.Errorf(objects.TypeErrorType, "%s() got multiple values for argument '%s'", fname, k)
				}
				out[j] = args[npos+i]
				found = true
			}
		}
		if !found {
			return nil, objects.Errorf(objects.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	return out, nil
}

func selfLock(fname string, v value) (*lockObj, error) {
	if t := v.Type(); t != lockType && t != rlockType {
		return nil, objects.Errorf(objects.TypeErrorType, "descriptor '%s' requires a lock object", fname)
	}
	return (*lockObj)(v.Ptr()), nil
}

var lockMethodsOnce sync.Once

// lockMethods fills the method tables of lock and RLock (once per
// process: the types are shared by every interpreter).
func lockMethods() {
	acquire := func(c objects.Ctx, args []value, kw []string) (value, error) {
		direct := calledDirectly(c, "acquire", "__enter__", "acquire_lock")
		if len(args) == 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "acquire() needs a lock")
		}
		l, err := selfLock("acquire", args[0])
		if err != nil {
			return value{}, err
		}
		a, err := parse("acquire", args[1:], kw, "blocking", "timeout")
		if err != nil {
			return value{}, err
		}
		blocking := true
		if !a[0].IsNil() {
			if blocking, err = objects.Truth(c, a[0]); err != nil {
				return value{}, err
			}
		}
		timeout, err := timeoutArg("acquire", a[1], true)
		if err != nil {
			return value{}, err
		}
		if !blocking && timeout >= 0 && !a[1].IsNil() {
			return value{}, objects.Errorf(objects.ValueErrorType, "can't specify a timeout for a non-blocking call")
		}
		v, err := l.acquire(c, blocking, timeout)
		return settle(c, v, err, direct)
	}
	release := func(c objects.Ctx, args []value, kw []string) (value, error) {
		l, err := selfLock("release", args[0])
		if err != nil {
			return value{}, err
		}
		return objects.None, l.release(c)
	}
	exit := func(c objects.Ctx, args []value, kw []string) (value, error) {
		l, err := selfLock("__exit__", args[0])
		if err != nil {
			return value{}, err
		}
		return objects.None, l.release(c)
	}
	locked := func(c objects.Ctx, args []value, kw []string) (value, error) {
		l, err := selfLock("locked", args[0])
		if err != nil {
			return value{}, err
		}
		l.mu.Lock()
		defer l.mu.Unlock()
		return objects.Bool(l.locked), nil
	}
	for _, t := range []*objects.Type{lockType, rlockType} {
		t.SetMethod("acquire", acquire)
		t.SetMethod("__enter__", acquire)
		t.SetMethod("release", release)
		t.SetMethod("__exit__", exit)
		t.SetMethod("locked", locked)
	}
	lockType.SetMethod("acquire_lock", acquire)
	// _acquire_restore is Condition.wait's re-acquire of a plain lock
	// after the wait: it cannot be interrupted (cancel.go), so the
	// `with cond:` around the wait always releases a lock it holds.
	lockType.SetMethod("_acquire_restore", func(c objects.Ctx, args []value, kw []string) (value, error) {
		direct := calledDirectly(c, "_acquire_restore")
		l, err := selfLock("_acquire_restore", args[0])
		if err != nil {
			return value{}, err
		}
		v, err := currentOf(c).uncancellably(func() (value, error) { return l.acquire(c, true, -1) })
		if err == nil {
			v = objects.None
		}
		return settle(c, v, err, direct)
	})
	lockType.SetMethod("release_lock", release)
	lockType.SetMethod("locked_lock", locked)
	// The Condition protocol of RLock: release completely and restore the
	// recursion depth after the wait.
	rlockType.SetMethod("_is_owned", func(c objects.Ctx, args []value, kw []string) (value, error) {
		l, err := selfLock("_is_owned", args[0])
		if err != nil {
			return value{}, err
		}
		l.mu.Lock()
		defer l.mu.Unlock()
		return objects.Bool(l.locked && l.owner == identOf(c)), nil
	})
	rlockType.SetMethod("_release_save", func(c objects.Ctx, args []value, kw []string) (value, error) {
		l, err := selfLock("_release_save", args[0])
		if err != nil {
			return value{}, err
		}
		l.mu.Lock()
		defer l.mu.Unlock()
		if !l.locked || l.owner != identOf(c) {
			return value{}, objects.Errorf(objects.RuntimeErrorType, "cannot release un-acquired lock")
		}
		n := l.count
		l.handOff()
		return objects.Int(int64(n)), nil
	})
	rlockType.SetMethod("_acquire_restore", func(c objects.Ctx, args []value, kw []string) (value, error) {
		// Called as acquire then _set_count by threading.Condition: the
		// acquire may park, and a built-in cannot act after its own park.
		direct := calledDirectly(c, "_acquire_restore")
		l, err := selfLock("_acquire_restore", args[0])
		if err != nil {
			return value{}, err
		}
		v, err := currentOf(c).uncancellably(func() (value, error) { return l.acquire(c, true, -1) })
		return settle(c, v, err, direct)
	})
	rlockType.SetMethod("_set_count", func(c objects.Ctx, args []value, kw []string) (value, error) {
		l, err := selfLock("_set_count", args[0])
		if err != nil || len(args) != 2 {
			return value{}, objects.Errorf(objects.TypeErrorType, "_set_count(n)")
		}
		n, ok := objects.AsInt64(args[1])
		if !ok || n < 1 {
			return value{}, objects.Errorf(objects.ValueErrorType, "bad recursion count")
		}
		l.mu.Lock()
		defer l.mu.Unlock()
		if l.owner == identOf(c) {
			l.count = int(n)
		}
		return objects.None, nil
	})
}

// threadHandle is what _thread._start returns: join and liveness of one
// thread, which threading.Thread wraps.
type threadHandle struct {
	objects.Header
	vt *VThread
}

var handleType = objects.NewNativeType("_ThreadHandle")

var handleMethodsOnce sync.Once

func handleMethods() {
	self := func(v value) (*threadHandle, error) {
		if v.Type() != handleType {
			return nil, objects.Errorf(objects.TypeErrorType, "expected a _ThreadHandle")
		}
		return (*threadHandle)(v.Ptr()), nil
	}
	handleType.SetMethod("ident", func(c objects.Ctx, args []value, kw []string) (value, error) {
		h, err := self(args[0])
		if err != nil {
			return value{}, err
		}
		return objects.Int(h.vt.Ident), nil
	})
	handleType.SetMethod("is_done", func(c objects.Ctx, args []value, kw []string) (value, error) {
		h, err := self(args[0])
		if err != nil {
			return value{}, err
		}
		return objects.Bool(h.vt.Done()), nil
	})
	// join(timeout=None) waits until the thread ends and reports whether
	// it did (False: the timeout passed first).
	handleType.SetMethod("join", func(c objects.Ctx, args []value, kw []string) (value, error) {
		direct := calledDirectly(c, "join")
		h, err := self(args[0])
		if err != nil {
			return value{}, err
		}
		a, err := parse("join", args[1:], kw, "timeout")
		if err != nil {
			return value{}, err
		}
		timeout, err := timeoutArg("join", a[0], false)
		if err != nil {
			return value{}, err
		}
		v, err := h.vt.join(c, timeout)
		return settle(c, v, err, direct)
	})
}

// join parks the caller until vt finishes.
func (vt *VThread) join(c objects.Ctx, timeout time.Duration) (value, error) {
	vt.doneMu.Lock()
	if vt.done {
		vt.doneMu.Unlock()
		return objects.True, nil
	}
	if timeout == 0 {
		vt.doneMu.Unlock()
		return objects.False, nil
	}
	me := currentOf(c)
	if me == nil {
		vt.doneMu.Unlock()
		return value{}, objects.Errorf(objects.RuntimeErrorType, "cannot join outside a virtual thread (no scheduler)")
	}
	if me == vt {
		vt.doneMu.Unlock()
		return value{}, objects.Errorf(objects.RuntimeErrorType, "cannot join current thread")
	}
	var mine Waiter
	err := me.Park("Thread.join", timeout,
		func(w Waiter) { mine = w; vt.joiners.push(w) },
		func() (value, error) {
			vt.doneMu.Lock()
			vt.joiners.remove(mine)
			vt.doneMu.Unlock()
			return objects.False, nil
		})
	vt.doneMu.Unlock()
	return value{}, err
}

// trampolineSrc is the function every started thread runs: the target
// may be any callable, and vm.Thread.Start takes a Python function.
const trampolineSrc = "def _run(f, a, k):\n    f(*a, **k)\n"

func (rt *Runtime) trampoline() (value, error) {
	rt.trampOnce.Do(func() {
		code, err := compile.Compile(trampolineSrc, "<_thread>", compile.Exec)
		if err != nil {
			rt.trampErr = err
			return
		}
		g := objects.NewDict()
		g.SetStr(objects.Interned("__builtins__"), rt.in.Builtins.Value())
		g.SetStr(objects.Interned("__name__"), objects.StrValue("_thread"))
		if _, err := rt.in.NewThread().RunCode(code, g, g); err != nil {
			rt.trampErr = err
			return
		}
		rt.tramp, _ = g.GetStr(objects.Interned("_run"))
	})
	return rt.tramp, rt.trampErr
}

// start runs fn(*args, **kwargs) on a new virtual thread (a platform
// thread when virtual is false) and returns it.
func (rt *Runtime) start(c objects.Ctx, fn value, args, kwargs value, name string, virtual bool) (*VThread, error) {
	if objects.AsTuple(args) == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "2nd arg must be a tuple")
	}
	if kwargs.IsNil() || kwargs.IsNone() {
		kwargs = objects.NewDict().Value()
	} else if objects.AsDict(kwargs) == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "optional 3rd arg must be a dictionary")
	}
	tramp, err := rt.trampoline()
	if err != nil {
		return nil, err
	}
	th := rt.in.NewThread()
	if err := th.Start(tramp, []value{fn, args, kwargs}); err != nil {
		return nil, err
	}
	vt := rt.newThread(th, name)
	vt.fn = fn
	vt.platform = !virtual
	step := func(t *sched.Task) sched.Status {
		st, _, err := vt.runStep(t)
		if st != sched.Done {
			return st
		}
		if err != nil {
			rt.unhandled(vt, err)
		}
		vt.finish(objects.None, nil)
		return sched.Done
	}
	if !virtual {
		if _, err := rt.sched.SpawnPlatform(step); err != nil {
			rt.forget(vt)
			return nil, objects.Errorf(objects.RuntimeErrorType, "can't start new thread: %v", err)
		}
		return vt, nil
	}
	if cur := currentOf(c); cur != nil && cur.task != nil && cur.inStep.Load() {
		cur.task.Spawn(step)
	} else {
		rt.sched.Spawn(step)
	}
	return vt, nil
}

// unhandled reports an exception that left a thread started with
// _thread.start_new_thread, as CPython does; SystemExit ends the thread
// quietly. (threading.Thread catches its exceptions itself and calls
// threading.excepthook.)
func (rt *Runtime) unhandled(vt *VThread, err error) {
	exc := objects.AsPyError(err)
	if exc.Matches(objects.SystemExitType) {
		return
	}
	r, rerr := objects.Repr(vt.th, vt.fn)
	if rerr != nil {
		r = "<thread target>"
	}
	text := rt.in.FormatException(vt.th, exc)
	rt.in.Flush()
	fmt.Fprintf(rt.in.Stderr, "Exception ignored in thread started by: %s\n%s", r, text)
}

// threadModule builds _thread.
func (rt *Runtime) threadModule() *objects.Module {
	lockMethodsOnce.Do(lockMethods)
	handleMethodsOnce.Do(handleMethods)
	m := objects.NewModule("_thread")
	set := func(k string, v value) { m.Dict.SetStr(objects.Interned(k), v) }
	set("LockType", lockType.Value())
	set("lock", lockType.Value())
	set("RLock", rlockType.Value())
	set("error", objects.RuntimeErrorType.Value())
	set("TIMEOUT_MAX", objects.Float(timeoutMax))
	rlockType.New = func(c objects.Ctx, t *objects.Type, args []value, kw []string) (value, error) {
		return newLock(true).value(), nil
	}
	lockType.New = func(c objects.Ctx, t *objects.Type, args []value, kw []string) (value, error) {
		return newLock(false).value(), nil
	}
	alloc := func(c objects.Ctx, args []value, kw []string) (value, error) { return newLock(false).value(), nil }
	def(m, "allocate_lock", alloc)
	def(m, "allocate", alloc)
	ident := func(c objects.Ctx, args []value, kw []string) (value, error) {
		if vt := currentOf(c); vt != nil {
			return objects.Int(vt.Ident), nil
		}
		return objects.Int(1), nil
	}
	def(m, "get_ident", ident)
	def(m, "get_native_id", ident)
	def(m, "_count", func(c objects.Ctx, args []value, kw []string) (value, error) {
		rt.mu.Lock()
		n := len(rt.threads)
		if rt.main != nil && !rt.main.Done() {
			n--
		}
		rt.mu.Unlock()
		return objects.Int(int64(n)), nil
	})
	def(m, "start_new_thread", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(kw) != 0 {
			return value{}, objects.Errorf(objects.TypeErrorType, "start_new_thread() takes no keyword arguments")
		}
		if len(args) < 2 || len(args) > 3 {
			return value{}, objects.Errorf(objects.TypeErrorType, "start_new_thread expected at least 2 arguments, got %d", len(args))
		}
		var kwargs value
		if len(args) == 3 {
			kwargs = args[2]
		}
		vt, err := rt.start(c, args[0], args[1], kwargs, "", true)
		if err != nil {
			return value{}, err
		}
		return objects.Int(vt.Ident), nil
	})
	// _start(function, args, kwargs, name, virtual) is threading.Thread's
	// entry: it returns a handle to join the thread.
	def(m, "_start", func(c objects.Ctx, args []value, kw []string) (value, error) {
		a, err := parse("_start", args, kw, "function", "args", "kwargs", "name", "virtual")
		if err != nil {
			return value{}, err
		}
		name := ""
		if s := objects.AsStr(a[3]); s != nil {
			name = s.S
		}
		virtual := true
		if !a[4].IsNil() {
			if virtual, err = objects.Truth(c, a[4]); err != nil {
				return value{}, err
			}
		}
		if a[1].IsNil() {
			a[1] = objects.NewTuple(nil).Value()
		}
		vt, err := rt.start(c, a[0], a[1], a[2], name, virtual)
		if err != nil {
			return value{}, err
		}
		h := &threadHandle{vt: vt}
		objects.SetHeaderType(&h.Header, handleType)
		return objects.FromHeader(&h.Header), nil
	})
	// _format_exception(exc) is the text CPython's excepthook prints for
	// exc: the traceback and the exception line.
	def(m, "_format_exception", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "_format_exception(exc)")
		}
		exc := objects.AsException(args[0])
		if exc == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "_format_exception() argument must be an exception")
		}
		return objects.StrValue(rt.in.FormatException(c, exc)), nil
	})
	def(m, "_set_name", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if vt := currentOf(c); vt != nil && len(args) == 1 {
			if s := objects.AsStr(args[0]); s != nil {
				vt.mu.Lock()
				vt.Name = s.S
				vt.mu.Unlock()
			}
		}
		return objects.None, nil
	})
	return m
}
