package poller

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
)

// FD is what operations act on: a file HANDLE or a SOCKET on Windows. It
// must be opened for overlapped I/O (FILE_FLAG_OVERLAPPED; sockets are by
// default). Accept reports the new SOCKET as the int result.
type FD = windows.Handle

// Errors callbacks receive for cancellation and timers, as Windows error
// numbers so that errors.Is against syscall values works.
var (
	ErrCanceled error = windows.ERROR_OPERATION_ABORTED
	ErrTimedOut error = windows.ERROR_TIMEOUT
	// ErrNotSupported is the result of PollReadable and PollWritable:
	// completion ports report finished operations, never readiness.
	ErrNotSupported error = windows.ERROR_NOT_SUPPORTED
)

// GetQueuedCompletionStatusEx is not in x/sys/windows; it is loaded on first
// use from kernel32 (present since Vista) with the system-directory-only
// search that NewLazySystemDLL guarantees.
var (
	kernel32                        = windows.NewLazySystemDLL("kernel32.dll")
	procGetQueuedCompletionStatusEx = kernel32.NewProc("GetQueuedCompletionStatusEx")
)

// overlappedEntry is OVERLAPPED_ENTRY.
type overlappedEntry struct {
	CompletionKey uintptr
	Overlapped    *windows.Overlapped
	Internal      uintptr // NTSTATUS of the operation
	Bytes         uint32
}

// iocpReq is one overlapped request. The OVERLAPPED is its first field, so
// the pointer the kernel hands back names the request; the request also
// holds everything else the kernel reads or writes (the WSABUF, the flags
// word, AcceptEx's address buffer). It is a heap object kept reachable by
// iocp.inflight from issue to completion packet.
type iocpReq struct {
	ov        windows.Overlapped
	op        *Op
	wsabuf    windows.WSABuf
	flags     uint32
	accepted  windows.Handle
	addrSpace [2 * (unsafe.Sizeof(windows.RawSockaddrAny{}) + 16)]byte
}

type opSys struct {
	deadline  time.Time
	heapIndex int
	req       *iocpReq
}

const wakeKey = 1 // completion key of Wake's packets; I/O packets use 0

// iocp is the Windows backend: every operation is issued as overlapped I/O
// at submit and its completion packet is reaped, with all others that are
// ready, by one GetQueuedCompletionStatusEx per Wait.
type iocp struct {
	port       windows.Handle
	inflight   map[*windows.Overlapped]*iocpReq // the slot table
	associated map[windows.Handle]bool
	timers     timerHeap
	entries    []overlappedEntry

	sleeping atomic.Bool
	woken    atomic.Bool

	polls, ctls, iocalls uint64
	wakeWrites           atomic.Uint64
}

func newBackend(opts Options) (backend, string, error, error) {
	name := opts.Backend
	if name == "" {
		name = os.Getenv("WEFT_POLLER")
	}
	if name != "" && name != "iocp" {
		return nil, "", nil, fmt.Errorf("poller: unknown backend %q (want iocp)", name)
	}
	if err := procGetQueuedCompletionStatusEx.Find(); err != nil {
		return nil, "", nil, fmt.Errorf("poller: %w", err)
	}
	port, err := windows.CreateIoCompletionPort(windows.InvalidHandle, 0, 0, 1)
	if err != nil {
		return nil, "", nil, fmt.Errorf("poller: CreateIoCompletionPort: %w", err)
	}
	return &iocp{
		port:       port,
		inflight:   make(map[*windows.Overlapped]*iocpReq),
		associated: make(map[windows.Handle]bool),
		entries:    make([]overlappedEntry, 256),
	}, "iocp", nil, nil
}

func (c *iocp) associate(h windows.Handle) error {
	if c.associated[h] {
		return nil
	}
	c.ctls++
	if _, err := windows.CreateIoCompletionPort(h, c.port, 0, 0); err != nil {
		return err
	}
	c.associated[h] = true
	return nil
}

func (c *iocp) submit(p *Poller, op *Op) {
	if op.kind == opTimeout {
		c.timers.add(op)
		return
	}
	if op.kind == opPollIn || op.kind == opPollOut {
		p.complete(op, 0, ErrNotSupported)
		return
	}
	if err := c.associate(op.fd); err != nil {
		p.complete(op, 0, err)
		return
	}
	req := &iocpReq{op: op}
	op.sys.req = req
	if op.off > 0 {
		req.ov.Offset = uint32(op.off)
		req.ov.OffsetHigh = uint32(op.off >> 32)
	}
	c.inflight[&req.ov] = req
	c.iocalls++
	var err error
	switch op.kind {
	case opRead:
		err = windows.ReadFile(op.fd, op.buf, nil, &req.ov)
	case opWrite:
		err = windows.WriteFile(op.fd, op.buf, nil, &req.ov)
	case opRecv:
		req.wsabuf = windows.WSABuf{Len: uint32(len(op.buf)), Buf: unsafe.SliceData(op.buf)}
		err = windows.WSARecv(op.fd, &req.wsabuf, 1, nil, &req.flags, &req.ov, nil)
	case opSend:
		req.wsabuf = windows.WSABuf{Len: uint32(len(op.buf)), Buf: unsafe.SliceData(op.buf)}
		err = windows.WSASend(op.fd, &req.wsabuf, 1, nil, 0, &req.ov, nil)
	case opAccept:
		err = c.issueAccept(req)
	case opConnect:
		err = c.issueConnect(req)
	}
	if err != nil && err != windows.ERROR_IO_PENDING {
		// Failed without queuing a packet.
		delete(c.inflight, &req.ov)
		if req.accepted != 0 {
			windows.Closesocket(req.accepted)
		}
		op.sys.req = nil
		p.complete(op, 0, err)
	}
}

func (c *iocp) issueAccept(req *iocpReq) error {
	sa, err := windows.Getsockname(req.op.fd)
	if err != nil {
		return err
	}
	family := windows.AF_INET
	if _, ok := sa.(*windows.SockaddrInet6); ok {
		family = windows.AF_INET6
	}
	s, err := windows.Socket(family, windows.SOCK_STREAM, windows.IPPROTO_TCP)
	if err != nil {
		return err
	}
	req.accepted = s
	half := uint32(len(req.addrSpace) / 2)
	return windows.AcceptEx(req.op.fd, s, &req.addrSpace[0], 0, half, half, nil, &req.ov)
}

func (c *iocp) issueConnect(req *iocpReq) error {
	addr := req.op.addr.Addr()
	var sa, any windows.Sockaddr
	if addr.Is4() || addr.Is4In6() {
		sa = &windows.SockaddrInet4{Port: int(req.op.addr.Port()), Addr: addr.Unmap().As4()}
		any = &windows.SockaddrInet4{}
	} else {
		sa = &windows.SockaddrInet6{Port: int(req.op.addr.Port()), Addr: addr.As16()}
		any = &windows.SockaddrInet6{}
	}
	// ConnectEx needs a bound socket; an already bound one says WSAEINVAL.
	if err := windows.Bind(req.op.fd, any); err != nil && err != windows.WSAEINVAL {
		return err
	}
	return windows.ConnectEx(req.op.fd, sa, nil, 0, nil, &req.ov)
}

func (c *iocp) cancel(p *Poller, op *Op) {
	if op.kind == opTimeout {
		c.timers.remove(op)
		p.complete(op, 0, ErrCanceled)
		return
	}
	if req := op.sys.req; req != nil {
		// The packet still arrives, with ERROR_OPERATION_ABORTED (or the
		// real result if the I/O finished first).
		c.iocalls++
		windows.CancelIoEx(op.fd, &req.ov)
	}
}

func (c *iocp) wait(p *Poller, timeout time.Duration) error {
	timeout = c.timers.clamp(timeout)
	if timeout != 0 {
		c.sleeping.Store(true)
		if c.woken.Swap(false) {
			timeout = 0
		}
	}
	ms := uint32(windows.INFINITE)
	if timeout >= 0 {
		ms = uint32((timeout + time.Millisecond - 1) / time.Millisecond)
	}
	var removed uint32
	c.polls++
	r1, _, errno := procGetQueuedCompletionStatusEx.Call(uintptr(c.port),
		uintptr(unsafe.Pointer(&c.entries[0])), uintptr(len(c.entries)),
		uintptr(unsafe.Pointer(&removed)), uintptr(ms), 0)
	c.sleeping.Store(false)
	c.woken.Store(false)
	if r1 == 0 {
		removed = 0
		if errno != windows.WAIT_TIMEOUT && errno != windows.ERROR_SUCCESS {
			return fmt.Errorf("poller: GetQueuedCompletionStatusEx: %w", errno)
		}
	}
	for _, e := range c.entries[:removed] {
		if e.CompletionKey == wakeKey {
			continue
		}
		req := c.inflight[e.Overlapped]
		if req == nil {
			continue
		}
		delete(c.inflight, e.Overlapped)
		c.finish(p, req, windows.NTStatus(e.Internal), int(e.Bytes))
	}
	c.timers.fire(p)
	return nil
}

func (c *iocp) finish(p *Poller, req *iocpReq, status windows.NTStatus, n int) {
	op := req.op
	op.sys.req = nil
	var err error
	if status != 0 {
		err = status.Errno()
	}
	switch {
	case op.kind == opAccept && err == nil:
		ls := op.fd
		err = windows.Setsockopt(req.accepted, windows.SOL_SOCKET, windows.SO_UPDATE_ACCEPT_CONTEXT,
			(*byte)(unsafe.Pointer(&ls)), int32(unsafe.Sizeof(ls)))
		if err == nil {
			p.complete(op, int(req.accepted), nil)
			return
		}
		windows.Closesocket(req.accepted)
	case op.kind == opAccept:
		windows.Closesocket(req.accepted)
	case op.kind == opConnect && err == nil:
		err = windows.Setsockopt(op.fd, windows.SOL_SOCKET, windows.SO_UPDATE_CONNECT_CONTEXT, nil, 0)
		n = 0
	case err == windows.ERROR_HANDLE_EOF || err == windows.ERROR_BROKEN_PIPE:
		// End of file, or a pipe whose writer closed: EOF, as on Unix.
		err, n = nil, 0
	}
	if err != nil {
		n = 0
	}
	p.complete(op, n, err)
}

func (c *iocp) wake() {
	if c.woken.Swap(true) {
		return
	}
	if c.sleeping.Load() {
		c.wakeWrites.Add(1)
		windows.PostQueuedCompletionStatus(c.port, 0, wakeKey, nil)
	}
}

func (c *iocp) forget(fd FD) { delete(c.associated, fd) }

func (c *iocp) stats(s *Stats) {
	s.PollWaits += c.polls
	s.Ctls += c.ctls
	s.IOCalls += c.iocalls
	s.WakeWrites += c.wakeWrites.Load()
}

// abandonedRequests keeps requests whose completion never arrived before
// Close reachable for the life of the process: the kernel may still write
// into them.
var abandonedRequests struct {
	sync.Mutex
	reqs []*iocpReq
}

func (c *iocp) close(p *Poller) error {
	for _, req := range c.inflight {
		windows.CancelIoEx(req.op.fd, &req.ov)
	}
	for deadline := time.Now().Add(time.Second); len(c.inflight) > 0 && time.Now().Before(deadline); {
		c.wait(p, 10*time.Millisecond)
	}
	abandonedRequests.Lock()
	for _, req := range c.inflight {
		abandonedRequests.reqs = append(abandonedRequests.reqs, req)
		p.complete(req.op, 0, ErrClosed)
	}
	abandonedRequests.Unlock()
	for len(c.timers) > 0 {
		op := c.timers[0]
		c.timers.remove(op)
		p.complete(op, 0, ErrClosed)
	}
	return windows.CloseHandle(c.port)
}
