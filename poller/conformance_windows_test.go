package poller

import (
	"errors"
	"net/netip"
	"testing"
	"time"

	"golang.org/x/sys/windows"
)

// The IOCP part of the conformance suite: loopback TCP through AcceptEx,
// ConnectEx, WSASend and WSARecv, EOF, cancellation of a blocked recv, and
// timers. It runs on Windows and under Wine.

type result struct {
	n    int
	err  error
	done bool
}

func (r *result) cb() Callback {
	return func(n int, err error) { r.n, r.err, r.done = n, err, true }
}

func until(t *testing.T, p *Poller, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("condition not reached; %d ops pending", p.Pending())
		}
		if err := p.Wait(20 * time.Millisecond); err != nil {
			t.Fatal(err)
		}
	}
}

func TestIOCPConformance(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if p.Backend() != "iocp" {
		t.Fatalf("backend %s", p.Backend())
	}
	ln, err := windows.Socket(windows.AF_INET, windows.SOCK_STREAM, windows.IPPROTO_TCP)
	if err != nil {
		t.Fatal(err)
	}
	defer windows.Closesocket(ln)
	if err := windows.Bind(ln, &windows.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	windows.Listen(ln, 8)
	sa, _ := windows.Getsockname(ln)
	addr := netip.AddrPortFrom(netip.AddrFrom4([4]byte{127, 0, 0, 1}), uint16(sa.(*windows.SockaddrInet4).Port))
	c, _ := windows.Socket(windows.AF_INET, windows.SOCK_STREAM, windows.IPPROTO_TCP)
	defer windows.Closesocket(c)

	var acc, con result
	p.Accept(ln, acc.cb())
	p.Connect(c, addr, con.cb())
	until(t, p, func() bool { return acc.done && con.done })
	if acc.err != nil || con.err != nil {
		t.Fatalf("accept %v connect %v", acc.err, con.err)
	}
	s := windows.Handle(acc.n)
	defer windows.Closesocket(s)

	buf := make([]byte, 64)
	var snd, rcv result
	p.Recv(s, buf, rcv.cb())
	p.Send(c, []byte("ping"), snd.cb())
	until(t, p, func() bool { return snd.done && rcv.done })
	if snd.n != 4 || rcv.n != 4 || string(buf[:4]) != "ping" {
		t.Fatalf("send %+v recv %+v", snd, rcv)
	}

	var blocked result
	op := p.Recv(s, buf, blocked.cb())
	p.Wait(0)
	p.Cancel(op)
	until(t, p, func() bool { return blocked.done })
	if !errors.Is(blocked.err, ErrCanceled) {
		t.Fatalf("cancelled recv: %v", blocked.err)
	}

	windows.Shutdown(c, windows.SHUT_WR)
	var eof result
	p.Recv(s, buf, eof.cb())
	until(t, p, func() bool { return eof.done })
	if eof.n != 0 || eof.err != nil {
		t.Fatalf("EOF: %+v", eof)
	}

	var tm result
	p.Timeout(2*time.Millisecond, tm.cb())
	until(t, p, func() bool { return tm.done })
	if !errors.Is(tm.err, ErrTimedOut) {
		t.Fatalf("timer: %v", tm.err)
	}

	go func() { time.Sleep(2 * time.Millisecond); p.Wake() }()
	start := time.Now()
	p.Wait(5 * time.Second)
	if time.Since(start) > time.Second {
		t.Fatal("Wake did not interrupt Wait")
	}
}
