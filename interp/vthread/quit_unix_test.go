//go:build !windows

package vthread_test

import (
	"strings"
	"syscall"
	"testing"

	"github.com/weftrun/weft/interp"
	"github.com/weftrun/weft/interp/objects"
)

// TestQuitSignalDumpsThreads: SIGQUIT prints every thread with the stack
// of the blocked ones, and the program goes on.
func TestQuitSignalDumpsThreads(t *testing.T) {
	r := runPy(t, 2, `
import threading, time
ev, ready = threading.Event(), threading.Event()
def worker():
    ready.set()
    ev.wait()
t = threading.Thread(target=worker, name='worker'); t.start()
ready.wait()
time.sleep(0.05)
send_quit()
time.sleep(0.3)
ev.set(); t.join()
print('still running')
`, func(it *interp.Interpreter) {
		it.VM.Builtins.SetStr(objects.Interned("send_quit"), objects.NewBuiltin("send_quit", func(c objects.Ctx, a []objects.Value, k []string) (objects.Value, error) {
			return objects.None, syscall.Kill(syscall.Getpid(), syscall.SIGQUIT)
		}, nil).Value())
	})
	expect(t, r, "still running\n")
	for _, want := range []string{"Thread \"worker\" (ident 2) blocked in Lock.acquire:", "line 6, in worker"} {
		if !strings.Contains(r.stderr, want) {
			t.Fatalf("the dump lacks %q:\n%s", want, r.stderr)
		}
	}
}
