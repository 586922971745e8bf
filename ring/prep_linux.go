package ring

import (
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// The Prep methods fill the next SQE for op and make op own the memory the
// kernel will use, so the caller may drop its own references at once. They
// return ErrSQFull when no SQE is free; op is then untouched.
//
// Addresses are taken with unsafe.SliceData/unsafe.Pointer only after the
// memory is stored in op (a heap object in the slot table): storing it there
// makes it escape to the heap, and Go's collector does not move heap
// objects, so the address stays valid until Release.

func (r *Ring) prep(op *Op, opcode uint8, fd int) (*SQE, error) {
	sqe := r.getSQE()
	if sqe == nil {
		return nil, ErrSQFull
	}
	sqe.Opcode = opcode
	sqe.Fd = int32(fd)
	sqe.UserData = op.UserData()
	return sqe, nil
}

func bufAddr(b []byte) uint64 { return uint64(uintptr(unsafe.Pointer(unsafe.SliceData(b)))) }

// PrepNop prepares a request that does nothing and completes with 0.
func (r *Ring) PrepNop(op *Op) error {
	_, err := r.prep(op, OpNop, -1)
	return err
}

// CurrentPos as a file offset means "the file's current position" (and is
// the only valid offset for pipes and sockets).
const CurrentPos = -1

// PrepRead prepares read(fd, buf) at offset off (CurrentPos: the file
// position).
func (r *Ring) PrepRead(op *Op, fd int, buf []byte, off int64) error {
	return r.prepRW(op, OpRead, fd, buf, off)
}

// PrepWrite prepares write(fd, buf) at offset off (CurrentPos: the file
// position).
func (r *Ring) PrepWrite(op *Op, fd int, buf []byte, off int64) error {
	return r.prepRW(op, OpWrite, fd, buf, off)
}

func (r *Ring) prepRW(op *Op, opcode uint8, fd int, buf []byte, off int64) error {
	sqe, err := r.prep(op, opcode, fd)
	if err != nil {
		return err
	}
	op.buf = buf
	sqe.Addr = bufAddr(op.buf)
	sqe.Len = uint32(len(buf))
	sqe.Off = uint64(off)
	return nil
}

// PrepReadv prepares readv(fd, bufs) at offset off. The iovec array is built
// in op, not on the caller's stack.
func (r *Ring) PrepReadv(op *Op, fd int, bufs [][]byte, off int64) error {
	return r.prepRWV(op, OpReadv, fd, bufs, off)
}

// PrepWritev prepares writev(fd, bufs) at offset off.
func (r *Ring) PrepWritev(op *Op, fd int, bufs [][]byte, off int64) error {
	return r.prepRWV(op, OpWritev, fd, bufs, off)
}

func (r *Ring) prepRWV(op *Op, opcode uint8, fd int, bufs [][]byte, off int64) error {
	sqe, err := r.prep(op, opcode, fd)
	if err != nil {
		return err
	}
	op.bufs = bufs
	op.iovecs = make([]unix.Iovec, len(bufs))
	for i, b := range bufs {
		op.iovecs[i].Base = unsafe.SliceData(b)
		op.iovecs[i].SetLen(len(b))
	}
	sqe.Addr = uint64(uintptr(unsafe.Pointer(unsafe.SliceData(op.iovecs))))
	sqe.Len = uint32(len(bufs))
	sqe.Off = uint64(off)
	return nil
}

// PrepRecv prepares recv(fd, buf, flags).
func (r *Ring) PrepRecv(op *Op, fd int, buf []byte, flags int) error {
	return r.prepSendRecv(op, OpRecv, fd, buf, flags)
}

// PrepSend prepares send(fd, buf, flags). Callers normally pass
// unix.MSG_NOSIGNAL so a reset peer gives EPIPE instead of SIGPIPE.
func (r *Ring) PrepSend(op *Op, fd int, buf []byte, flags int) error {
	return r.prepSendRecv(op, OpSend, fd, buf, flags)
}

func (r *Ring) prepSendRecv(op *Op, opcode uint8, fd int, buf []byte, flags int) error {
	sqe, err := r.prep(op, opcode, fd)
	if err != nil {
		return err
	}
	op.buf = buf
	sqe.Addr = bufAddr(op.buf)
	sqe.Len = uint32(len(buf))
	sqe.OpFlags = uint32(flags)
	return nil
}

// PrepAccept prepares accept4(fd, flags). With wantAddr the peer address is
// written into op (read it with op.Sockaddr after the completion). With
// multishot the request stays armed and completes once per connection, each
// CQE flagged CQEMore until the last; it needs SupportsMultishotAccept.
func (r *Ring) PrepAccept(op *Op, fd int, flags int, wantAddr, multishot bool) error {
	sqe, err := r.prep(op, OpAccept, fd)
	if err != nil {
		return err
	}
	if wantAddr {
		op.socklen = uint32(unsafe.Sizeof(op.sockaddr))
		sqe.Addr = uint64(uintptr(unsafe.Pointer(&op.sockaddr)))
		sqe.Off = uint64(uintptr(unsafe.Pointer(&op.socklen)))
	}
	if multishot {
		sqe.IOPrio = acceptMultishot
	}
	sqe.OpFlags = uint32(flags)
	return nil
}

// PrepConnect prepares connect(fd, sa) for IPv4, IPv6 and Unix addresses;
// the raw address is built in op.
func (r *Ring) PrepConnect(op *Op, fd int, sa unix.Sockaddr) error {
	n, err := encodeSockaddr(&op.sockaddr, sa)
	if err != nil {
		return err
	}
	sqe, err := r.prep(op, OpConnect, fd)
	if err != nil {
		return err
	}
	sqe.Addr = uint64(uintptr(unsafe.Pointer(&op.sockaddr)))
	sqe.Off = uint64(n)
	return nil
}

// PrepOpenat prepares openat(dirfd, path, flags, mode); the NUL-terminated
// path is kept in op.
func (r *Ring) PrepOpenat(op *Op, dirfd int, path string, flags int, mode uint32) error {
	p, err := unix.ByteSliceFromString(path)
	if err != nil {
		return err
	}
	sqe, err := r.prep(op, OpOpenat, dirfd)
	if err != nil {
		return err
	}
	op.path = p
	sqe.Addr = bufAddr(op.path)
	sqe.Len = mode
	sqe.OpFlags = uint32(flags)
	return nil
}

// PrepClose prepares close(fd).
func (r *Ring) PrepClose(op *Op, fd int) error {
	_, err := r.prep(op, OpClose, fd)
	return err
}

// PrepFsync prepares fsync(fd), or fdatasync with FsyncDatasync.
func (r *Ring) PrepFsync(op *Op, fd int, flags uint32) error {
	sqe, err := r.prep(op, OpFsync, fd)
	if err != nil {
		return err
	}
	sqe.OpFlags = flags
	return nil
}

// PrepStatx prepares statx(dirfd, path, flags, mask) into dst, which op keeps
// reachable; read dst after the completion.
func (r *Ring) PrepStatx(op *Op, dirfd int, path string, flags int, mask uint32, dst *unix.Statx_t) error {
	p, err := unix.ByteSliceFromString(path)
	if err != nil {
		return err
	}
	sqe, err := r.prep(op, OpStatx, dirfd)
	if err != nil {
		return err
	}
	op.path, op.statx = p, dst
	sqe.Addr = bufAddr(op.path)
	sqe.Len = mask
	sqe.Off = uint64(uintptr(unsafe.Pointer(op.statx)))
	sqe.OpFlags = uint32(flags)
	return nil
}

// PrepTimeout prepares a timer that completes with -ETIME after d, or with 0
// once count other completions have been posted (count 0: time only). The
// timespec lives in op.
func (r *Ring) PrepTimeout(op *Op, d time.Duration, count uint64, flags uint32) error {
	sqe, err := r.prep(op, OpTimeout, -1)
	if err != nil {
		return err
	}
	op.ts = kernelTimespec{Sec: int64(d / time.Second), Nsec: int64(d % time.Second)}
	sqe.Addr = uint64(uintptr(unsafe.Pointer(&op.ts)))
	sqe.Len = 1
	sqe.Off = count
	sqe.OpFlags = flags
	return nil
}

// PrepLinkTimeout prepares a timeout for the request prepared just before
// it, which must carry SQEIOLink (see SetLink): if that request is still
// running after d it is cancelled (-ECANCELED) and this one completes with
// -ETIME.
func (r *Ring) PrepLinkTimeout(op *Op, d time.Duration) error {
	sqe, err := r.prep(op, OpLinkTimeout, -1)
	if err != nil {
		return err
	}
	op.ts = kernelTimespec{Sec: int64(d / time.Second), Nsec: int64(d % time.Second)}
	sqe.Addr = uint64(uintptr(unsafe.Pointer(&op.ts)))
	sqe.Len = 1
	return nil
}

// SetLink marks the most recently prepared SQE with SQEIOLink, so the next
// one (a link timeout, or a dependent request) runs only after it.
func (r *Ring) SetLink() {
	r.sqes[(r.sqLocal-1)&r.sqMask].Flags |= SQEIOLink
}

// PrepCancel prepares an asynchronous cancellation of the request whose
// user_data is target. The target completes with -ECANCELED (or its own
// result if it finished first); this request completes with 0, -ENOENT (not
// found) or -EALREADY (already running, cancellation attempted).
func (r *Ring) PrepCancel(op *Op, target uint64) error {
	sqe, err := r.prep(op, OpAsyncCancel, -1)
	if err != nil {
		return err
	}
	sqe.Addr = target
	return nil
}

// PrepMsgRing prepares a message to another ring: a CQE with user_data
// userData and res value is posted on the ring whose fd is ringFd. It is how
// one P's carrier wakes another without an eventfd.
func (r *Ring) PrepMsgRing(op *Op, ringFd int, value int32, userData uint64) error {
	sqe, err := r.prep(op, OpMsgRing, ringFd)
	if err != nil {
		return err
	}
	sqe.Len = uint32(value)
	sqe.Off = userData
	return nil
}

// PrepPollAdd prepares a one-shot poll for events (unix.POLLIN, POLLOUT) on
// fd; it completes with the ready mask.
func (r *Ring) PrepPollAdd(op *Op, fd int, events uint32) error {
	sqe, err := r.prep(op, OpPollAdd, fd)
	if err != nil {
		return err
	}
	sqe.OpFlags = events
	return nil
}

func encodeSockaddr(dst *unix.RawSockaddrAny, sa unix.Sockaddr) (uint32, error) {
	*dst = unix.RawSockaddrAny{}
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		raw := (*unix.RawSockaddrInet4)(unsafe.Pointer(dst))
		raw.Family = unix.AF_INET
		raw.Port = uint16(sa.Port>>8) | uint16(sa.Port)<<8
		raw.Addr = sa.Addr
		return unix.SizeofSockaddrInet4, nil
	case *unix.SockaddrInet6:
		raw := (*unix.RawSockaddrInet6)(unsafe.Pointer(dst))
		raw.Family = unix.AF_INET6
		raw.Port = uint16(sa.Port>>8) | uint16(sa.Port)<<8
		raw.Addr = sa.Addr
		raw.Scope_id = sa.ZoneId
		return unix.SizeofSockaddrInet6, nil
	case *unix.SockaddrUnix:
		raw := (*unix.RawSockaddrUnix)(unsafe.Pointer(dst))
		if len(sa.Name) >= len(raw.Path) {
			return 0, unix.EINVAL
		}
		raw.Family = unix.AF_UNIX
		for i := 0; i < len(sa.Name); i++ {
			raw.Path[i] = int8(sa.Name[i])
		}
		return uint32(unsafe.Offsetof(raw.Path)) + uint32(len(sa.Name)) + 1, nil
	}
	return 0, unix.EAFNOSUPPORT
}
