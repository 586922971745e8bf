//go:build linux || darwin

package poller

import (
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/weftrun/weft/sched"
	"golang.org/x/sys/unix"
)

// echoTask is a sched task (a stackless state machine over TaskIO) that
// echoes one connection until EOF.
type echoTask struct {
	fd    int
	buf   []byte
	n     int
	io    TaskIO
	state int
}

func (e *echoTask) step(t *sched.Task) sched.Status {
	for {
		switch e.state {
		case 0: // start a recv
			e.state = 1
			return e.io.Recv(t, e.fd, e.buf)
		case 1: // recv finished: echo it
			n, err, ok := e.io.Result()
			if !ok {
				return sched.Parked
			}
			if n == 0 || err != nil {
				unix.Close(e.fd)
				return sched.Done
			}
			e.n, e.state = n, 2
			return e.io.Send(t, e.fd, e.buf[:n])
		case 2: // send finished (short sends resend the rest)
			n, err, ok := e.io.Result()
			if !ok {
				return sched.Parked
			}
			if err != nil {
				unix.Close(e.fd)
				return sched.Done
			}
			if n < e.n {
				copy(e.buf, e.buf[n:e.n])
				e.n -= n
				return e.io.Send(t, e.fd, e.buf[:e.n])
			}
			e.state = 0
		}
	}
}

// TestTaskIOEcho runs an echo server and its clients as sched tasks whose
// I/O parks them on the P's poller, on every backend.
func TestTaskIOEcho(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s, err := sched.New(sched.Options{NewPoller: NewForSchedulerWith(Options{Backend: backend})})
		if err != nil {
			t.Fatal(err)
		}
		ln, addr := listener(t, 64)
		const clients = 50
		var acceptIO TaskIO
		var served, echoed atomic.Int32
		s.Spawn(func(t *sched.Task) sched.Status { // the acceptor
			for {
				if n, err, ok := acceptIO.Result(); ok {
					if err != nil {
						return sched.Done // cancelled at the end of the test
					}
					served.Add(1)
					e := &echoTask{fd: n, buf: make([]byte, 128)}
					t.Spawn(e.step)
				}
				return acceptIO.Accept(t, ln)
			}
		})
		for i := 0; i < clients; i++ {
			var io TaskIO
			fd := socket(t, unix.SOCK_STREAM)
			msg := []byte(fmt.Sprintf("hello from %d", i))
			reply := make([]byte, 64)
			state := 0
			s.Spawn(func(t *sched.Task) sched.Status {
				switch state {
				case 0:
					state = 1
					return io.Connect(t, fd, addr)
				case 1:
					if _, err, ok := io.Result(); !ok {
						return sched.Parked
					} else if err != nil {
						panic(err)
					}
					state = 2
					return io.Send(t, fd, msg)
				case 2:
					if _, _, ok := io.Result(); !ok {
						return sched.Parked
					}
					state = 3
					return io.Recv(t, fd, reply)
				}
				n, err, ok := io.Result()
				if !ok {
					return sched.Parked
				}
				if err == nil && string(reply[:n]) == string(msg) {
					echoed.Add(1)
				}
				unix.Close(fd)
				return sched.Done
			})
		}
		if err := s.Start(); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(10 * time.Second)
		for echoed.Load() < clients && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		acceptIO.Cancel()
		done := make(chan error, 1)
		go func() { done <- s.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("scheduler did not finish after the acceptor was cancelled")
		}
		s.Shutdown()
		if echoed.Load() != clients || served.Load() != clients {
			t.Fatalf("%d/%d clients echoed, %d served", echoed.Load(), clients, served.Load())
		}
	})
}

// TestTaskIOCancel blocks a task in recv and cancels it from a plain
// goroutine, as a cancel scope would.
func TestTaskIOCancel(t *testing.T) {
	forEachBackend(t, func(t *testing.T, backend string) {
		s, err := sched.New(sched.Options{Procs: 1, NewPoller: NewForSchedulerWith(Options{Backend: backend})})
		if err != nil {
			t.Fatal(err)
		}
		fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer unix.Close(fds[0])
		defer unix.Close(fds[1])
		unix.SetNonblock(fds[0], true)
		var io TaskIO
		var got atomic.Value
		started := make(chan struct{})
		first := true
		s.Spawn(func(t *sched.Task) sched.Status {
			if _, err, ok := io.Result(); ok {
				got.Store(fmt.Sprint(err))
				if !errors.Is(err, ErrCanceled) {
					got.Store("wrong error: " + fmt.Sprint(err))
				}
				return sched.Done
			}
			if first {
				first = false
				close(started)
				return io.Recv(t, fds[0], make([]byte, 8))
			}
			return sched.Parked
		})
		s.Start()
		<-started
		time.Sleep(5 * time.Millisecond)
		io.Cancel()
		if err := s.Wait(); err != nil {
			t.Fatal(err)
		}
		s.Shutdown()
		if v, _ := got.Load().(string); v != ErrCanceled.Error() {
			t.Fatalf("task saw %q", v)
		}
	})
}
