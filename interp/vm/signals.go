package vm

import (
	"sync"
	"sync/atomic"
)

// Python signal handlers run on one thread (CPython: the main thread), at
// a point where running Python code is safe: the eval breaker. A signal
// arrives on a Go goroutine (os/signal); the signal module marks it pending
// with NotifySignals, which sets the handler thread's breaker; the eval
// loop of that thread then calls serviceBreaker at its next call or
// backward jump, which runs the handlers through the registered runner.
// An exception raised by a handler (KeyboardInterrupt from
// default_int_handler) is raised at that instruction.
//
// The state lives beside the Interp, not in it, so that interpreters that
// never import signal pay one failed map lookup per breaker service (every
// few milliseconds at most) and nothing else.

// signalDispatch is one interpreter's handler thread and runner.
type signalDispatch struct {
	thread  *Thread
	run     func(t *Thread) error
	pending atomic.Bool
}

var signalDispatchers sync.Map // *Interp -> *signalDispatch

// SetSignalRunner makes t the thread that runs in's Python signal
// handlers, by calling run at its next eval-breaker check after
// NotifySignals. Only the first call has effect: the handler thread does
// not change.
func (in *Interp) SetSignalRunner(t *Thread, run func(t *Thread) error) {
	signalDispatchers.LoadOrStore(in, &signalDispatch{thread: t, run: run})
}

// SignalThread returns the thread that runs in's signal handlers, or nil
// before SetSignalRunner.
func (in *Interp) SignalThread() *Thread {
	if d, ok := signalDispatchers.Load(in); ok {
		return d.(*signalDispatch).thread
	}
	return nil
}

// NotifySignals asks the handler thread to run the runner soon. It is
// safe from any goroutine (a signal-receiving goroutine in particular).
func (in *Interp) NotifySignals() {
	if d, ok := signalDispatchers.Load(in); ok {
		sd := d.(*signalDispatch)
		sd.pending.Store(true)
		sd.thread.RequestBreak()
	}
}

// runPendingSignals runs the runner when t is its interpreter's handler
// thread and a signal is pending.
func (t *Thread) runPendingSignals() error {
	d, ok := signalDispatchers.Load(t.interp)
	if !ok {
		return nil
	}
	sd := d.(*signalDispatch)
	if sd.thread != t || !sd.pending.Swap(false) {
		return nil
	}
	return sd.run(t)
}
