package ring

import (
	"errors"
	"path/filepath"
	"runtime"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

func newRing(t *testing.T, opts Options) *Ring {
	t.Helper()
	r, err := New(opts)
	if errors.Is(err, unix.EPERM) || errors.Is(err, unix.ENOSYS) {
		t.Skipf("SKIP: io_uring unavailable here: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

// complete submits and reaps until op's (last) CQE arrives.
func complete(t *testing.T, r *Ring, op *Op) CQE {
	t.Helper()
	return completeOthers(t, r, op, func(c CQE) { t.Fatalf("unexpected CQE %+v", c) })
}

// completeOthers is complete that hands every other CQE to other.
func completeOthers(t *testing.T, r *Ring, op *Op, other func(CQE)) CQE {
	t.Helper()
	want := op.UserData()
	deadline := time.Now().Add(5 * time.Second)
	var cqes [16]CQE
	for time.Now().Before(deadline) {
		if _, err := r.SubmitAndWait(1, 100*time.Millisecond); err != nil && err != unix.ETIME && err != unix.EINTR {
			t.Fatal(err)
		}
		for _, c := range cqes[:r.Reap(cqes[:])] {
			if c.UserData == want {
				return c
			}
			other(c)
		}
	}
	t.Fatalf("no completion for op %#x", want)
	return CQE{}
}

func TestABILayout(t *testing.T) {
	if s := unsafe.Sizeof(SQE{}); s != 64 {
		t.Errorf("SQE size %d, want 64", s)
	}
	if s := unsafe.Sizeof(CQE{}); s != 16 {
		t.Errorf("CQE size %d, want 16", s)
	}
	if s := unsafe.Sizeof(params{}); s != 120 {
		t.Errorf("params size %d, want 120", s)
	}
	if s := unsafe.Sizeof(getEventsArg{}); s != 24 {
		t.Errorf("getevents arg size %d, want 24", s)
	}
	if s := unsafe.Sizeof(probe{}); s != 16+8*opcodeSlots {
		t.Errorf("probe size %d", s)
	}
	if o := unsafe.Offsetof(SQE{}.UserData); o != 32 {
		t.Errorf("user_data at %d, want 32", o)
	}
	if o := unsafe.Offsetof(SQE{}.Addr3); o != 48 {
		t.Errorf("addr3 at %d, want 48", o)
	}
}

func TestSetupFlagFallbackAndProbe(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	r := newRing(t, Options{Entries: 8, SingleIssuer: true})
	t.Logf("setup flags %#x features %#x", r.SetupFlags(), r.Features())
	for _, op := range []uint8{OpNop, OpRead, OpWrite, OpReadv, OpWritev, OpRecv, OpSend, OpAccept, OpConnect, OpOpenat, OpClose, OpFsync, OpStatx, OpTimeout, OpLinkTimeout, OpAsyncCancel} {
		if !r.Supports(op) {
			t.Errorf("probe: opcode %d not supported", op)
		}
	}
	if r.Supports(255) {
		t.Error("probe claims opcode 255")
	}
	// Without the single-issuer promise set-up must not pick DEFER_TASKRUN.
	r2 := newRing(t, Options{Entries: 8})
	if r2.SetupFlags()&(SetupDeferTaskrun|SetupSingleIssuer) != 0 {
		t.Errorf("flags %#x without SingleIssuer", r2.SetupFlags())
	}
}

func TestNopAndStaleUserData(t *testing.T) {
	r := newRing(t, Options{Entries: 4})
	op := r.Acquire()
	if err := r.PrepNop(op); err != nil {
		t.Fatal(err)
	}
	old := op.UserData()
	c := complete(t, r, op)
	if c.Res != 0 || r.Lookup(c.UserData) != op {
		t.Fatalf("nop CQE %+v", c)
	}
	r.Release(op)
	if r.Lookup(old) != nil {
		t.Fatal("released op still found by its old user_data")
	}
	op2 := r.Acquire()
	if op2 != op || op2.UserData() == old {
		t.Fatalf("slot reuse: same slot expected with a new generation (%#x vs %#x)", op2.UserData(), old)
	}
	if r.Lookup(1<<20) != nil {
		t.Fatal("lookup out of range")
	}
}

func TestSQFull(t *testing.T) {
	r := newRing(t, Options{Entries: 2})
	n := 0
	for ; n < 100; n++ {
		if err := r.PrepNop(r.Acquire()); err == ErrSQFull {
			break
		}
	}
	if n != 2 || r.SQSpace() != 0 {
		t.Fatalf("SQ accepted %d SQEs, space %d; want 2, 0", n, r.SQSpace())
	}
	if _, err := r.Submit(); err != nil {
		t.Fatal(err)
	}
	if r.SQSpace() != 2 {
		t.Fatalf("space after submit %d", r.SQSpace())
	}
}

func TestFileOps(t *testing.T) {
	r := newRing(t, Options{Entries: 8})
	dir := t.TempDir()
	path := filepath.Join(dir, "f")

	op := r.Acquire()
	if err := r.PrepOpenat(op, unix.AT_FDCWD, path, unix.O_CREAT|unix.O_RDWR|unix.O_CLOEXEC, 0o600); err != nil {
		t.Fatal(err)
	}
	c := complete(t, r, op)
	r.Release(op)
	if c.Res < 0 {
		t.Fatalf("openat: %v", unix.Errno(-c.Res))
	}
	fd := int(c.Res)

	op = r.Acquire()
	r.PrepWritev(op, fd, [][]byte{[]byte("hello, "), []byte("ring")}, 0)
	if c = complete(t, r, op); c.Res != 11 {
		t.Fatalf("writev res %d", c.Res)
	}
	r.Release(op)

	op = r.Acquire()
	r.PrepFsync(op, fd, FsyncDatasync)
	if c = complete(t, r, op); c.Res != 0 {
		t.Fatalf("fsync res %d", c.Res)
	}
	r.Release(op)

	op = r.Acquire()
	a, b := make([]byte, 5), make([]byte, 10)
	r.PrepReadv(op, fd, [][]byte{a, b}, 0)
	if c = complete(t, r, op); c.Res != 11 || string(a)+string(b[:6]) != "hello, ring" {
		t.Fatalf("readv res %d %q %q", c.Res, a, b)
	}
	r.Release(op)

	op = r.Acquire()
	buf := make([]byte, 4)
	r.PrepRead(op, fd, buf, 7)
	if c = complete(t, r, op); c.Res != 4 || string(buf) != "ring" {
		t.Fatalf("read at 7: %d %q", c.Res, buf)
	}
	r.Release(op)

	op = r.Acquire()
	st := new(unix.Statx_t)
	r.PrepStatx(op, unix.AT_FDCWD, path, 0, unix.STATX_SIZE, st)
	if c = complete(t, r, op); c.Res != 0 || st.Size != 11 {
		t.Fatalf("statx res %d size %d", c.Res, st.Size)
	}
	r.Release(op)

	op = r.Acquire()
	r.PrepClose(op, fd)
	if c = complete(t, r, op); c.Res != 0 {
		t.Fatalf("close res %d", c.Res)
	}
	r.Release(op)
	if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err != unix.EBADF {
		t.Fatalf("fd still open after close: %v", err)
	}

	op = r.Acquire()
	r.PrepStatx(op, unix.AT_FDCWD, filepath.Join(dir, "missing"), 0, unix.STATX_SIZE, new(unix.Statx_t))
	if c = complete(t, r, op); unix.Errno(-c.Res) != unix.ENOENT {
		t.Fatalf("statx of missing file: %d", c.Res)
	}
	r.Release(op)
}

func TestSocketOps(t *testing.T) {
	r := newRing(t, Options{Entries: 16})
	ln, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Close(ln)
	if err := unix.Bind(ln, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		t.Fatal(err)
	}
	unix.Listen(ln, 16)
	sa, _ := unix.Getsockname(ln)

	accept := r.Acquire()
	multishot := r.SupportsMultishotAccept()
	if err := r.PrepAccept(accept, ln, unix.SOCK_CLOEXEC, true, multishot); err != nil {
		t.Fatal(err)
	}
	var served []int
	onAccept := func(c CQE) {
		if c.UserData != accept.UserData() || c.Res < 0 {
			t.Fatalf("unexpected CQE %+v", c)
		}
		served = append(served, int(c.Res))
		if peer, ok := accept.Sockaddr(); !ok || peer.(*unix.SockaddrInet4).Addr != [4]byte{127, 0, 0, 1} {
			t.Fatalf("peer address %v", peer)
		}
		if multishot != (c.Flags&CQEMore != 0) {
			t.Fatalf("multishot %v but CQE flags %#x", multishot, c.Flags)
		}
		if !multishot && len(served) < 2 {
			r.PrepAccept(accept, ln, unix.SOCK_CLOEXEC, true, false)
		}
	}
	var clients [2]int
	for i := range clients {
		clients[i], _ = unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
		defer unix.Close(clients[i])
		op := r.Acquire()
		if err := r.PrepConnect(op, clients[i], sa); err != nil {
			t.Fatal(err)
		}
		if c := completeOthers(t, r, op, onAccept); c.Res != 0 {
			t.Fatalf("connect: %v", unix.Errno(-c.Res))
		}
		r.Release(op)
	}
	var cqes [8]CQE
	for deadline := time.Now().Add(5 * time.Second); len(served) < 2 && time.Now().Before(deadline); {
		r.SubmitAndWait(1, 50*time.Millisecond)
		for _, c := range cqes[:r.Reap(cqes[:])] {
			onAccept(c)
		}
	}
	if len(served) != 2 {
		t.Fatalf("accepted %d connections", len(served))
	}
	defer unix.Close(served[0])
	defer unix.Close(served[1])
	if multishot {
		cancel := r.Acquire()
		r.PrepCancel(cancel, accept.UserData())
		// Both the accept (-ECANCELED, no CQEMore) and the cancel complete.
		got := map[uint64]int32{}
		for deadline := time.Now().Add(5 * time.Second); len(got) < 2 && time.Now().Before(deadline); {
			r.SubmitAndWait(1, 50*time.Millisecond)
			for _, c := range cqes[:r.Reap(cqes[:])] {
				got[c.UserData] = c.Res
			}
		}
		if unix.Errno(-got[accept.UserData()]) != unix.ECANCELED || got[cancel.UserData()] != 0 {
			t.Fatalf("cancel of multishot accept: %v", got)
		}
		r.Release(cancel)
	}
	r.Release(accept)

	send := r.Acquire()
	r.PrepSend(send, clients[0], []byte("ping"), unix.MSG_NOSIGNAL)
	if c := complete(t, r, send); c.Res != 4 {
		t.Fatalf("send %d", c.Res)
	}
	r.Release(send)
	recv := r.Acquire()
	buf := make([]byte, 16)
	r.PrepRecv(recv, served[0], buf, 0)
	if c := complete(t, r, recv); c.Res != 4 || string(buf[:4]) != "ping" {
		t.Fatalf("recv %d %q", c.Res, buf)
	}
	r.Release(recv)
}

func TestTimeoutsAndCancel(t *testing.T) {
	r := newRing(t, Options{Entries: 8})
	op := r.Acquire()
	start := time.Now()
	r.PrepTimeout(op, 5*time.Millisecond, 0, 0)
	if c := complete(t, r, op); unix.Errno(-c.Res) != unix.ETIME {
		t.Fatalf("timeout res %d", c.Res)
	}
	if el := time.Since(start); el < 5*time.Millisecond {
		t.Fatalf("timeout fired after %v", el)
	}
	r.Release(op)

	// A read on an empty pipe linked to a 5 ms link timeout: the read is
	// cancelled, the timeout reports ETIME.
	var p [2]int
	if err := unix.Pipe2(p[:], unix.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	defer unix.Close(p[0])
	defer unix.Close(p[1])
	rd, lt := r.Acquire(), r.Acquire()
	r.PrepRead(rd, p[0], make([]byte, 8), CurrentPos)
	r.SetLink()
	r.PrepLinkTimeout(lt, 5*time.Millisecond)
	got := map[uint64]int32{}
	var cqes [4]CQE
	for deadline := time.Now().Add(5 * time.Second); len(got) < 2 && time.Now().Before(deadline); {
		r.SubmitAndWait(2, 50*time.Millisecond)
		for _, c := range cqes[:r.Reap(cqes[:])] {
			got[c.UserData] = c.Res
		}
	}
	if unix.Errno(-got[rd.UserData()]) != unix.ECANCELED || unix.Errno(-got[lt.UserData()]) != unix.ETIME {
		t.Fatalf("linked read/timeout: %v", got)
	}
	r.Release(rd)
	r.Release(lt)

	// Explicit cancellation of a blocked read.
	rd, cancel := r.Acquire(), r.Acquire()
	r.PrepRead(rd, p[0], make([]byte, 8), CurrentPos)
	r.Submit()
	r.PrepCancel(cancel, rd.UserData())
	got = map[uint64]int32{}
	for deadline := time.Now().Add(5 * time.Second); len(got) < 2 && time.Now().Before(deadline); {
		r.SubmitAndWait(2, 50*time.Millisecond)
		for _, c := range cqes[:r.Reap(cqes[:])] {
			got[c.UserData] = c.Res
		}
	}
	if unix.Errno(-got[rd.UserData()]) != unix.ECANCELED || got[cancel.UserData()] != 0 {
		t.Fatalf("cancelled read: %v", got)
	}
}

func TestMsgRing(t *testing.T) {
	a := newRing(t, Options{Entries: 4})
	b := newRing(t, Options{Entries: 4})
	if !a.Supports(OpMsgRing) {
		t.Skip("SKIP: kernel lacks IORING_OP_MSG_RING (Linux >= 5.18)")
	}
	op := a.Acquire()
	a.PrepMsgRing(op, b.Fd(), 42, 0xfeed)
	if c := complete(t, a, op); c.Res != 0 {
		t.Fatalf("msg_ring: %d", c.Res)
	}
	var cqes [1]CQE
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
		b.SubmitAndWait(1, 50*time.Millisecond)
		if b.Reap(cqes[:]) == 1 {
			if cqes[0].UserData != 0xfeed || cqes[0].Res != 42 {
				t.Fatalf("message %+v", cqes[0])
			}
			return
		}
	}
	t.Fatal("message never arrived")
}

// TestCloseWithInflight checks that Close cancels a blocked request and
// waits for it instead of leaving the kernel a buffer that may be freed.
func TestCloseWithInflight(t *testing.T) {
	r, err := New(Options{Entries: 4})
	if err != nil {
		t.Skipf("SKIP: io_uring unavailable: %v", err)
	}
	var p [2]int
	unix.Pipe2(p[:], unix.O_CLOEXEC)
	defer unix.Close(p[0])
	defer unix.Close(p[1])
	r.PrepRead(r.Acquire(), p[0], make([]byte, 8), CurrentPos)
	r.Submit()
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if r.Live() != 0 {
		t.Fatalf("%d ops still live after Close", r.Live())
	}
}
