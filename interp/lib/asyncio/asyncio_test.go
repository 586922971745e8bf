// Package asyncio_test checks weft's asyncio (the Python package in this
// directory, compiled into the binary by interp/lib) where the golden
// programs cannot: under the race detector with several carriers, for the
// properties the design promises — a loop's tasks never run at the same
// time, cancellation reaches a task wherever it waits, waiting never pins
// a virtual thread, and separate loops run independently — and in
// benchmarks against CPython's asyncio.
package asyncio_test

import (
	"bufio"
	"bytes"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"

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

type result struct {
	status  int
	stdout  string
	stderr  string
	metrics sched.Metrics
}

// runPy runs src as __main__ on a runtime with procs carrier slots.
func runPy(t testing.TB, procs int, src string) result {
	t.Helper()
	it := interp.New([]string{"test.py"}, t.TempDir())
	var out bytes.Buffer
	errs := &lockedBuffer{}
	it.VM.Stdout = bufio.NewWriter(&out)
	it.VM.Stderr = errs
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

// TestLoopTurnIsExclusive: a task runs alone between two awaits, even with
// four carriers. Each task reads a shared counter, computes for a while
// without awaiting, and writes it back; any overlap would lose updates.
// The order of the trace is CPython's: round-robin in creation order.
func TestLoopTurnIsExclusive(t *testing.T) {
	src := `
import asyncio
shared = [0]
trace = []

async def worker(i):
    for round in range(20):
        x = shared[0]
        for _ in range(200):
            pass
        shared[0] = x + 1
        if round < 2:
            trace.append(i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(*(worker(i) for i in range(30)))

asyncio.run(main())
print(shared[0])
print(trace == list(range(30)) * 2)
`
	r := runPy(t, 4, src)
	expect(t, r, "600\nTrue\n")
	if r.metrics.Pins != 0 {
		t.Errorf("asyncio tasks pinned their threads %d times", r.metrics.Pins)
	}
}

// TestCancellationReachesEveryWait cancels tasks blocked in each kind of
// asyncio wait, many times over, and checks that every one of them sees
// CancelledError at its await and runs its clean-up.
func TestCancellationReachesEveryWait(t *testing.T) {
	src := `
import asyncio
cleaned = []

async def waiter(kind, obj):
    try:
        if kind == 0:
            await asyncio.sleep(100)
        elif kind == 1:
            await obj.get()
        elif kind == 2:
            async with obj:
                pass
        elif kind == 3:
            await obj.wait()
        else:
            await obj
    except asyncio.CancelledError:
        cleaned.append(kind)
        raise

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    lock = asyncio.Lock()
    await lock.acquire()
    ev = asyncio.Event()
    fut = loop.create_future()
    objs = [None, q, lock, ev, fut]
    for rnd in range(20):
        tasks = [asyncio.create_task(waiter(k, objs[k])) for k in range(4)]
        tasks.append(asyncio.create_task(waiter(4, asyncio.shield(fut))))
        await asyncio.sleep(0)
        for t in tasks:
            t.cancel()
        res = await asyncio.gather(*tasks, return_exceptions=True)
        assert all(isinstance(r, asyncio.CancelledError) for r in res), res
    print(len(cleaned), sorted(set(cleaned)), fut.done(), lock.locked())

asyncio.run(main())
`
	r := runPy(t, 4, src)
	expect(t, r, "100 [0, 1, 2, 3, 4] False True\n")
	if r.metrics.Pins != 0 {
		t.Errorf("asyncio waits pinned their threads %d times", r.metrics.Pins)
	}
}

// TestLoopsRunIndependently runs one asyncio loop per thread; the loops
// hand values to each other through thread-safe calls, so each must keep
// running while the other's tasks wait.
func TestLoopsRunIndependently(t *testing.T) {
	src := `
import asyncio, threading

ready = {}
got = []
registered = threading.Barrier(3)

def run_loop(name, peer):
    async def main():
        loop = asyncio.get_running_loop()
        inbox = asyncio.Queue()
        ready[name] = (loop, inbox)
        await asyncio.to_thread(registered.wait)
        ploop, pinbox = ready[peer]
        for i in range(50):
            ploop.call_soon_threadsafe(pinbox.put_nowait, (name, i))
            await inbox.get()
        got.append(name)
    asyncio.run(main())

ts = [threading.Thread(target=run_loop, args=("a", "b")),
      threading.Thread(target=run_loop, args=("b", "a"))]
for t in ts:
    t.start()
registered.wait()
for t in ts:
    t.join()
print(sorted(got))
`
	r := runPy(t, 4, src)
	expect(t, r, "['a', 'b']\n")
}

// TestAwaitWithoutColouring: a plain thread (no loop of its own) awaits a
// future of a loop running in another thread, and asyncio.sleep outside
// any loop sleeps the thread.
func TestAwaitWithoutColouring(t *testing.T) {
	src := `
import asyncio, threading

box = {}
started = threading.Event()

def plain_thread():
    started.wait()
    loop, fut = box["loop"], box["fut"]
    value = await fut
    await asyncio.sleep(0.01)
    loop.call_soon_threadsafe(box["done"].set_result, value * 2)

async def main():
    loop = asyncio.get_running_loop()
    box["loop"] = loop
    box["fut"] = loop.create_future()
    box["done"] = loop.create_future()
    threading.Thread(target=plain_thread).start()
    started.set()
    await asyncio.sleep(0.02)
    box["fut"].set_result(21)
    print(await box["done"])

asyncio.run(main())
`
	r := runPy(t, 2, src)
	expect(t, r, "42\n")
}

// Python-level benchmarks of asyncio, run by weft in process and by
// python3 as the peer in the same run; each program times n operations and
// prints the seconds, reported as ns per operation (ns/pyop).
var asyncioBenches = []struct{ name, src string }{
	// Two tasks alternating through sleep(0): one task switch each.
	{"Sleep0Switch", `
import asyncio, time
n = N
async def spin():
    for _ in range(n):
        await asyncio.sleep(0)
async def main():
    t0 = time.perf_counter()
    await asyncio.gather(spin(), spin())
    return time.perf_counter() - t0
print(asyncio.run(main()) / (2))
`},
	// Items handed from a producer task to a consumer task.
	{"QueueHandoff", `
import asyncio, time
n = N
async def main():
    q = asyncio.Queue(maxsize=64)
    async def consumer():
        for _ in range(n):
            await q.get()
    t0 = time.perf_counter()
    c = asyncio.create_task(consumer())
    for i in range(n):
        await q.put(i)
    await c
    return time.perf_counter() - t0
print(asyncio.run(main()))
`},
	// Create a task and await it.
	{"SpawnAwait", `
import asyncio, time
n = N // 10
async def nothing():
    pass
async def main():
    t0 = time.perf_counter()
    for _ in range(n):
        await asyncio.create_task(nothing())
    return (time.perf_counter() - t0) * 10
print(asyncio.run(main()))
`},
}

func BenchmarkAsyncio(b *testing.B) {
	python, _ := exec.LookPath("python3")
	for _, bench := range asyncioBenches {
		n := 20000
		src := strings.Replace(bench.src, "N", strconv.Itoa(n), 1)
		b.Run(bench.name+"/weft", func(b *testing.B) {
			var total float64
			for i := 0; i < b.N; i++ {
				r := runPy(b, 2, src)
				if r.status != 0 {
					b.Fatalf("status %d: %s", r.status, r.stderr)
				}
				total += parseSeconds(b, r.stdout)
			}
			b.ReportMetric(total/float64(b.N)/float64(n)*1e9, "ns/pyop")
		})
		b.Run(bench.name+"/cpython", func(b *testing.B) {
			if python == "" {
				b.Skip("SKIP: python3 not found on PATH")
			}
			var total float64
			for i := 0; i < b.N; i++ {
				out, err := exec.Command(python, "-c", src).Output()
				if err != nil {
					b.Fatal(err)
				}
				total += parseSeconds(b, string(out))
			}
			b.ReportMetric(total/float64(b.N)/float64(n)*1e9, "ns/pyop")
		})
	}
}

func parseSeconds(b *testing.B, out string) float64 {
	f, err := strconv.ParseFloat(strings.TrimSpace(out), 64)
	if err != nil {
		b.Fatalf("program printed %q, not seconds: %v", out, err)
	}
	return f
}

// TestCancelScopeAroundRun: a vthreads cancel scope around asyncio.run
// ends the run, the loop still shuts down in order (the main coroutine's
// clean-up runs, the leftover task is cancelled and awaited), and the
// waits for the loop's turn are never interrupted, so no two threads ever
// run the loop: the loop is reusable afterwards.
func TestCancelScopeAroundRun(t *testing.T) {
	src := `
import asyncio, vthreads

async def ticker(log):
    try:
        while True:
            await asyncio.sleep(0.005)
            log.append(1)
    finally:
        log.append("ticker done")

async def main(log):
    asyncio.create_task(ticker(log))
    try:
        await asyncio.sleep(0.2)
    finally:
        log.append("main done")

for _ in range(3):
    log = []
    with vthreads.move_on_after(0.05) as scope:
        asyncio.run(main(log))
    assert scope.cancel_called, scope
    assert sorted(x for x in log if x != 1) == ["main done", "ticker done"], log
print(asyncio.run(asyncio.sleep(0, "ok")))
`
	r := runPy(t, 4, src)
	expect(t, r, "ok\n")
}
