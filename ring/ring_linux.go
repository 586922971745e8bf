package ring

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Ring is one io_uring instance: a submission queue (SQ) and a completion
// queue (CQ) shared with the kernel through mmap, plus the slot table of
// in-flight [Op]s.
//
// Concurrency: a Ring is not safe for concurrent use. One goroutine at a time
// prepares SQEs, submits and reaps (in weft: the carrier that holds the P
// owning the ring). When the ring was set up with SetupSingleIssuer, that
// goroutine must also stay on the OS thread that created the ring
// (runtime.LockOSThread), because the kernel checks the submitting task.
//
// Memory ordering: the kernel writes the SQ head and the CQ tail, we write
// the SQ tail and the CQ head. Each side publishes its index with a release
// store only after the entries it covers are written, and reads the other
// side's index with an acquire load before touching the entries: sync/atomic
// loads and stores are sequentially consistent in Go, which is at least that.
// SQE contents are written with plain stores before the atomic tail store;
// CQE contents are read with plain loads after the atomic tail load and
// before the atomic head store that hands the slots back to the kernel.
type Ring struct {
	fd       int
	flags    uint32
	features uint32

	ringMem []byte // SQ and CQ rings (one mapping: FeatSingleMMap is required)
	sqeMem  []byte

	sqHead    *atomic.Uint32 // written by the kernel
	sqTail    *atomic.Uint32 // written by us
	sqFlags   *atomic.Uint32 // written by the kernel
	sqMask    uint32
	sqEntries uint32
	sqArray   []uint32
	sqes      []SQE
	sqLocal   uint32 // next tail; published to sqTail by flush

	cqHead    *atomic.Uint32 // written by us
	cqTail    *atomic.Uint32 // written by the kernel
	cqMask    uint32
	cqEntries uint32
	cqes      []CQE

	probe probe

	ops
	stats Stats
}

// Stats counts the system calls a ring made, for benchmarks that report
// system calls per request.
type Stats struct {
	Enters    uint64 // io_uring_enter calls
	Submitted uint64 // SQEs the kernel consumed
	Reaped    uint64 // CQEs reaped
}

// Options configure [New].
type Options struct {
	// Entries is the SQ size (rounded up to a power of two by the kernel,
	// clamped to its maximum). Zero means 256.
	Entries uint32
	// CQEntries is the CQ size; zero means 4×Entries, so that a burst of
	// completions from a full SQ plus multishot requests fits.
	CQEntries uint32
	// SingleIssuer promises that every submission comes from the OS thread
	// that calls New. It lets New try SINGLE_ISSUER|DEFER_TASKRUN first:
	// completions are then run only when we enter the kernel to reap them,
	// which saves interrupts and task work. Without it, set-up starts at
	// COOP_TASKRUN.
	SingleIssuer bool
}

// ErrSQFull is returned by a Prep method when every SQE slot is in use: the
// caller must Submit (or SubmitAndWait) and retry.
var ErrSQFull = errors.New("ring: submission queue full")

// ErrUnsupported reports a kernel that lacks something ring requires.
var ErrUnsupported = errors.New("ring: kernel io_uring lacks a required feature")

// nopUserData tags the set-up NOP; it can never be an Op's user_data
// because Op indices stay far below 2^32-1.
const nopUserData = ^uint64(0)

// New sets up a ring. It tries, in order, SINGLE_ISSUER|DEFER_TASKRUN (only
// when opts.SingleIssuer), COOP_TASKRUN|TASKRUN_FLAG, and no flags, falling
// back when the kernel rejects a combination with EINVAL. It then maps the
// rings, reads the opcode probe and checks that one NOP makes the round trip.
// Errors from io_uring_setup itself (EPERM when io_uring_disabled or seccomp
// forbid it, ENOSYS on kernels or sandboxes without it) are returned wrapped
// so that errors.Is works on them.
func New(opts Options) (*Ring, error) {
	entries := opts.Entries
	if entries == 0 {
		entries = 256
	}
	cqEntries := opts.CQEntries
	if cqEntries == 0 {
		cqEntries = 4 * entries
	}
	var attempts []uint32
	if opts.SingleIssuer {
		attempts = append(attempts, SetupSingleIssuer|SetupDeferTaskrun)
	}
	attempts = append(attempts, SetupCoopTaskrun|SetupTaskrunFlag, 0)

	var p params
	var fd int
	var err error
	for _, flags := range attempts {
		p = params{Flags: flags | SetupCQSize | SetupClamp, CQEntries: cqEntries}
		fd, err = setup(entries, &p)
		if err != unix.EINVAL {
			break
		}
	}
	if err != nil {
		return nil, fmt.Errorf("ring: io_uring_setup: %w", err)
	}
	r := &Ring{fd: fd, flags: p.Flags, features: p.Features}
	if err := r.mapRings(&p); err != nil {
		unix.Close(fd)
		return nil, err
	}
	if err := r.register(registerProbe, unsafe.Pointer(&r.probe), opcodeSlots); err != nil {
		r.unmap()
		return nil, fmt.Errorf("ring: probe: %w", err)
	}
	if err := r.nopRoundTrip(); err != nil {
		r.unmap()
		return nil, err
	}
	return r, nil
}

func setup(entries uint32, p *params) (int, error) {
	fd, _, errno := unix.Syscall(unix.SYS_IO_URING_SETUP, uintptr(entries), uintptr(unsafe.Pointer(p)), 0)
	if errno != 0 {
		return -1, errno
	}
	return int(fd), nil
}

func (r *Ring) mapRings(p *params) error {
	if p.Features&FeatSingleMMap == 0 {
		// Kernels before 5.4 need separate SQ and CQ mappings; they also
		// lack most of what weft uses, so they are not worth a second path.
		return fmt.Errorf("%w: IORING_FEAT_SINGLE_MMAP (Linux >= 5.4)", ErrUnsupported)
	}
	sqSize := p.SQOff.Array + p.SQEntries*4
	cqSize := p.CQOff.CQEs + p.CQEntries*uint32(unsafe.Sizeof(CQE{}))
	size := max(sqSize, cqSize)
	mem, err := unix.Mmap(r.fd, offSQRing, int(size), unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED|unix.MAP_POPULATE)
	if err != nil {
		return fmt.Errorf("ring: mmap rings: %w", err)
	}
	sqeMem, err := unix.Mmap(r.fd, offSQEs, int(p.SQEntries)*int(unsafe.Sizeof(SQE{})), unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED|unix.MAP_POPULATE)
	if err != nil {
		unix.Munmap(mem)
		return fmt.Errorf("ring: mmap SQEs: %w", err)
	}
	r.ringMem, r.sqeMem = mem, sqeMem
	u32 := func(off uint32) *atomic.Uint32 { return (*atomic.Uint32)(unsafe.Pointer(&mem[off])) }
	r.sqHead = u32(p.SQOff.Head)
	r.sqTail = u32(p.SQOff.Tail)
	r.sqFlags = u32(p.SQOff.Flags)
	r.sqMask = *(*uint32)(unsafe.Pointer(&mem[p.SQOff.RingMask]))
	r.sqEntries = *(*uint32)(unsafe.Pointer(&mem[p.SQOff.RingEntries]))
	r.sqArray = unsafe.Slice((*uint32)(unsafe.Pointer(&mem[p.SQOff.Array])), r.sqEntries)
	r.sqes = unsafe.Slice((*SQE)(unsafe.Pointer(&sqeMem[0])), r.sqEntries)
	for i := range r.sqArray {
		// SQ array slot i always names SQE i: SQEs are used in ring order.
		r.sqArray[i] = uint32(i)
	}
	r.sqLocal = r.sqTail.Load()
	r.cqHead = u32(p.CQOff.Head)
	r.cqTail = u32(p.CQOff.Tail)
	r.cqMask = *(*uint32)(unsafe.Pointer(&mem[p.CQOff.RingMask]))
	r.cqEntries = *(*uint32)(unsafe.Pointer(&mem[p.CQOff.RingEntries]))
	r.cqes = unsafe.Slice((*CQE)(unsafe.Pointer(&mem[p.CQOff.CQEs])), r.cqEntries)
	return nil
}

func (r *Ring) unmap() {
	unix.Munmap(r.sqeMem)
	unix.Munmap(r.ringMem)
	unix.Close(r.fd)
	r.fd = -1
}

func (r *Ring) register(opcode uintptr, arg unsafe.Pointer, nr uintptr) error {
	_, _, errno := unix.Syscall6(unix.SYS_IO_URING_REGISTER, uintptr(r.fd), opcode, uintptr(arg), nr, 0, 0)
	if errno != 0 {
		return errno
	}
	return nil
}

func (r *Ring) nopRoundTrip() error {
	sqe := r.getSQE()
	if sqe == nil {
		return fmt.Errorf("ring: set-up NOP: %w", ErrSQFull)
	}
	sqe.Opcode = OpNop
	sqe.UserData = nopUserData
	if _, err := r.SubmitAndWait(1, time.Second); err != nil {
		return fmt.Errorf("ring: set-up NOP: %w", err)
	}
	var cqe [1]CQE
	if n := r.Reap(cqe[:]); n != 1 || cqe[0].UserData != nopUserData || cqe[0].Res != 0 {
		return fmt.Errorf("%w: set-up NOP did not complete (got %d CQEs, %+v)", ErrUnsupported, n, cqe[0])
	}
	return nil
}

// Fd is the ring's file descriptor (the target of a MSG_RING from another ring).
func (r *Ring) Fd() int { return r.fd }

// SetupFlags are the IORING_SETUP_* flags the ring was created with, after
// fallback.
func (r *Ring) SetupFlags() uint32 { return r.flags }

// Features are the IORING_FEAT_* bits the kernel reported.
func (r *Ring) Features() uint32 { return r.features }

// Supports reports whether the kernel's opcode probe lists op as supported.
func (r *Ring) Supports(op uint8) bool {
	return op <= r.probe.LastOp && r.probe.Ops[op].Flags&probeSupported != 0
}

// SupportsMultishotAccept reports whether accept may be armed in multishot
// mode. That arrived in Linux 5.19 together with IORING_OP_SOCKET, and there
// is no probe bit for it, so the SOCKET opcode stands in as the witness.
func (r *Ring) SupportsMultishotAccept() bool { return r.Supports(OpSocket) }

// Stats returns the ring's system call counters.
func (r *Ring) Stats() Stats { return r.stats }

// SQSpace is how many SQEs can be prepared before the SQ is full.
func (r *Ring) SQSpace() int {
	return int(r.sqEntries - (r.sqLocal - r.sqHead.Load()))
}

// getSQE returns the next free SQE, zeroed, or nil when the SQ is full.
func (r *Ring) getSQE() *SQE {
	if r.sqLocal-r.sqHead.Load() >= r.sqEntries {
		return nil
	}
	idx := r.sqLocal & r.sqMask
	sqe := &r.sqes[idx]
	*sqe = SQE{}
	r.sqLocal++
	return sqe
}

// flush publishes prepared SQEs to the kernel and returns how many are
// waiting to be consumed.
func (r *Ring) flush() uint32 {
	r.sqTail.Store(r.sqLocal)
	return r.sqLocal - r.sqHead.Load()
}

// Submit hands every prepared SQE to the kernel without waiting.
func (r *Ring) Submit() (int, error) {
	return r.enter(r.flush(), 0, 0, nil)
}

// SubmitAndWait hands every prepared SQE to the kernel and waits until at
// least minComplete CQEs are available, the timeout passes (timeout < 0
// waits forever) or a signal interrupts the wait. A timeout or interruption
// is reported as unix.ETIME or unix.EINTR, which are not failures: the caller
// reaps whatever is there. It is one io_uring_enter system call.
func (r *Ring) SubmitAndWait(minComplete uint32, timeout time.Duration) (int, error) {
	toSubmit := r.flush()
	if minComplete == 0 || timeout == 0 {
		if toSubmit == 0 && r.cqFlagsNeedEnter() == 0 {
			return 0, nil
		}
		return r.enter(toSubmit, 0, enterGetEvents, nil)
	}
	if timeout < 0 {
		return r.enter(toSubmit, minComplete, enterGetEvents, nil)
	}
	if r.features&FeatExtArg == 0 {
		return 0, fmt.Errorf("%w: IORING_FEAT_EXT_ARG (Linux >= 5.11) for timed waits", ErrUnsupported)
	}
	arg := &getEventsArg{}
	ts := &kernelTimespec{Sec: int64(timeout / time.Second), Nsec: int64(timeout % time.Second)}
	arg.TS = uint64(uintptr(unsafe.Pointer(ts)))
	n, err := r.enter(toSubmit, minComplete, enterGetEvents|enterExtArg, arg)
	runtime.KeepAlive(ts)
	return n, err
}

// cqFlagsNeedEnter reports whether a non-blocking reap must still enter the
// kernel: with DEFER_TASKRUN completions are only posted from inside
// io_uring_enter, and with TASKRUN_FLAG the kernel says so in the SQ flags.
func (r *Ring) cqFlagsNeedEnter() uint32 {
	if r.flags&SetupDeferTaskrun != 0 {
		return 1
	}
	return r.sqFlags.Load() & (sqTaskrun | sqCQOverflow)
}

func (r *Ring) enter(toSubmit, minComplete, flags uint32, arg *getEventsArg) (int, error) {
	var argp, argSize uintptr
	if arg != nil {
		argp, argSize = uintptr(unsafe.Pointer(arg)), unsafe.Sizeof(*arg)
	}
	r.stats.Enters++
	n, _, errno := unix.Syscall6(unix.SYS_IO_URING_ENTER, uintptr(r.fd), uintptr(toSubmit), uintptr(minComplete), uintptr(flags), argp, argSize)
	runtime.KeepAlive(arg)
	r.stats.Submitted += uint64(n)
	switch errno {
	case 0:
		return int(n), nil
	case unix.ETIME, unix.EINTR:
		return int(n), errno
	case unix.EAGAIN, unix.EBUSY:
		// The CQ is overflowing or the kernel is out of request memory:
		// the caller must reap before it can submit more.
		return int(n), errno
	}
	return int(n), fmt.Errorf("ring: io_uring_enter: %w", errno)
}

// CQReady is how many CQEs are ready to be reaped.
func (r *Ring) CQReady() int { return int(r.cqTail.Load() - r.cqHead.Load()) }

// Reap copies up to len(dst) ready CQEs into dst, hands their slots back to
// the kernel and returns how many it copied. Copying first means callbacks
// that run on the results may prepare and submit new requests freely.
func (r *Ring) Reap(dst []CQE) int {
	head := r.cqHead.Load()
	tail := r.cqTail.Load()
	n := 0
	for head != tail && n < len(dst) {
		dst[n] = r.cqes[head&r.cqMask]
		head++
		n++
	}
	r.cqHead.Store(head)
	r.stats.Reaped += uint64(n)
	return n
}

// abandoned keeps the slot tables of rings closed with requests the kernel
// never completed: the kernel may still write into their buffers, so that
// memory must stay reachable for the life of the process.
var abandoned struct {
	sync.Mutex
	tables []*ops
}

// Close cancels every in-flight request, waits briefly for their
// completions, and releases the ring. Ops still live after that (never
// submitted, or not completed in time) keep their memory alive for good
// (see abandoned) rather than let the kernel write into freed memory.
func (r *Ring) Close() error {
	if r.fd < 0 {
		return nil
	}
	if r.live > 0 {
		// Cancel everything, then reap until the cancel itself has
		// completed and the ring has gone quiet (Ops acquired but never
		// submitted stay live without ever completing), or a second passes.
		cancelSeen := false
		if sqe := r.getSQE(); sqe != nil {
			sqe.Opcode = OpAsyncCancel
			sqe.OpFlags = cancelAll | cancelAny
			sqe.UserData = nopUserData
		}
		var cqes [64]CQE
		for deadline := time.Now().Add(time.Second); r.live > 0 && time.Now().Before(deadline); {
			r.SubmitAndWait(1, 10*time.Millisecond)
			n := r.Reap(cqes[:])
			if n == 0 && cancelSeen {
				break
			}
			for _, c := range cqes[:n] {
				if c.UserData == nopUserData {
					cancelSeen = true
				} else if op := r.Lookup(c.UserData); op != nil && c.Flags&CQEMore == 0 {
					r.Release(op)
				}
			}
		}
	}
	if r.live > 0 {
		abandoned.Lock()
		t := r.ops
		abandoned.tables = append(abandoned.tables, &t)
		abandoned.Unlock()
	}
	r.unmap()
	return nil
}
