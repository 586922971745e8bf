//go:build linux || darwin

package subprocessmod_test

import (
	"bufio"
	"bytes"
	"os/exec"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/weftrun/weft/interp"
	"github.com/weftrun/weft/interp/compile"
	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vthread"
	"github.com/weftrun/weft/sched"
)

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

// runPy runs src as __main__ on procs Ps and reports, besides the output,
// the largest number of carrier goroutines seen alive while it ran
// (sampled every 200 µs) and the final scheduler counters.
func runPy(t *testing.T, procs int, src string) (status int, stdout, stderr string, peakCarriers int, m sched.Metrics) {
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
	var peak atomic.Int64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(200 * time.Microsecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				if n := int64(rt.Scheduler().Metrics().Carriers); n > peak.Load() {
					peak.Store(n)
				}
			}
		}
	}()
	status = rt.RunMain(it.Main, code, main.Dict, it.Report)
	close(stop)
	<-sampled
	it.VM.Flush()
	return status, out.String(), errs.String(), int(peak.Load()), rt.Scheduler().Metrics()
}

// TestWaitsDoNotHoldCarriers runs 100 virtual threads that each wait for a
// `sleep 0.2` child on 2 Ps. Each wait is announced as a blocking call, so
// each waiting virtual thread gives its P away and its own carrier sits in
// the wait: the peak number of carriers shows how many waits overlapped.
// With waits that held the P, at most 2 could overlap and the run would
// take 100 × 0.2 s / 2; with at least 50 overlapping it takes about two
// sleep periods. The assertion is on the overlap, not on wall time.
func TestWaitsDoNotHoldCarriers(t *testing.T) {
	if _, err := exec.LookPath("sleep"); err != nil {
		t.Skip("SKIP: no sleep command on this machine")
	}
	src := `
import subprocess, threading
codes = []
def child():
    codes.append(subprocess.run(["sleep", "0.2"]).returncode)
threads = [threading.Thread(target=child) for _ in range(100)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(codes), sum(codes))
`
	status, stdout, stderr, peak, m := runPy(t, 2, src)
	if status != 0 || stdout != "100 0\n" {
		t.Fatalf("status %d\nstdout:\n%s\nstderr:\n%s", status, stdout, stderr)
	}
	if m.BlockingCalls < 100 {
		t.Errorf("%d blocking calls announced, want at least one per child wait (100)", m.BlockingCalls)
	}
	if peak < 50 {
		t.Errorf("at most %d carriers were alive at once: the 100 waits did not overlap (want >= 50)", peak)
	}
	t.Logf("peak carriers %d, blocking calls %d, handoffs %d", peak, m.BlockingCalls, m.Handoffs)
}
