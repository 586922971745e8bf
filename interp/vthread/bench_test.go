package vthread_test

import (
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// Python-level benchmarks of the threading primitives, each run by weft
// (in process, on the scheduler) and by python3 as the peer in the same
// run. The program times its own loop of n operations and prints the
// seconds; the benchmark reports ns per Python-level operation (ns/pyop),
// so interpreter start-up is not counted for either.
var pyBenches = []struct{ name, src string }{
	// One switch each way: two threads alternate through time.sleep(0).
	{"Sleep0Switch", `
import threading, time
n = N
def other():
    for _ in range(n):
        time.sleep(0)
t = threading.Thread(target=other); t.start()
t0 = time.perf_counter()
for _ in range(n):
    time.sleep(0)
el = time.perf_counter() - t0
t.join()
print(el / 2)
`},
	{"LockUncontended", `
import threading, time
n = N
l = threading.Lock()
t0 = time.perf_counter()
for _ in range(n):
    l.acquire()
    l.release()
print(time.perf_counter() - t0)
`},
	// Items handed from one thread to another through queue.Queue.
	{"QueueHandoff", `
import threading, queue, time
n = N
q = queue.Queue(maxsize=64)
def consumer():
    for _ in range(n):
        q.get()
t = threading.Thread(target=consumer); t.start()
t0 = time.perf_counter()
for i in range(n):
    q.put(i)
t.join()
print(time.perf_counter() - t0)
`},
	// Start and join of a thread that does nothing.
	{"SpawnJoin", `
import threading, time
n = N // 10
def nothing():
    pass
t0 = time.perf_counter()
for _ in range(n):
    t = threading.Thread(target=nothing); t.start(); t.join()
print((time.perf_counter() - t0) * 10)
`},
}

func BenchmarkThreading(b *testing.B) {
	python, _ := exec.LookPath("python3")
	for _, bench := range pyBenches {
		n := 20000
		src := strings.Replace(bench.src, "N", strconv.Itoa(n), 1)
		for _, procs := range []int{1, 2} {
			b.Run(bench.name+"/weft-P"+strconv.Itoa(procs), func(b *testing.B) {
				var total float64
				for i := 0; i < b.N; i++ {
					r := runPy(b, procs, src, nil)
					if r.status != 0 {
						b.Fatalf("status %d: %s", r.status, r.stderr)
					}
					total += parseSeconds(b, r.stdout)
				}
				b.ReportMetric(total/float64(b.N)/float64(n)*1e9, "ns/pyop")
			})
		}
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
