// Package signalmod is _signal, the native half of weft's signal module
// (interp/lib/signal.py adds the Signals and Handlers enums).
//
// A Python handler never runs on the goroutine that receives the signal:
// os/signal delivers it to a watcher goroutine, which marks it pending
// and asks the handler thread (the thread that first installs a handler,
// the main thread in practice, as CPython requires) to run handlers at
// its next eval-breaker check (vm/signals.go). raise_signal of a signal
// with a Python handler marks it pending directly, so the handler runs
// before the next call, as CPython's does. Importing the module installs
// default_int_handler for SIGINT, so Ctrl-C raises KeyboardInterrupt.
//
// Known limits: a handler thread parked in a blocking call (sleep, lock,
// socket) runs the handler when the call returns, not at once.
package signalmod

import (
	"os"
	"os/signal"
	"sync"
	"syscall"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

type value = objects.Value

type namedSignal struct {
	name string
	sig  syscall.Signal
}

// The handler values SIG_DFL and SIG_IGN, as CPython numbers them.
const (
	sigDFL = 0
	sigIGN = 1
)

// maxSignal bounds valid signal numbers (NSIG).
const maxSignal = 65

// state is one interpreter's handler table.
type state struct {
	in       *vm.Interp
	mu       sync.Mutex
	handlers map[int]value // Python handler, or SIG_DFL/SIG_IGN as ints
	pending  [maxSignal]bool
	ch       chan os.Signal
}

// Module builds _signal for in.
func Module(in *vm.Interp) (*objects.Module, error) {
	st := &state{in: in, handlers: map[int]value{}, ch: make(chan os.Signal, 16)}
	m := objects.NewModule("_signal")
	def := func(name string, f objects.BuiltinFn) value {
		b := objects.NewBuiltin(name, f, nil)
		b.Module = m.Name()
		m.Dict.SetStr(objects.Interned(name), b.Value())
		return b.Value()
	}
	set := func(name string, v value) { m.Dict.SetStr(objects.Interned(name), v) }
	set("SIG_DFL", objects.Int(sigDFL))
	set("SIG_IGN", objects.Int(sigIGN))
	set("NSIG", objects.Int(maxSignal))
	for _, s := range platformSignals {
		set(s.name, objects.Int(int64(s.sig)))
	}
	defaultInt := def("default_int_handler", func(c objects.Ctx, args []value, kw []string) (value, error) {
		return value{}, objects.NewException(objects.KeyboardInterruptType)
	})
	def("signal", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 2 {
			return value{}, objects.Errorf(objects.TypeErrorType, "signal expected 2 arguments, got %d", len(args))
		}
		sig, err := signum(args[0])
		if err != nil {
			return value{}, err
		}
		h := args[1]
		n, isInt := objects.AsInt64(h)
		if !(isInt && (n == sigDFL || n == sigIGN)) && h.Type().Call == nil {
			return value{}, objects.Errorf(objects.TypeErrorType, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
		}
		t := c.(*vm.Thread)
		if main := st.in.SignalThread(); main != nil && main != t {
			return value{}, objects.Errorf(objects.ValueErrorType, "signal only works in main thread of the main interpreter")
		}
		if uncatchable(syscall.Signal(sig)) {
			return value{}, objects.Errorf(objects.OSErrorType, "[Errno 22] Invalid argument")
		}
		return st.install(t, sig, h, isInt, n), nil
	})
	// _init_handler_thread makes the calling thread the one that runs
	// the handlers (signal.py calls it on import, which happens on the
	// main thread in practice), so that the SIGINT handler installed below
	// works before any signal.signal() call.
	def("_init_handler_thread", func(c objects.Ctx, args []value, kw []string) (value, error) {
		st.in.SetSignalRunner(c.(*vm.Thread), st.run)
		return objects.None, nil
	})
	def("getsignal", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "getsignal expected 1 argument, got %d", len(args))
		}
		sig, err := signum(args[0])
		if err != nil {
			return value{}, err
		}
		st.mu.Lock()
		defer st.mu.Unlock()
		return st.current(sig), nil
	})
	def("raise_signal", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "raise_signal expected 1 argument, got %d", len(args))
		}
		sig, err := signum(args[0])
		if err != nil {
			return value{}, err
		}
		st.mu.Lock()
		h := st.current(sig)
		st.mu.Unlock()
		if n, ok := objects.AsInt64(h); ok && (n == sigDFL || n == sigIGN) {
			if n == sigIGN {
				return objects.None, nil
			}
			if err := sendSelf(syscall.Signal(sig)); err != nil {
				return value{}, objects.Errorf(objects.OSErrorType, "%s", err.Error())
			}
			return objects.None, nil
		}
		st.markPending(sig)
		return objects.None, nil
	})
	// pthread_kill delivers through the kernel to the process: a Python
	// handler runs on the handler thread whichever thread is named, as
	// CPython's handlers always run on the main thread.
	def("pthread_kill", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 2 {
			return value{}, objects.Errorf(objects.TypeErrorType, "pthread_kill expected 2 arguments, got %d", len(args))
		}
		if _, ok := objects.AsInt64(args[0]); !ok {
			return value{}, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		sig, err := signum(args[1])
		if err != nil {
			return value{}, err
		}
		if err := sendSelf(syscall.Signal(sig)); err != nil {
			return value{}, objects.Errorf(objects.OSErrorType, "%s", err.Error())
		}
		return objects.None, nil
	})
	def("strsignal", func(c objects.Ctx, args []value, kw []string) (value, error) {
		if len(args) != 1 {
			return value{}, objects.Errorf(objects.TypeErrorType, "strsignal expected 1 argument, got %d", len(args))
		}
		sig, err := signum(args[0])
		if err != nil {
			return value{}, err
		}
		return objects.StrValue(syscall.Signal(sig).String()), nil
	})
	def("valid_signals", func(c objects.Ctx, args []value, kw []string) (value, error) {
		items := make([]value, len(platformSignals))
		for i, ns := range platformSignals {
			items[i] = objects.Int(int64(ns.sig))
		}
		s, err := objects.NewSet(c, items, false)
		if err != nil {
			return value{}, err
		}
		return s.Value(), nil
	})
	addPlatform(def)
	// As at CPython's start-up, SIGINT raises KeyboardInterrupt.
	st.handlers[int(syscall.SIGINT)] = defaultInt
	signal.Notify(st.ch, syscall.SIGINT)
	go st.watch()
	return m, nil
}

// current is sig's handler; SIG_DFL when none was set. Called with mu held.
func (st *state) current(sig int) value {
	if h, ok := st.handlers[sig]; ok {
		return h
	}
	return objects.Int(sigDFL)
}

// install sets sig's handler and returns the previous one.
func (st *state) install(t *vm.Thread, sig int, h value, isInt bool, n int64) value {
	st.in.SetSignalRunner(t, st.run)
	st.mu.Lock()
	prev := st.current(sig)
	st.handlers[sig] = h
	st.mu.Unlock()
	s := syscall.Signal(sig)
	switch {
	case isInt && n == sigIGN:
		signal.Ignore(s)
	case isInt && n == sigDFL:
		signal.Reset(s)
	default:
		signal.Notify(st.ch, s)
	}
	return prev
}

// watch turns OS signals into pending Python handler calls.
func (st *state) watch() {
	for s := range st.ch {
		if ss, ok := s.(syscall.Signal); ok {
			st.markPending(int(ss))
		}
	}
}

func (st *state) markPending(sig int) {
	if sig <= 0 || sig >= maxSignal {
		return
	}
	st.mu.Lock()
	st.pending[sig] = true
	st.mu.Unlock()
	st.in.NotifySignals()
}

// run calls the Python handlers of the pending signals, lowest number
// first, on the handler thread t; the first exception stops the run and
// is raised in t (the others stay pending for the next check).
func (st *state) run(t *vm.Thread) error {
	for sig := 1; sig < maxSignal; sig++ {
		st.mu.Lock()
		p := st.pending[sig]
		st.pending[sig] = false
		h := st.current(sig)
		st.mu.Unlock()
		if !p {
			continue
		}
		if n, ok := objects.AsInt64(h); ok && (n == sigDFL || n == sigIGN) {
			continue
		}
		frame, err := t.FrameObject(0)
		if err != nil {
			frame = objects.None
		}
		if _, err := t.Call(h, []value{objects.Int(int64(sig)), frame}, nil); err != nil {
			st.in.NotifySignals() // the rest still pending
			return err
		}
	}
	return nil
}

// signum validates a signal number argument.
func signum(v value) (int, error) {
	n, ok := objects.AsInt64(v)
	if !ok || v.IsFloat() {
		return 0, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	if n < 1 || n >= maxSignal {
		return 0, objects.Errorf(objects.ValueErrorType, "signal number out of range")
	}
	return int(n), nil
}
