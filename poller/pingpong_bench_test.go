//go:build linux || darwin

package poller

import (
	"fmt"
	"net"
	"os"
	"testing"
	"time"

	"github.com/weftrun/weft/sched"
	"golang.org/x/sys/unix"
)

// BenchmarkPingPong measures the latency of one I/O-bound pair: two tasks
// bouncing one byte over a socketpair, the way two virtual threads doing
// blocking recv/send do (a non-blocking recv first, the poller operation on
// EAGAIN, the send as a direct system call). With nothing else to run, every
// round trip parks both tasks, so it measures how fast a completion gets a
// task running again: the carrier's trip through the poller, not CPU. b.N is
// the number of round trips. The peer, in the same run, is two goroutines on
// Go's netpoller (net.FileConn over the same kind of socketpair). Reported:
// cpu-ns/op (process user+system time, all threads) and, for the scheduler,
// the pollers' system calls per round trip.
func BenchmarkPingPong(b *testing.B) {
	for _, backend := range testBackends(b) {
		for _, procs := range []int{1, 2} {
			b.Run(fmt.Sprintf("sched+%s/procs=%d", backend, procs), func(b *testing.B) {
				benchPingPongSched(b, backend, procs)
			})
		}
	}
	b.Run("goroutines", benchPingPongNet)
}

func socketpairNonblock(b *testing.B) [2]int {
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	if err != nil {
		b.Fatal(err)
	}
	for _, fd := range fds {
		if err := unix.SetNonblock(fd, true); err != nil {
			b.Fatal(err)
		}
	}
	b.Cleanup(func() { unix.Close(fds[0]); unix.Close(fds[1]) })
	return fds
}

// cpuTime is the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru unix.Rusage
	unix.Getrusage(unix.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// pingTask is one end of the pair: send (unless it only answers), then
// receive, n times.
type pingTask struct {
	fd      int
	n       int
	starter bool
	sent    bool
	buf     [1]byte
	io      TaskIO
	waiting bool
	done    chan error
}

func (pt *pingTask) step(t *sched.Task) sched.Status {
	for pt.n > 0 {
		if pt.starter && !pt.sent {
			if _, err := unix.Write(pt.fd, pt.buf[:]); err != nil {
				pt.done <- err
				return sched.Done
			}
			pt.sent = true
		}
		if pt.waiting {
			got, err, ok := pt.io.Result()
			if !ok {
				return sched.Parked
			}
			pt.waiting = false
			if err != nil || got != 1 {
				pt.done <- fmt.Errorf("recv: %d, %v", got, err)
				return sched.Done
			}
		} else if _, err := unix.Read(pt.fd, pt.buf[:]); err == unix.EAGAIN {
			pt.waiting = true
			return pt.io.Recv(t, pt.fd, pt.buf[:])
		} else if err != nil {
			pt.done <- err
			return sched.Done
		}
		if !pt.starter {
			if _, err := unix.Write(pt.fd, pt.buf[:]); err != nil {
				pt.done <- err
				return sched.Done
			}
		}
		pt.sent = false
		pt.n--
	}
	pt.done <- nil
	return sched.Done
}

func benchPingPongSched(b *testing.B, backend string, procs int) {
	var pollers []*Poller
	s, err := sched.New(sched.Options{Procs: procs, NewPoller: func(int) (sched.Poller, error) {
		p, err := New(Options{Backend: backend})
		if err == nil {
			pollers = append(pollers, p) // New calls NewPoller once per P, in turn
		}
		return p, err
	}})
	if err != nil {
		b.Fatal(err)
	}
	if err := s.Start(); err != nil {
		b.Fatal(err)
	}
	fds := socketpairNonblock(b)
	done := make(chan error, 2)
	ping := &pingTask{fd: fds[0], n: b.N, starter: true, done: done}
	pong := &pingTask{fd: fds[1], n: b.N, done: done}
	b.ResetTimer()
	c0 := cpuTime()
	s.Spawn(pong.step)
	s.Spawn(ping.step)
	for range 2 {
		if err := <-done; err != nil {
			b.Fatal(err)
		}
	}
	cpu := cpuTime() - c0
	b.StopTimer()
	steals := s.Metrics().Steals
	s.Shutdown()
	var calls, wakes uint64
	for _, p := range pollers {
		st := p.Stats()
		calls += st.Enters + st.PollWaits + st.Ctls + st.IOCalls + st.WakeWrites
		wakes += st.WakeWrites
	}
	b.ReportMetric(float64(wakes)/float64(b.N), "wakewrites/op")
	b.ReportMetric(float64(steals)/float64(b.N), "steals/op")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(calls)/float64(b.N), "syscalls/op")
}

func benchPingPongNet(b *testing.B) {
	fds := socketpairNonblock(b)
	conns := [2]net.Conn{}
	for i, fd := range fds {
		dup, err := unix.Dup(fd)
		if err != nil {
			b.Fatal(err)
		}
		f := os.NewFile(uintptr(dup), "pair")
		c, err := net.FileConn(f)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		defer c.Close()
		conns[i] = c
	}
	done := make(chan error, 1)
	b.ResetTimer()
	c0 := cpuTime()
	go func() {
		var buf [1]byte
		for range b.N {
			if _, err := conns[1].Read(buf[:]); err != nil {
				done <- err
				return
			}
			if _, err := conns[1].Write(buf[:]); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	var buf [1]byte
	for range b.N {
		if _, err := conns[0].Write(buf[:]); err != nil {
			b.Fatal(err)
		}
		if _, err := conns[0].Read(buf[:]); err != nil {
			b.Fatal(err)
		}
	}
	if err := <-done; err != nil {
		b.Fatal(err)
	}
	cpu := cpuTime() - c0
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
}
