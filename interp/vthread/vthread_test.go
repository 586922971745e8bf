package vthread_test

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/weftrun/weft/interp"
	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vthread"
	"github.com/weftrun/weft/sched"
)

// lockedBuffer collects a stream that several carriers may write at once.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// result is what a program run produced.
type result struct {
	status  int
	stdout  string
	stderr  string
	metrics sched.Metrics
}

// runPy runs src as __main__ on a runtime with procs Ps. setup, if not nil,
// may add test built-ins to the interpreter first.
func runPy(t testing.TB, procs int, src string, setup func(it *interp.Interpreter)) result {
	t.Helper()
	it := interp.New([]string{"test.py"}, t.TempDir())
	var out bytes.Buffer
	errs := &lockedBuffer{}
	it.VM.Stdout = bufio.NewWriter(&out)
	it.VM.Stderr = errs
	if setup != nil {
		setup(it)
	}
	rt, err := vthread.New(it.VM, procs)
	if err != nil {
		t.Fatal(err)
	}
	main := objects.NewModule("__main__")
	main.Dict.SetStr(objects.Interned("__builtins__"), it.VM.Builtins.Value())
	_ = it.VM.Modules.SetItem(nil, objects.StrValue("__main__"), main.Value())
	it.VM.RememberSource("test.py", src)
	code, err := compile.Compile(src, "test.py", compile.Exec)
	if err != nil {
		t.Fatal(err)
	}
	status := rt.RunMain(it.Main, code, main.Dict, it.Report)
	it.VM.Flush()
	return result{status: status, stdout: out.String(), stderr: errs.String(), metrics: rt.Scheduler().Metrics()}
}

func expect(t *testing.T, r result, stdout string) {
	t.Helper()
	if r.status != 0 || r.stdout != stdout {
		t.Fatalf("status %d\nstdout:\n%s\nwant:\n%s\nstderr:\n%s", r.status, r.stdout, stdout, r.stderr)
	}
}

// TestTenThousandSleepers starts 10 000 threads that each sleep 0.2 s.
// Run one after another they would take 2000 s; parked on timers they
// overlap, so the program ends within seconds.
func TestTenThousandSleepers(t *testing.T) {
	n := 10000
	if testing.Short() {
		n = 1000
	}
	start := time.Now()
	r := runPy(t, 2, fmt.Sprintf(`
import threading, time
done = []
def sleeper(i):
    time.sleep(0.2)
    done.append(i)
ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(%d)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(done), sorted(done) == list(range(%d)))
`, n, n), nil)
	expect(t, r, fmt.Sprintf("%d True\n", n))
	if el := time.Since(start); el > 60*time.Second {
		t.Fatalf("%d sleeps of 0.2 s took %v: they did not overlap", n, el)
	}
	t.Logf("%d sleeping threads: %v; %+v", n, time.Since(start), r.metrics)
}

// TestLockCounter increments a shared counter under a Lock from 100
// threads on 4 Ps: the total must be exact.
func TestLockCounter(t *testing.T) {
	r := runPy(t, 4, `
import threading
counter = 0
lock = threading.Lock()
def work():
    global counter
    for _ in range(500):
        with lock:
            counter += 1
ts = [threading.Thread(target=work) for _ in range(100)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
`, nil)
	expect(t, r, "50000\n")
	if r.metrics.Procs != 4 {
		t.Fatalf("Procs = %d, want 4", r.metrics.Procs)
	}
}

// TestProducerConsumer passes 2000 items from 4 producers to 3 consumers
// through a bounded queue.Queue, with task_done/join.
func TestProducerConsumer(t *testing.T) {
	r := runPy(t, 3, `
import threading, queue
q = queue.Queue(maxsize=8)
got = []
got_lock = threading.Lock()
def producer(base):
    for i in range(500):
        q.put(base + i)
def consumer():
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            return
        with got_lock:
            got.append(x)
        q.task_done()
ps = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
cs = [threading.Thread(target=consumer) for _ in range(3)]
for t in ps + cs: t.start()
for t in ps: t.join()
q.join()
for _ in cs: q.put(None)
for t in cs: t.join()
print(len(got), sorted(got) == sorted(k * 1000 + i for k in range(4) for i in range(500)))
try:
    q.get(timeout=0.02)
except queue.Empty:
    print("empty")
`, nil)
	expect(t, r, "2000 True\nempty\n")
	// Queue and Condition enter their Go lock directly: no wait pins.
	if r.metrics.Pins != 0 {
		t.Fatalf("queue waits pinned %d times: %+v", r.metrics.Pins, r.metrics)
	}
}

// TestConditionAndEvent checks Condition wait/notify ordering and Event
// wake-ups and timeouts.
func TestConditionAndEvent(t *testing.T) {
	r := runPy(t, 2, `
import threading, time
cond = threading.Condition()
ready = []
order = []
def waiter(i):
    with cond:
        cond.wait_for(lambda: ready)
        order.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts: t.start()
time.sleep(0.05)
with cond:
    ready.append(1)
    cond.notify_all()
for t in ts: t.join()
print(sorted(order))
def contender():
    with cond:
        order.append("contender")
with cond:
    c = threading.Thread(target=contender); c.start()
    time.sleep(0.02)  # c blocks entering cond
c.join()
print(order[-1])
with cond:
    print(cond.wait(0.01))
ev = threading.Event()
woke = []
def ev_waiter(i):
    woke.append((i, ev.wait(5)))
ts = [threading.Thread(target=ev_waiter, args=(i,)) for i in range(3)]
for t in ts: t.start()
time.sleep(0.02)
ev.set()
for t in ts: t.join()
print(sorted(woke))
t0 = time.monotonic()
print(threading.Event().wait(0.05), time.monotonic() - t0 >= 0.05)
`, nil)
	expect(t, r, "[0, 1, 2, 3, 4]\ncontender\nFalse\n[(0, True), (1, True), (2, True)]\nFalse True\n")
	// `with cond:` enters the Go lock directly: no wait pins.
	if r.metrics.Pins != 0 {
		t.Fatalf("condition waits pinned %d times: %+v", r.metrics.Pins, r.metrics)
	}
}

// TestTimeouts checks every timed wait: Lock.acquire, join, Semaphore,
// and that a timed-out waiter does not swallow a later hand-off.
func TestTimeouts(t *testing.T) {
	r := runPy(t, 2, `
import threading, time
l = threading.Lock()
l.acquire()
t0 = time.monotonic()
print(l.acquire(timeout=0.05), time.monotonic() - t0 >= 0.05)
print(l.acquire(False))
def holder():
    time.sleep(0.05)
    l.release()
h = threading.Thread(target=holder); h.start()
print(l.acquire(timeout=5))
h.join()
s = threading.Semaphore(0)
print(s.acquire(timeout=0.01))
sleeper = threading.Thread(target=time.sleep, args=(0.2,))
sleeper.start()
sleeper.join(0.01)
print(sleeper.is_alive())
sleeper.join()
print(sleeper.is_alive())
`, nil)
	expect(t, r, "False True\nFalse\nTrue\nFalse\nTrue\nFalse\n")
}

// TestUnannouncedBlockingDoesNotStopOthers: on one P, a thread calls a
// built-in that blocks its carrier for 300 ms without announcing it. The
// scheduler's monitor hands the P to another carrier, so a ticking thread
// keeps running during the block.
func TestUnannouncedBlockingDoesNotStopOthers(t *testing.T) {
	r := runPy(t, 1, `
import threading, time
ticks = []
blocked = threading.Event()
def ticker():
    blocked.wait()
    for i in range(10):
        time.sleep(0.01)
        ticks.append(_blocking_now())
def blocker():
    blocked.set()
    _block()
t = threading.Thread(target=ticker); b = threading.Thread(target=blocker)
t.start(); b.start(); t.join(); b.join()
print(sum(ticks) >= 5)
`, func(it *interp.Interpreter) {
		var blocking sync.Mutex
		inBlock := false
		it.VM.Builtins.SetStr(objects.Interned("_block"), objects.NewBuiltin("_block", func(c objects.Ctx, a []objects.Value, k []string) (objects.Value, error) {
			blocking.Lock()
			inBlock = true
			blocking.Unlock()
			time.Sleep(300 * time.Millisecond)
			blocking.Lock()
			inBlock = false
			blocking.Unlock()
			return objects.None, nil
		}, nil).Value())
		it.VM.Builtins.SetStr(objects.Interned("_blocking_now"), objects.NewBuiltin("_blocking_now", func(c objects.Ctx, a []objects.Value, k []string) (objects.Value, error) {
			blocking.Lock()
			defer blocking.Unlock()
			return objects.Bool(inBlock), nil
		}, nil).Value())
	})
	expect(t, r, "True\n")
	if r.metrics.Retakes == 0 {
		t.Fatalf("no P was retaken from the blocked carrier: %+v", r.metrics)
	}
}

// TestCPUBoundThreadDoesNotStarveOthers: on one P, a thread spins in a
// Python loop until the main thread, which sleeps in small steps, tells
// it to stop. Without preemption or hand-off the main thread would never
// run again.
func TestCPUBoundThreadDoesNotStarveOthers(t *testing.T) {
	r := runPy(t, 1, `
import threading, time
stop = False
spins = 0
def spin():
    global spins
    while not stop:
        spins += 1
t = threading.Thread(target=spin); t.start()
for _ in range(10):
    time.sleep(0.005)
stop = True
t.join()
print(spins > 0)
`, nil)
	expect(t, r, "True\n")
}

// TestDeadlockReport: two threads take two locks in opposite orders
// (a Barrier makes sure each holds its first lock) while the main thread
// joins them. Every thread is then parked forever: the runtime reports
// the deadlock with each thread's stack and exits with status 1.
func TestDeadlockReport(t *testing.T) {
	r := runPy(t, 2, `
import threading
a = threading.Lock()
b = threading.Lock()
both = threading.Barrier(2)
def one():
    with a:
        both.wait()
        with b:
            pass
def two():
    with b:
        both.wait()
        with a:
            pass
t1 = threading.Thread(target=one, name="first")
t2 = threading.Thread(target=two, name="second")
t1.start(); t2.start()
print("started", flush=True)
t1.join()
`, nil)
	if r.status != 1 || r.stdout != "started\n" {
		t.Fatalf("status %d stdout %q stderr:\n%s", r.status, r.stdout, r.stderr)
	}
	for _, want := range []string{
		"weft: deadlock: all 3 threads are blocked",
		`Thread "MainThread" (ident 1) blocked in Thread.join:`,
		`Thread "first"`, `Thread "second"`, "blocked in Lock.acquire",
		`File "test.py", line 9, in one`, "\n    with b:",
		`File "test.py", line 14, in two`, "\n    with a:",
		`File "test.py", line 20, in <module>`,
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("report lacks %q:\n%s", want, r.stderr)
		}
	}
}

// TestDeadlockOfMainThreadAlone: a lock acquired twice by the only
// thread is reported too.
func TestDeadlockOfMainThreadAlone(t *testing.T) {
	r := runPy(t, 1, "import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n", nil)
	want := "weft: deadlock: the only thread is blocked and nothing can wake it\n\n" +
		"Thread \"MainThread\" (ident 1) blocked in Lock.acquire:\n  File \"test.py\", line 4, in <module>\n    l.acquire()\n"
	if r.status != 1 || r.stderr != want {
		t.Fatalf("status %d stderr:\n%s\nwant:\n%s", r.status, r.stderr, want)
	}
}

// TestParkInsideNativeCallbackPins: a __hash__ that sleeps runs inside the
// dict's Go code that hashes a key (a native re-entry the VM does not make
// stackless), so its parks pin the thread (the goroutine waits, the P goes
// on); the results are still right and other threads run.
func TestParkInsideNativeCallbackPins(t *testing.T) {
	r := runPy(t, 2, `
import threading, time
class Key:
    def __init__(self, i): self.i = i
    def __hash__(self):
        time.sleep(0.001)
        return self.i
res = {}
def work(i):
    d = {Key(j): j for j in range(5)}
    res[i] = sorted(d.values())
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(all(v == [0, 1, 2, 3, 4] for v in res.values()), len(res))
`, nil)
	expect(t, r, "True 4\n")
	if r.metrics.Pins == 0 {
		t.Fatalf("no pinned park recorded: %+v", r.metrics)
	}
}

// TestBlockingBuiltinCalledByBuiltin: a blocking built-in called by
// another built-in's Go code (map, sorted's key) cannot park through the
// eval loop, which would take the park for the outer call's: it waits
// pinned and returns its own result.
func TestBlockingBuiltinCalledByBuiltin(t *testing.T) {
	r := runPy(t, 2, `
import threading, time
print(list(map(time.sleep, [0.01, 0, 0.01])))
l = threading.Lock()
def hold():
    time.sleep(0.02)
    l.release()
l.acquire()
h = threading.Thread(target=hold); h.start()
print(list(map(l.acquire, [True])))
h.join()
print(sorted([3, 1, 2], key=lambda x: (time.sleep(0.001), -x)[1]))
`, nil)
	expect(t, r, "[None, None, None]\n[True]\n[3, 2, 1]\n")
	if r.metrics.Pins == 0 {
		t.Fatalf("the nested waits did not pin: %+v", r.metrics)
	}
}

// TestThreadExceptionsAndExit: an uncaught exception in a thread goes to
// threading.excepthook ("Exception in thread NAME:" and the traceback on
// stderr) without ending the program; the program waits for non-daemon
// threads at exit, not for daemon ones.
func TestThreadExceptionsAndExit(t *testing.T) {
	r := runPy(t, 2, `
import threading, time
def boom():
    raise ValueError("bad value")
t = threading.Thread(target=boom, name="Boomer")
t.start(); t.join()
def late():
    time.sleep(0.05)
    print("late thread done")
def forever():
    threading.Event().wait()
threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=late).start()
print("main done")
`, nil)
	expect(t, r, "main done\nlate thread done\n")
	for _, want := range []string{"Exception in thread Boomer:\nTraceback (most recent call last):", `File "test.py", line 4, in boom`, "ValueError: bad value\n"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
}

// TestPlatformThread runs a thread with virtual=False next to virtual
// ones: it parks and wakes the same way.
func TestPlatformThread(t *testing.T) {
	r := runPy(t, 2, `
import threading, queue
q = queue.Queue()
def plat():
    for i in range(3):
        q.put(i)
t = threading.Thread(target=plat, virtual=False)
t.start()
print([q.get() for _ in range(3)], t.virtual)
t.join()
`, nil)
	expect(t, r, "[0, 1, 2] False\n")
}
