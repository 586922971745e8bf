package vthread_test

import (
	"strconv"
	"strings"
	"testing"
)

// TestGroupTenThousandChildren: a ThreadGroup joins 10 000 children that
// each block (a sleep and a contended lock); every future has its result.
// A bounded group (max_concurrency=8, fewer children: they run 8 at a
// time) keeps its bound.
func TestGroupTenThousandChildren(t *testing.T) {
	r := runPy(t, 4, `
import threading, time, vthreads
def sleeper(i):
    time.sleep(0.001)
    return i * 2
with vthreads.ThreadGroup() as g:
    fs = [g.spawn(sleeper, i) for i in range(10000)]
print(all(f.result() == 2 * i for i, f in enumerate(fs)))
lock = threading.Lock()
state = {'now': 0, 'peak': 0, 'sum': 0}
def child(i):
    with lock:
        state['now'] += 1
        state['peak'] = max(state['peak'], state['now'])
    time.sleep(0.001)
    with lock:
        state['now'] -= 1
        state['sum'] += i
with vthreads.ThreadGroup(max_concurrency=8) as g:
    fs = [g.spawn(child, i) for i in range(800)]
print(all(f.done() for f in fs), state['sum'] == sum(range(800)), state['now'], state['peak'] <= 8, state['peak'] > 1)
`, nil)
	expect(t, r, "True\nTrue True 0 True True\n")
}

// TestGroupFailureCancelsSiblings: siblings blocked at every kind of
// blocking point are cancelled when one child fails; the group raises an
// ExceptionGroup holding only the failure, the siblings' futures are
// cancelled, further spawns are refused, and it all happens promptly.
func TestGroupFailureCancelsSiblings(t *testing.T) {
	r := runPy(t, 2, `
import threading, queue, time, vthreads
held = threading.Lock(); held.acquire()
q = queue.Queue()
ev = threading.Event()
cond = threading.Condition()
blocker = threading.Thread(target=ev.wait); blocker.start()
def wait_cond():
    with cond:
        cond.wait()
waits = [lambda: time.sleep(30), held.acquire, q.get, ev.wait, wait_cond, blocker.join]
ready = threading.Event()
def fail():
    # Fails once the block is about to sleep, however slow the spawns were
    # (under -race they can take longer than any fixed delay).
    ready.wait()
    time.sleep(0.02)
    raise KeyError('first')
spawned_after = []
t0 = time.monotonic()
try:
    with vthreads.ThreadGroup(name='g') as g:
        sibs = [g.spawn(w) for w in waits]
        g.spawn(fail)
        try:
            ready.set()
            time.sleep(30)
        except vthreads.Cancelled:
            # The failure cancelled the block too; spawning is refused.
            try:
                g.spawn(print, 'never')
            except RuntimeError as e:
                spawned_after.append(str(e))
            raise
except* KeyError as eg:
    print('group', [repr(e) for e in eg.exceptions])
print([f.cancelled() for f in sibs], spawned_after)
print(time.monotonic() - t0 < 5)
print(cond._waiters == [], held.locked(), q.qsize())
ev.set(); blocker.join()
`, nil)
	expect(t, r, "group [\"KeyError('first')\"]\n[True, True, True, True, True, True] ['ThreadGroup has failed: no new threads']\nTrue\nTrue True 0\n")
}

// TestScopesAreLevelTriggered: once a scope is cancelled every blocking
// call inside it raises, until the block exits; a shield protects from
// outer scopes only; deadlines nest (the earliest wins) and move_on_after,
// fail_after and timeout end their blocks as documented.
func TestScopesAreLevelTriggered(t *testing.T) {
	r := runPy(t, 2, `
import threading, time, vthreads
from vthreads import Cancelled, CancelScope
out = []
with CancelScope() as s:
    s.cancel()
    for call in (lambda: time.sleep(1), threading.Event().wait, lambda: threading.Semaphore(0).acquire()):
        try:
            call()
        except Cancelled:
            out.append('raised')
    time.sleep(1)
    out.append('not reached')
out.append(s.cancelled_caught)
with CancelScope() as outer:
    outer.cancel()
    with CancelScope(shield=True) as inner:
        time.sleep(0.001)
        out.append('shielded')
        inner.cancel()
        time.sleep(1)
    out.append(inner.cancelled_caught)
    time.sleep(1)
out.append(outer.cancelled_caught)
t0 = time.monotonic()
with vthreads.move_on_after(10) as a:
    with vthreads.move_on_after(0.02) as b:
        time.sleep(10)
    out.append((a.cancelled_caught, b.cancelled_caught))
out.append(time.monotonic() - t0 < 5)
try:
    with vthreads.fail_after(0.01):
        threading.Lock().acquire(); threading.Lock().acquire()
        l = threading.Lock(); l.acquire(); l.acquire()
except TimeoutError:
    out.append('fail_after')
try:
    with vthreads.timeout(0.01):
        t1 = time.monotonic()
        while time.monotonic() - t1 < 0.05:
            pass
except TimeoutError:
    out.append('timeout fired without blocking')
with vthreads.move_on_after(0.01) as m:
    pass
out.append(m.cancelled_caught)
print(out)
`, nil)
	expect(t, r, "['raised', 'raised', 'raised', True, 'shielded', True, True, (False, True), True, 'fail_after', 'timeout fired without blocking', False]\n")
}

// TestCancelRacesLockHandOff: scopes around lock waits are cancelled from
// another thread while the lock is handed from waiter to waiter. A waiter
// either gets the lock or raises Cancelled; none keeps a lock handed to
// it after its cancellation won, so the lock ends free and nobody hangs.
func TestCancelRacesLockHandOff(t *testing.T) {
	r := runPy(t, 4, `
import threading, time, vthreads
lock = threading.Lock()
got, cancelled = [], []
scopes = []
rounds = []
def worker():
    # 40 rounds, then more until some cancellation landed (the canceller
    # may start after fast workers are done), bounded so a bug cannot hang.
    n = 0
    while n < 40 or (not cancelled and n < 100000):
        n += 1
        s = vthreads.CancelScope()
        scopes.append(s)
        with s:
            with lock:
                time.sleep(0)
            got.append(1)
        if s.cancelled_caught:
            cancelled.append(1)
    rounds.append(n)
done = threading.Event()
def canceller():
    # Cancels recently entered scopes (the live ones) until every worker
    # has finished, so cancellations land whatever the interleaving.
    x = 3
    while not done.is_set():
        x = (x * 1103515245 + 12345) % 2147483648
        if scopes:
            scopes[-1 - x % min(8, len(scopes))].cancel()
        if x % 5 == 0:
            time.sleep(0)
ts = [threading.Thread(target=worker) for _ in range(8)]
c = threading.Thread(target=canceller)
for t in ts: t.start()
c.start()
for t in ts: t.join()
done.set()
c.join()
print(len(got) + len(cancelled) == sum(rounds), lock.locked(), len(cancelled) > 0)
`, nil)
	expect(t, r, "True False True\n")
}

// TestDump: vthreads.dump() lists every thread with its state, the Python
// stack of the blocked ones, and the tree of live groups.
func TestDump(t *testing.T) {
	r := runPy(t, 2, `
import sys, threading, time, vthreads
ev = threading.Event()
def blocked():
    ev.wait()
with vthreads.ThreadGroup(name='outer') as g:
    g.spawn(blocked)
    time.sleep(0.05)
    vthreads.dump(file=sys.stdout)
    ev.set()
`, nil)
	for _, want := range []string{
		"Thread 'MainThread' (ident 1) running (this thread):",
		"Thread 'outer-1' (ident 2) blocked in Lock.acquire:",
		"line 5, in blocked",
		"Thread groups:",
		"outer (active): 1 running, 0 waiting to start",
		"outer-1 (ident 2)",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Fatalf("dump lacks %q:\n%s\nstderr:\n%s", want, r.stdout, r.stderr)
		}
	}
}

// cancelLatencySrc measures, n times, the time from the call that ends a
// parked thread's Event.wait — WAKE — to the moment the thread runs again.
const cancelLatencySrc = `
import threading, time, vthreads
n = N
total = 0.0
for _ in range(n):
    ready = threading.Event(); ev = threading.Event(); stamp = []
    scope = vthreads.CancelScope()
    def child():
        with scope:
            ready.set()
            ev.wait()
        stamp.append(time.perf_counter())
    t = threading.Thread(target=child); t.start()
    ready.wait(); time.sleep(0.0005)
    t0 = time.perf_counter()
    WAKE
    t.join()
    total += stamp[0] - t0
print(total)
`

// BenchmarkCancelLatency: how long a cancellation takes to reach a thread
// parked in Event.wait (scope.cancel() until the thread runs after its
// scope), next to the ordinary wake-up of the same wait (ev.set()) as the
// peer. ns/pyop is the mean latency.
func BenchmarkCancelLatency(b *testing.B) {
	n := 500
	for _, c := range []struct{ name, wake string }{{"Cancel", "scope.cancel()"}, {"Wake", "ev.set()"}} {
		src := strings.Replace(strings.Replace(cancelLatencySrc, "N", strconv.Itoa(n), 1), "WAKE", c.wake, 1)
		b.Run(c.name, func(b *testing.B) {
			var total float64
			for i := 0; i < b.N; i++ {
				r := runPy(b, 2, src, nil)
				if r.status != 0 {
					b.Fatalf("status %d: %s", r.status, r.stderr)
				}
				total += parseSeconds(b, r.stdout)
			}
			b.ReportMetric(total/float64(b.N)/float64(n)*1e9, "ns/pyop")
		})
	}
}

// spawnSrc starts and joins n children that return at once, SPAWN being
// the way to start them.
const spawnSrc = `
import threading, time, vthreads
n = N
def nothing():
    pass
t0 = time.perf_counter()
SPAWN
print(time.perf_counter() - t0)
`

// BenchmarkGroupSpawn: the cost of a ThreadGroup child (spawn, run, join
// through the group) next to a threading.Thread start and join, its peer,
// in the same run. ns/pyop is per child.
func BenchmarkGroupSpawn(b *testing.B) {
	n := 5000
	for _, c := range []struct{ name, spawn string }{
		{"ThreadGroup", "with vthreads.ThreadGroup() as g:\n    for _ in range(n): g.spawn(nothing)"},
		{"Thread", "ts = [threading.Thread(target=nothing) for _ in range(n)]\nfor t in ts: t.start()\nfor t in ts: t.join()"},
	} {
		src := strings.Replace(strings.Replace(spawnSrc, "N", strconv.Itoa(n), 1), "SPAWN", c.spawn, 1)
		b.Run(c.name, func(b *testing.B) {
			var total float64
			for i := 0; i < b.N; i++ {
				r := runPy(b, 2, src, nil)
				if r.status != 0 {
					b.Fatalf("status %d: %s", r.status, r.stderr)
				}
				total += parseSeconds(b, r.stdout)
			}
			b.ReportMetric(total/float64(b.N)/float64(n)*1e9, "ns/pyop")
		})
	}
}

// TestCheckpointsWithoutBlocking: time.sleep(0) does not park, but it is a
// checkpoint, so it raises in a cancelled scope (as trio.sleep(0) does); an
// acquire of a free lock is not one (clean-up code takes locks inside
// cancelled scopes).
func TestCheckpointsWithoutBlocking(t *testing.T) {
	r := runPy(t, 2, `
import threading, time, vthreads
out = []
lock = threading.Lock()
for name, call in [('sleep0', lambda: time.sleep(0)),
                   ('acquire', lambda: lock.acquire())]:
    s = vthreads.CancelScope()
    with s:
        s.cancel()
        call()
        if lock.locked():
            lock.release()
        out.append(name + ' ran')
    out.append((name, s.cancelled_caught))
print(out)
`, nil)
	expect(t, r, "[('sleep0', True), 'acquire ran', ('acquire', False)]\n")
}
