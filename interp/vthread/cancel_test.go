package vthread_test

import (
	"math/rand"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/weftrun/weft/interp"
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vm"
	"github.com/weftrun/weft/interp/vthread"
)

// interrupter adds the test built-ins interrupt_async(idents, rounds) and
// interrupt_wait(), interrupt_now(ident): a Go goroutine (not a virtual
// thread) interrupts random threads of idents, rounds times, at random
// moments, counting the interrupts that ended a wait; interrupt_wait
// returns that count once the goroutine is done (None while it runs: the
// Python helper waitInterrupter sleeps between calls); interrupt_now
// interrupts one thread at once and reports whether that ended a wait.
type interrupter struct {
	won     atomic.Int64
	running atomic.Int64
	done    sync.WaitGroup
}

func (ir *interrupter) setup(it *interp.Interpreter) {
	it.VM.Builtins.SetStr(objects.Interned("interrupt_async"), objects.NewBuiltin("interrupt_async", func(c objects.Ctx, a []objects.Value, k []string) (objects.Value, error) {
		rt := vthread.Current(c.(*vm.Thread)).Runtime()
		var idents []int64
		for _, v := range objects.AsList(a[0]).Snapshot() {
			n, _ := objects.AsInt64(v)
			idents = append(idents, n)
		}
		rounds, _ := objects.AsInt64(a[1])
		ir.done.Add(1)
		ir.running.Add(1)
		go func() {
			defer ir.done.Done()
			defer ir.running.Add(-1)
			rng := rand.New(rand.NewSource(1))
			for i := int64(0); i < rounds; i++ {
				if vt := rt.Thread(idents[rng.Intn(len(idents))]); vt != nil {
					if vt.Interrupt(objects.Errorf(objects.RuntimeErrorType, "interrupted")) {
						ir.won.Add(1)
					}
				}
				if rng.Intn(4) == 0 {
					time.Sleep(time.Duration(rng.Intn(200)) * time.Microsecond)
				}
			}
		}()
		return objects.None, nil
	}, nil).Value())
	it.VM.Builtins.SetStr(objects.Interned("interrupt_now"), objects.NewBuiltin("interrupt_now", func(c objects.Ctx, a []objects.Value, k []string) (objects.Value, error) {
		rt := vthread.Current(c.(*vm.Thread)).Runtime()
		n, _ := objects.AsInt64(a[0])
		vt := rt.Thread(n)
		return objects.Bool(vt != nil && vt.Interrupt(objects.Errorf(objects.RuntimeErrorType, "interrupted"))), nil
	}, nil).Value())
	it.VM.Builtins.SetStr(objects.Interned("interrupt_wait"), objects.NewBuiltin("interrupt_wait", func(c objects.Ctx, a []objects.Value, k []string) (objects.Value, error) {
		// Park (in Python) while the interrupter runs: blocking this
		// carrier in Go could keep the threads queued on its P from running.
		if ir.running.Load() > 0 {
			return objects.None, nil
		}
		ir.done.Wait()
		return objects.Int(ir.won.Load()), nil
	}, nil).Value())
}

// waitInterrupter is the Python helper that waits for the interrupter.
const waitInterrupter = `
def wait_interrupter():
    while True:
        n = interrupt_wait()
        if n is not None:
            return n
        time.sleep(0.001)
`

// TestInterruptRacesLockHandOff: workers contend for one lock while a Go
// goroutine interrupts them at random. Every interrupt that won raises
// exactly once in Python (the counts match), an interrupted waiter never
// keeps a lock handed to it (the lock ends free and every worker
// finishes), and an interrupt that lost the race to the hand-off changes
// nothing.
func TestInterruptRacesLockHandOff(t *testing.T) {
	ir := &interrupter{}
	r := runPy(t, 4, waitInterrupter+`
import threading, time, _thread
lock = threading.Lock()
results = []
finished = []
stop = []
def worker():
    while not stop:
        try:
            with lock:
                time.sleep(0.0001)
            results.append('ok')
        except RuntimeError as e:
            assert str(e) == 'interrupted', e
            results.append('interrupted')
    finished.append(1)
# _thread threads: threading's own bookkeeping locks, which an interrupt
# could also hit, stay out of the picture.
idents = [_thread.start_new_thread(worker, ()) for _ in range(8)]
interrupt_async(idents, 3000)
won = wait_interrupter()
stop.append(1)
while len(finished) < 8:
    time.sleep(0.001)
print(results.count('ok') > 0, results.count('interrupted') == won, lock.locked(), lock.acquire(False))
print(won > 0)
`, ir.setup)
	expect(t, r, "True True False True\nTrue\n")
}

// TestInterruptRacesConditionNotify: consumers wait on a Condition (a
// queue.Queue get) while being interrupted; a notification that went to a
// consumer whose wait was interrupted is handed on, so every item is
// consumed and no consumer is left waiting for an item that is there.
func TestInterruptRacesConditionNotify(t *testing.T) {
	ir := &interrupter{}
	r := runPy(t, 4, waitInterrupter+`
import threading, queue, time, _thread
q = queue.Queue()
got = []
interrupted = []
finished = []
def consumer():
    while True:
        try:
            item = q.get()
        except RuntimeError:
            interrupted.append(1)
            continue
        if item is None:
            finished.append(1)
            return
        got.append(item)
cs = [_thread.start_new_thread(consumer, ()) for _ in range(6)]
interrupt_async(cs, 2000)
for i in range(3000):
    q.put(i)
won = wait_interrupter()
for c in cs: q.put(None)
while len(finished) < 6:
    time.sleep(0.001)
print(sorted(got) == list(range(3000)), len(interrupted) == won)
`, ir.setup)
	expect(t, r, "True True\n")
}

// TestInterruptSleepAndJoin: a sleeping thread and a joining thread are
// interrupted (from another carrier's goroutine) and raise at the call.
func TestInterruptSleepAndJoin(t *testing.T) {
	ir := &interrupter{}
	r := runPy(t, 2, `
import threading, time
out = []
def sleeper():
    t0 = time.monotonic()
    try:
        time.sleep(30)
    except RuntimeError as e:
        out.append(('sleep', str(e), time.monotonic() - t0 < 5))
def joiner(other):
    try:
        other.join()
    except RuntimeError as e:
        out.append(('join', str(e)))
s = threading.Thread(target=sleeper); s.start()
j = threading.Thread(target=joiner, args=(s,)); j.start()
while not interrupt_now(j.ident):
    time.sleep(0.001)
j.join()
while not interrupt_now(s.ident):
    time.sleep(0.001)
s.join()
print(sorted(out))
`, ir.setup)
	expect(t, r, "[('join', 'interrupted'), ('sleep', 'interrupted', True)]\n")
	if strings.Contains(r.stderr, "Error") {
		t.Fatalf("stderr: %s", r.stderr)
	}
}

// TestCancelReachesIO: a wait that only its waker may end (an I/O wait)
// is not ended by Interrupt or a scope's deadline directly: they call the
// I/O layer's canceller, whose completion ends the wait with their
// exception.
func TestCancelReachesIO(t *testing.T) {
	ir := &interrupter{}
	before := vthread.IOCancels.Load()
	r := runPy(t, 2, `
import threading, time, vthreads
with vthreads.move_on_after(0.02) as s:
    fake_io()
print('deadline:', s.cancelled_caught)
with vthreads.CancelScope() as s:
    def later():
        time.sleep(0.02)
        s.cancel()
    threading.Thread(target=later).start()
    fake_io()
print('cancel:', s.cancelled_caught)
out = []
def reader():
    try:
        fake_io()
    except RuntimeError as e:
        out.append(str(e))
t = threading.Thread(target=reader); t.start()
while not interrupt_now(t.ident):
    time.sleep(0.001)
t.join()
print(out)
`, func(it *interp.Interpreter) {
		ir.setup(it)
		it.VM.Builtins.SetStr(objects.Interned("fake_io"), objects.NewBuiltin("fake_io", vthread.FakeIO, nil).Value())
	})
	expect(t, r, "deadline: True\ncancel: True\n['interrupted']\n")
	if n := vthread.IOCancels.Load() - before; n != 3 {
		t.Fatalf("the I/O canceller ran %d times, want 3", n)
	}
}
