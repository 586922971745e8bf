package ring

// This file mirrors the parts of include/uapi/linux/io_uring.h that ring
// uses. The layouts are fixed by the kernel ABI and identical on amd64 and
// arm64; TestABILayout checks the sizes.

// Setup flags (io_uring_params.flags).
const (
	SetupCQSize       = 1 << 3
	SetupClamp        = 1 << 4
	SetupSubmitAll    = 1 << 7
	SetupCoopTaskrun  = 1 << 8
	SetupTaskrunFlag  = 1 << 9
	SetupSingleIssuer = 1 << 12
	SetupDeferTaskrun = 1 << 13
)

// Feature bits reported by the kernel in io_uring_params.features.
const (
	FeatSingleMMap   = 1 << 0
	FeatNoDrop       = 1 << 1
	FeatSubmitStable = 1 << 2
	FeatRWCurPos     = 1 << 3
	FeatFastPoll     = 1 << 5
	FeatExtArg       = 1 << 8
	FeatNativeWorker = 1 << 9
	FeatCQESkip      = 1 << 11
)

// Opcodes (io_uring_sqe.opcode).
const (
	OpNop          = 0
	OpReadv        = 1
	OpWritev       = 2
	OpFsync        = 3
	OpPollAdd      = 6
	OpTimeout      = 11
	OpAccept       = 13
	OpAsyncCancel  = 14
	OpLinkTimeout  = 15
	OpConnect      = 16
	OpOpenat       = 18
	OpClose        = 19
	OpStatx        = 21
	OpRead         = 22
	OpWrite        = 23
	OpSend         = 26
	OpRecv         = 27
	OpMsgRing      = 40
	OpSocket       = 45
	opcodeSlots    = 256
	probeSupported = 1 << 0
)

// SQE flags (io_uring_sqe.flags).
const (
	SQEIODrain          = 1 << 1
	SQEIOLink           = 1 << 2
	SQEAsync            = 1 << 4
	SQECQESkipSuccess   = 1 << 6
	acceptMultishot     = 1 << 0 // in ioprio of an accept SQE
	cancelAll           = 1 << 0 // IORING_ASYNC_CANCEL_ALL
	cancelAny           = 1 << 2 // IORING_ASYNC_CANCEL_ANY
	FsyncDatasync       = 1 << 0
	TimeoutAbs          = 1 << 0
	TimeoutETimeSuccess = 1 << 5
)

// CQE flags.
const (
	// CQEMore says the request stays armed and will post more completions
	// (multishot accept); its Op must not be released yet.
	CQEMore = 1 << 1
)

const (
	enterGetEvents = 1 << 0
	enterExtArg    = 1 << 3

	offSQRing = 0
	offSQEs   = 0x10000000

	sqCQOverflow = 1 << 1
	sqTaskrun    = 1 << 2

	registerProbe = 8
)

type sqRingOffsets struct {
	Head, Tail, RingMask, RingEntries, Flags, Dropped, Array, Resv1 uint32
	UserAddr                                                        uint64
}

type cqRingOffsets struct {
	Head, Tail, RingMask, RingEntries, Overflow, CQEs, Flags, Resv1 uint32
	UserAddr                                                        uint64
}

type params struct {
	SQEntries, CQEntries, Flags, SQThreadCPU, SQThreadIdle, Features, WQFd uint32
	Resv                                                                   [3]uint32
	SQOff                                                                  sqRingOffsets
	CQOff                                                                  cqRingOffsets
}

// SQE is one submission queue entry, laid out as struct io_uring_sqe.
// Fields that are unions in C carry the name of their most common member.
type SQE struct {
	Opcode      uint8
	Flags       uint8
	IOPrio      uint16
	Fd          int32
	Off         uint64 // also addr2
	Addr        uint64
	Len         uint32
	OpFlags     uint32 // rw_flags, msg_flags, timeout_flags, open_flags, ...
	UserData    uint64
	BufIndex    uint16
	Personality uint16
	FileIndex   uint32 // also splice_fd_in, addr_len
	Addr3       uint64
	pad         uint64
}

// CQE is one completion queue entry (struct io_uring_cqe).
type CQE struct {
	UserData uint64
	Res      int32
	Flags    uint32
}

type getEventsArg struct {
	Sigmask   uint64
	SigmaskSz uint32
	MinWait   uint32
	TS        uint64
}

// kernelTimespec is struct __kernel_timespec: 64-bit fields on every arch.
type kernelTimespec struct {
	Sec  int64
	Nsec int64
}

type probeOp struct {
	Op    uint8
	resv  uint8
	Flags uint16
	resv2 uint32
}

type probe struct {
	LastOp uint8
	OpsLen uint8
	resv   uint16
	resv2  [3]uint32
	Ops    [opcodeSlots]probeOp
}
