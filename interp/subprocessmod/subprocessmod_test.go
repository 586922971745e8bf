//go:build linux || darwin

package subprocessmod_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
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
// (sampled every 200 µs) and the final scheduler counters. Once that peak
// reaches release, or after a minute, it creates the file flag (the
// children in the test wait for it).
func runPy(t *testing.T, procs int, src string, release int, flag string) (status int, stdout, stderr string, peakCarriers int, m sched.Metrics) {
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
	start := time.Now()
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
				if peak.Load() >= int64(release) || time.Since(start) > time.Minute {
					os.WriteFile(flag, nil, 0o600)
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

// TestWaitsDoNotHoldCarriers runs 100 virtual threads on 2 Ps that each
// wait for a child process; the children only exit once a flag file
// exists, and the test creates it when it has seen 90 carrier goroutines
// alive at once (or after a minute). Each wait is announced as a blocking
// call, so each waiting virtual thread gives its P away and sits in the
// wait on its own carrier: the carrier count is the number of overlapping
// waits. Waits that held the P would let at most 2 overlap, and 100
// `sleep 0.2` children would take 100 × 0.2 s / 2 instead of about one
// period. The assertion is on the overlap, never on wall time.
func TestWaitsDoNotHoldCarriers(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("SKIP: no sh on this machine")
	}
	flag := filepath.Join(t.TempDir(), "release")
	src := `
import subprocess, threading
codes = []
def child():
    codes.append(subprocess.run(["sh", "-c", 'while [ ! -e "$0" ]; do sleep 0.1; done', FLAG]).returncode)
threads = [threading.Thread(target=child) for _ in range(100)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(codes), sum(codes))
`
	src = "FLAG = " + strconv.Quote(flag) + "\n" + src
	status, stdout, stderr, peak, m := runPy(t, 2, src, 90, flag)
	if status != 0 || stdout != "100 0\n" {
		t.Fatalf("status %d\nstdout:\n%s\nstderr:\n%s", status, stdout, stderr)
	}
	if m.BlockingCalls < 100 {
		t.Errorf("%d blocking calls announced, want at least one per child wait (100)", m.BlockingCalls)
	}
	if peak < 90 {
		t.Errorf("at most %d carriers were alive at once: the 100 waits did not overlap (want >= 90)", peak)
	}
	t.Logf("peak carriers %d, blocking calls %d, handoffs %d", peak, m.BlockingCalls, m.Handoffs)
}

// TestBadArguments checks that malformed calls into _subprocess raise
// Python exceptions instead of panicking in Go, and that a readline
// followed by communicate loses no buffered output.
func TestBadArguments(t *testing.T) {
	src := `
import _subprocess, subprocess
for args in [(), (1, 2, 3, 4, 5, 6, 7), ([], None, None, None, -4, -4, -4), (["x", 1], None, None, None, -4, -4, -4),
             (["true"], None, None, None, -9, -4, -4)]:
    try:
        _subprocess.spawn(*args)
        print("no error")
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__)
for f in [_subprocess.wait, _subprocess.poll, _subprocess.kill]:
    try:
        f("not a process")
    except TypeError:
        print("TypeError")
p = subprocess.Popen(["sh", "-c", "printf 'one\\ntwo\\nthree\\n'"], stdout=subprocess.PIPE)
print(p.stdout.readline(), p.communicate())
`
	status, stdout, stderr, _, _ := runPy(t, 2, src, 1<<30, filepath.Join(t.TempDir(), "unused"))
	want := "TypeError\nTypeError\nIndexError\nTypeError\nValueError\nTypeError\nTypeError\nTypeError\nb'one\\n' (b'two\\nthree\\n', None)\n"
	if status != 0 || stdout != want {
		t.Fatalf("status %d\nstdout:\n%s\nwant:\n%s\nstderr:\n%s", status, stdout, want, stderr)
	}
}
