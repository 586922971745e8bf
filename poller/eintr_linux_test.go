package poller

import (
	"runtime"
	"sync"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestEINTR interrupts a blocked Wait with signals aimed at its own thread
// and checks that the wait survives (counted as an interruption) and the
// pending read still completes correctly.
func TestEINTR(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		p := newPoller(t, backend)
		r, w := pipe(t)
		tid := unix.Gettid()
		var rd result
		buf := make([]byte, 8)
		p.Read(r, buf, rd.cb())
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				case <-time.After(time.Millisecond):
					// SIGURG: the Go runtime's own preemption signal, which
					// it handles and ignores otherwise.
					unix.Tgkill(unix.Getpid(), tid, unix.SIGURG)
				}
			}
		}()
		deadline := time.Now().Add(5 * time.Second)
		for p.Stats().Interrupts == 0 && time.Now().Before(deadline) {
			if err := p.Wait(50 * time.Millisecond); err != nil {
				t.Fatalf("Wait returned %v on a signal", err)
			}
		}
		close(stop)
		wg.Wait()
		if p.Stats().Interrupts == 0 {
			t.Fatal("no interrupted wait observed")
		}
		if rd.done {
			t.Fatalf("read completed without data: %d %v", rd.n, rd.err)
		}
		unix.Write(w, []byte("ok"))
		until(t, p, func() bool { return rd.done })
		if rd.err != nil || string(buf[:rd.n]) != "ok" {
			t.Fatalf("read after EINTR: %d %v", rd.n, rd.err)
		}
	})
}
