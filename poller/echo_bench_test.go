//go:build linux || darwin

package poller

import (
	"fmt"
	"io"
	"net"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/weftrun/weft/sched"
	"golang.org/x/sys/unix"
)

// BenchmarkEcho compares echo servers on loopback: the poller driving one
// carrier goroutine (per backend) against a goroutine-per-connection server
// on Go's net package. Clients are goroutines using net, each connection
// with one 64-byte request in flight at a time. b.N is the total number of
// requests. Reported: req/s, p99 latency, and for the poller servers the
// system calls the server's poller made per request.
func BenchmarkEcho(b *testing.B) {
	var servers []string
	for _, backend := range testBackends(b) {
		servers = append(servers, backend, "sched+"+backend)
	}
	servers = append(servers, "net")
	for _, conns := range []int{1, 100, 1000} {
		if err := raiseNoFile(2*conns + 200); err != nil {
			b.Skipf("SKIP: RLIMIT_NOFILE: %v", err)
		}
		for _, server := range servers {
			b.Run(fmt.Sprintf("conns=%d/server=%s", conns, server), func(b *testing.B) {
				benchEcho(b, server, conns)
			})
		}
	}
}

const echoSize = 64

type echoServer interface {
	addr() string
	// stats are the server's poller counters, if it has a poller; after
	// stop they are the final counts.
	stats() (Stats, bool)
	stop() // idempotent
}

func benchEcho(b *testing.B, server string, conns int) {
	var srv echoServer
	var err error
	switch {
	case server == "net":
		srv, err = startNetEcho()
	case strings.HasPrefix(server, "sched+"):
		srv, err = startSchedEcho(strings.TrimPrefix(server, "sched+"))
	default:
		srv, err = startPollerEcho(server)
	}
	if err != nil {
		b.Fatal(err)
	}
	defer srv.stop()

	clients := make([]net.Conn, conns)
	for i := range clients {
		c, err := net.Dial("tcp", srv.addr())
		if err != nil {
			b.Fatal(err)
		}
		defer c.Close()
		clients[i] = c
	}
	// One warm-up round trip per connection, so every accept is done.
	roundTrip := func(c net.Conn, msg, reply []byte) error {
		if _, err := c.Write(msg); err != nil {
			return err
		}
		_, err := io.ReadFull(c, reply)
		return err
	}
	for _, c := range clients {
		msg := make([]byte, echoSize)
		if err := roundTrip(c, msg, msg); err != nil {
			b.Fatal(err)
		}
	}
	before, counted := srv.stats()

	var tickets atomic.Int64
	tickets.Store(int64(b.N))
	lat := make([][]time.Duration, conns)
	var wg sync.WaitGroup
	var failed atomic.Value
	b.ResetTimer()
	start := time.Now()
	for i, c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			msg := make([]byte, echoSize)
			reply := make([]byte, echoSize)
			for k := range msg {
				msg[k] = byte(i + k)
			}
			for tickets.Add(-1) >= 0 {
				t0 := time.Now()
				if err := roundTrip(c, msg, reply); err != nil {
					failed.Store(err)
					return
				}
				lat[i] = append(lat[i], time.Since(t0))
				if reply[echoSize-1] != msg[echoSize-1] {
					failed.Store(fmt.Errorf("echo mismatch"))
					return
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	if err := failed.Load(); err != nil {
		b.Fatal(err)
	}
	all := slices.Concat(lat...)
	slices.Sort(all)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(all[len(all)*99/100].Microseconds()), "p99-µs")
	srv.stop()
	if counted {
		after, _ := srv.stats()
		b.ReportMetric(float64(after.Syscalls()-before.Syscalls())/float64(b.N), "syscalls/req")
		b.ReportMetric(float64(after.Waits-before.Waits)/float64(b.N), "waits/req")
	}
}

// pollerEcho is the poller-driven server: one goroutine locked to its OS
// thread (a carrier) runs Wait in a loop; each connection is a small state
// machine of callbacks (recv → send until all echoed → recv).
type pollerEcho struct {
	p        *Poller
	final    Stats // after stop
	ln       int
	address  string
	quit     atomic.Bool
	wantSnap atomic.Bool
	snap     chan Stats
	done     chan struct{}
}

type echoConn struct {
	s        *pollerEcho
	fd       int
	buf      []byte
	off, n   int
	onRecv   Callback
	onSend   Callback
	closedFd bool
}

func startPollerEcho(backend string) (*pollerEcho, error) {
	s := &pollerEcho{snap: make(chan Stats, 1), done: make(chan struct{})}
	ready := make(chan error, 1)
	go s.run(backend, ready)
	return s, <-ready
}

func (s *pollerEcho) run(backend string, ready chan<- error) {
	defer close(s.done)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	p, err := New(Options{Backend: backend, LockedThread: true})
	if err != nil {
		ready <- err
		return
	}
	defer p.Close()
	s.p = p
	ln, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM, 0)
	if err == nil {
		err = unix.SetNonblock(ln, true)
	}
	if err == nil {
		err = unix.Bind(ln, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}})
	}
	if err == nil {
		err = unix.Listen(ln, 4096)
	}
	if err != nil {
		ready <- err
		return
	}
	defer unix.Close(ln)
	sa, _ := unix.Getsockname(ln)
	s.ln, s.address = ln, fmt.Sprintf("127.0.0.1:%d", sa.(*unix.SockaddrInet4).Port)
	var conns []*echoConn
	var onAccept Callback
	onAccept = func(fd int, err error) {
		if err != nil {
			return
		}
		unix.SetsockoptInt(fd, unix.IPPROTO_TCP, unix.TCP_NODELAY, 1)
		c := &echoConn{s: s, fd: fd, buf: make([]byte, 4096)}
		c.onRecv, c.onSend = c.recvDone, c.sendDone
		conns = append(conns, c)
		p.Recv(fd, c.buf, c.onRecv)
		p.Accept(ln, onAccept)
	}
	p.Accept(ln, onAccept)
	ready <- nil
	for !s.quit.Load() {
		if err := p.Wait(-1); err != nil {
			panic(err)
		}
		if s.wantSnap.Swap(false) {
			s.snap <- p.Stats()
		}
	}
	s.final = p.Stats()
	for _, c := range conns {
		if !c.closedFd {
			unix.Close(c.fd)
		}
	}
}

func (c *echoConn) recvDone(n int, err error) {
	if n <= 0 || err != nil {
		c.close()
		return
	}
	c.off, c.n = 0, n
	c.s.p.Send(c.fd, c.buf[:n], c.onSend)
}

func (c *echoConn) sendDone(n int, err error) {
	if err != nil {
		c.close()
		return
	}
	c.off += n
	if c.off < c.n {
		c.s.p.Send(c.fd, c.buf[c.off:c.n], c.onSend)
		return
	}
	c.s.p.Recv(c.fd, c.buf, c.onRecv)
}

func (c *echoConn) close() {
	c.s.p.Forget(c.fd)
	unix.Close(c.fd)
	c.closedFd = true
}

func (s *pollerEcho) addr() string { return s.address }

func (s *pollerEcho) stats() (Stats, bool) {
	if s.quit.Load() {
		return s.final, true
	}
	s.wantSnap.Store(true)
	s.p.Wake()
	return <-s.snap, true
}

func (s *pollerEcho) stop() {
	if s.quit.Swap(true) {
		return
	}
	s.p.Wake()
	<-s.done
}

// schedEcho is the same server written as sched tasks: an acceptor task
// and one echoTask (task_unix_test.go) per connection, blocking through
// TaskIO on the pollers of the scheduler's Ps. Its poller counters can only
// be read once the scheduler has stopped, so they include the connection
// set-up and warm-up round trips (a slight overcount per request).
type schedEcho struct {
	s       *sched.Scheduler
	ln      int
	address string
	mu      sync.Mutex
	pollers []*Poller
	stopped bool
}

func startSchedEcho(backend string) (*schedEcho, error) {
	e := &schedEcho{}
	s, err := sched.New(sched.Options{NewPoller: func(int) (sched.Poller, error) {
		p, err := New(Options{Backend: backend})
		if err == nil {
			e.mu.Lock()
			e.pollers = append(e.pollers, p)
			e.mu.Unlock()
		}
		return p, err
	}})
	if err != nil {
		return nil, err
	}
	e.s = s
	ln, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM, 0)
	if err == nil {
		err = unix.SetNonblock(ln, true)
	}
	if err == nil {
		err = unix.Bind(ln, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}})
	}
	if err == nil {
		err = unix.Listen(ln, 4096)
	}
	if err != nil {
		return nil, err
	}
	sa, _ := unix.Getsockname(ln)
	e.ln, e.address = ln, fmt.Sprintf("127.0.0.1:%d", sa.(*unix.SockaddrInet4).Port)
	var acceptIO TaskIO
	s.Spawn(func(t *sched.Task) sched.Status {
		if fd, err, ok := acceptIO.Result(); ok {
			if err != nil {
				return sched.Done
			}
			unix.SetsockoptInt(fd, unix.IPPROTO_TCP, unix.TCP_NODELAY, 1)
			t.Spawn((&echoTask{fd: fd, buf: make([]byte, 4096)}).step)
		}
		return acceptIO.Accept(t, ln)
	})
	return e, s.Start()
}

func (e *schedEcho) addr() string { return e.address }

func (e *schedEcho) stats() (Stats, bool) {
	var sum Stats
	if !e.stopped {
		return sum, true // counted from zero: see the type comment
	}
	for _, p := range e.pollers {
		st := p.Stats()
		sum.Waits += st.Waits
		sum.Enters += st.Enters
		sum.PollWaits += st.PollWaits
		sum.Ctls += st.Ctls
		sum.IOCalls += st.IOCalls
		sum.WakeWrites += st.WakeWrites
	}
	return sum, true
}

func (e *schedEcho) stop() {
	if e.stopped {
		return
	}
	e.stopped = true
	e.s.Shutdown() // its carriers are gone when it returns: the counters are final
	unix.Close(e.ln)
}

// netEcho is the peer: Go's own net package, one goroutine per connection.
type netEcho struct{ ln net.Listener }

func startNetEcho() (*netEcho, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				buf := make([]byte, 4096)
				for {
					n, err := c.Read(buf)
					if err != nil {
						return
					}
					if _, err := c.Write(buf[:n]); err != nil {
						return
					}
				}
			}()
		}
	}()
	return &netEcho{ln: ln}, nil
}

func (s *netEcho) addr() string         { return s.ln.Addr().String() }
func (s *netEcho) stats() (Stats, bool) { return Stats{}, false }
func (s *netEcho) stop()                { s.ln.Close() }
