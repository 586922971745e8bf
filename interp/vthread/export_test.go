package vthread

import (
	"sync/atomic"

	"github.com/weftrun/weft/interp/objects"
)

// IOCancels counts the calls of the fake I/O canceller of FakeIO.
var IOCancels atomic.Int64

// FakeIO is the test built-in fake_io(): it parks the calling thread the
// way the socket layer's I/O waits do — a waiter registered, no cancel
// function, so that only the waker may end the wait — with an I/O
// canceller that completes the "operation" with the cancellation's
// exception, as a cancelled poller operation does.
func FakeIO(c objects.Ctx, args []objects.Value, kw []string) (objects.Value, error) {
	vt := currentOf(c)
	register := func(w Waiter) {
		vt.mu.Lock()
		vt.ioCancel = func(reason error) {
			IOCancels.Add(1)
			vt.mu.Lock()
			vt.ioCancel = nil
			vt.mu.Unlock()
			w.Wake(objects.Value{}, reason)
		}
		vt.mu.Unlock()
	}
	return settle(c, objects.Value{}, vt.Park("fake I/O", -1, register, nil), calledDirectly(c, "fake_io"))
}
