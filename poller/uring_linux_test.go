package poller

import (
	"testing"

	"github.com/weftrun/weft/ring"
	"golang.org/x/sys/unix"
)

// TestURingEAGAINRetry drives the path older kernels take, where io_uring
// honours O_NONBLOCK and completes a read with -EAGAIN: the backend must
// wait for readiness with POLL_ADD and retry, and the callback must see the
// data, never EAGAIN. Current kernels poll internally instead, so the
// -EAGAIN completion is injected; the request that really went to the
// kernel is a NOP whose own completion must then be ignored (its slot's
// generation has moved on).
func TestURingEAGAINRetry(t *testing.T) {
	if backends := testBackends(t); backends[0] != "uring" {
		t.Skip("SKIP: io_uring unavailable")
	}
	p := newPoller(t, "uring")
	u := p.b.(*uring)
	r, w := pipe(t)
	buf := make([]byte, 8)
	var res result
	op := &Op{kind: opRead, fd: r, buf: buf, off: -1, cb: res.cb(), state: opSubmitted}
	p.pending.Add(1)
	rop := u.r.Acquire()
	rop.Value, op.sys.rop = op, rop
	if err := u.r.PrepNop(rop); err != nil {
		t.Fatal(err)
	}
	u.handle(p, ring.CQE{UserData: rop.UserData(), Res: -int32(unix.EAGAIN)})
	if res.done || !op.sys.polling {
		t.Fatalf("EAGAIN completed the read (%+v) or did not start polling", res)
	}
	p.Wait(0)
	if res.done {
		t.Fatalf("read of an empty pipe completed: %+v", res)
	}
	unix.Write(w, []byte("retry"))
	until(t, p, func() bool { return res.done })
	if res.err != nil || string(buf[:res.n]) != "retry" {
		t.Fatalf("retried read: %d %v %q", res.n, res.err, buf[:res.n])
	}
	if p.Pending() != 0 {
		t.Fatalf("pending %d", p.Pending())
	}
}
