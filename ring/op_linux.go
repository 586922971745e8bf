package ring

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// Op owns the memory of one request from preparation until its completion is
// reaped and the caller calls [Ring.Release]. Ops live in the ring's slot
// table, which keeps them (and everything they reference) reachable while
// the kernel may read or write that memory; each Op is its own heap object,
// so growing the table never moves one.
//
// The kernel learns about an Op only through user_data = generation<<32 |
// index. Release bumps the generation, so a completion for a released Op
// no longer matches in [Ring.Lookup].
type Op struct {
	index uint32
	gen   uint32
	live  bool

	// Memory handed to the kernel. Only the fields the prepared opcode
	// uses are set; Release clears them all so the GC can free them.
	buf      []byte
	bufs     [][]byte
	iovecs   []unix.Iovec
	path     []byte
	sockaddr unix.RawSockaddrAny
	socklen  uint32
	ts       kernelTimespec
	statx    *unix.Statx_t

	// Value is the caller's own data for this request (weft's poller keeps
	// its completion callback here). It is cleared by Release.
	Value any
}

// UserData is the value the kernel echoes in this Op's CQEs.
func (o *Op) UserData() uint64 { return uint64(o.gen)<<32 | uint64(o.index) }

// Sockaddr decodes the peer address written by an accept prepared with
// wantAddr, for AF_INET and AF_INET6 peers.
func (o *Op) Sockaddr() (unix.Sockaddr, bool) {
	switch o.sockaddr.Addr.Family {
	case unix.AF_INET:
		raw := (*unix.RawSockaddrInet4)(unsafe.Pointer(&o.sockaddr))
		sa := &unix.SockaddrInet4{Port: int(raw.Port>>8 | raw.Port<<8), Addr: raw.Addr}
		return sa, true
	case unix.AF_INET6:
		raw := (*unix.RawSockaddrInet6)(unsafe.Pointer(&o.sockaddr))
		sa := &unix.SockaddrInet6{Port: int(raw.Port>>8 | raw.Port<<8), Addr: raw.Addr, ZoneId: raw.Scope_id}
		return sa, true
	}
	return nil, false
}

// ops is the slot table. free holds the indices of released Ops.
type ops struct {
	table []*Op
	free  []uint32
	live  int
}

// Acquire takes a free Op from the slot table (growing it if needed).
func (r *Ring) Acquire() *Op {
	var op *Op
	if n := len(r.free); n > 0 {
		op = r.table[r.free[n-1]]
		r.free = r.free[:n-1]
	} else {
		op = &Op{index: uint32(len(r.table))}
		r.table = append(r.table, op)
	}
	op.live = true
	r.live++
	return op
}

// Release returns op to the slot table once its last CQE is reaped (for a
// multishot request: the CQE without CQEMore). Releasing an Op the kernel
// may still use is a bug this package cannot detect.
func (r *Ring) Release(op *Op) {
	if !op.live {
		return
	}
	*op = Op{index: op.index, gen: op.gen + 1}
	r.free = append(r.free, op.index)
	r.live--
}

// Lookup maps a CQE's user_data back to its Op, or nil when it names no
// live Op of the current generation (the set-up NOP, a released Op).
func (r *Ring) Lookup(userData uint64) *Op {
	idx := uint32(userData)
	if uint64(idx) >= uint64(len(r.table)) {
		return nil
	}
	op := r.table[idx]
	if !op.live || op.gen != uint32(userData>>32) {
		return nil
	}
	return op
}

// LiveOps lists the acquired, unreleased Ops (for shutting down).
func (r *Ring) LiveOps() []*Op {
	var live []*Op
	for _, op := range r.table {
		if op.live {
			live = append(live, op)
		}
	}
	return live
}

// Live is the number of acquired, unreleased Ops.
func (r *Ring) Live() int { return r.live }
