package vm_test

import (
	"sync/atomic"
	"testing"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
)

// TestSignalRunnerRaisesAtBreaker: a signal notified from another
// goroutine runs the runner on the handler thread at its next breaker
// check, and the runner's exception is raised there, catchable by the
// running code's try/except.
func TestSignalRunnerRaisesAtBreaker(t *testing.T) {
	in, g := newInterp(t)
	th := in.NewThread()
	var runs atomic.Int32
	in.SetSignalRunner(th, func(t *vm.Thread) error {
		runs.Add(1)
		return objects.NewException(objects.KeyboardInterruptType)
	})
	done := make(chan struct{})
	go func() { in.NotifySignals(); close(done) }()
	<-done
	src := "caught = False\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    caught = True\n"
	if err := run(t, in, th, g, src); err != nil {
		t.Fatal(err)
	}
	if !global(t, g, "caught").IsTrue() || runs.Load() != 1 {
		t.Fatalf("caught=%v runs=%d, want True and 1", global(t, g, "caught"), runs.Load())
	}
}

// TestSignalRunnerOnlyOnHandlerThread: another thread's breaker does not
// run the handlers.
func TestSignalRunnerOnlyOnHandlerThread(t *testing.T) {
	in, g := newInterp(t)
	handler, other := in.NewThread(), in.NewThread()
	var runs atomic.Int32
	in.SetSignalRunner(handler, func(*vm.Thread) error { runs.Add(1); return nil })
	in.NotifySignals()
	other.RequestBreak()
	if err := run(t, in, other, g, "x = 0\nwhile x < 100:\n    x += 1\n"); err != nil {
		t.Fatal(err)
	}
	if runs.Load() != 0 {
		t.Fatalf("runner ran %d times on a thread that is not the handler thread", runs.Load())
	}
	if err := run(t, in, handler, g, "x = 0\nwhile x < 100:\n    x += 1\n"); err != nil {
		t.Fatal(err)
	}
	if runs.Load() != 1 {
		t.Fatalf("runner ran %d times on the handler thread, want 1", runs.Load())
	}
}
