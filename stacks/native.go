package stacks

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"unsafe"
)

// Stack is a native machine stack: memory mapped outside the Go heap, with
// one inaccessible guard page at its growth end so that an overflow faults
// instead of silently overwriting a neighbour. The Go garbage collector does
// not scan it: Go pointers stored only on a native stack do not keep their
// objects alive.
type Stack struct {
	mem    unsafe.Pointer // start of the mapping, guard included
	layout Layout
}

// PageSize is the platform's page size; guards and sizes are multiples of it.
var PageSize = os.Getpagesize()

// ErrSize reports a requested stack size that is negative or too large.
var ErrSize = errors.New("stacks: invalid native stack size")

// maxStack bounds a single native stack (1 GiB): a larger request is almost
// certainly a bug, and refusing it gives an error rather than a failed map.
const maxStack = 1 << 30

// Alloc maps a native stack with at least size usable bytes (rounded up to
// whole pages) plus one guard page, growing Down as on all supported
// platforms.
func Alloc(size int) (*Stack, error) {
	if size < 0 || size > maxStack {
		return nil, fmt.Errorf("%w: %d bytes", ErrSize, size)
	}
	usable := RoundToPages(size, PageSize)
	guard := uintptr(PageSize)
	mem, err := sysMap(usable + guard)
	if err != nil {
		return nil, fmt.Errorf("stacks: mapping %d-byte stack: %w", usable+guard, err)
	}
	s := &Stack{mem: mem, layout: Layout{Start: uintptr(mem), Len: usable + guard, Guard: guard, Dir: Down}}
	glo, _ := s.layout.GuardRange()
	if err := sysGuard(unsafe.Add(mem, glo-uintptr(mem)), guard); err != nil {
		sysUnmap(mem, s.layout.Len)
		return nil, fmt.Errorf("stacks: protecting guard page: %w", err)
	}
	return s, nil
}

// Layout returns the stack's addresses: base, limit, guard and usable range.
func (s *Stack) Layout() Layout { return s.layout }

// Size returns the usable size in bytes.
func (s *Stack) Size() int {
	lo, hi := s.layout.Usable()
	return int(hi - lo)
}

// Free unmaps the stack. The Stack must not be used afterwards, and no
// context may be running on it.
func (s *Stack) Free() error {
	if s.mem == nil {
		return errors.New("stacks: Free of a freed stack")
	}
	err := sysUnmap(s.mem, s.layout.Len)
	s.mem = nil
	return err
}

// Pool keeps freed native stacks for reuse: mapping and unmapping cost system
// calls and TLB shootdowns, and fibre-style code creates and ends contexts
// at a high rate. Stacks are pooled by usable size; each size class keeps at
// most Max stacks (16 when Max is zero), and the rest are unmapped. A reused
// stack is not cleared. A Pool is safe for concurrent use.
type Pool struct {
	Max  int
	mu   sync.Mutex
	free map[int][]*Stack
}

// Get returns a pooled stack of the rounded size, or maps a new one.
func (p *Pool) Get(size int) (*Stack, error) {
	if size >= 0 && size <= maxStack {
		rounded := int(RoundToPages(size, PageSize))
		p.mu.Lock()
		if l := p.free[rounded]; len(l) > 0 {
			s := l[len(l)-1]
			l[len(l)-1] = nil
			p.free[rounded] = l[:len(l)-1]
			p.mu.Unlock()
			return s, nil
		}
		p.mu.Unlock()
	}
	return Alloc(size)
}

// Put returns a stack to the pool, or frees it when its size class is full.
func (p *Pool) Put(s *Stack) error {
	limit := p.Max
	if limit == 0 {
		limit = 16
	}
	p.mu.Lock()
	if p.free == nil {
		p.free = make(map[int][]*Stack)
	}
	if l := p.free[s.Size()]; len(l) < limit {
		p.free[s.Size()] = append(l, s)
		p.mu.Unlock()
		return nil
	}
	p.mu.Unlock()
	return s.Free()
}

// Pointer returns a pointer to addr, which must lie inside the stack's
// mapping (guard included); it panics otherwise, as that is a caller bug
// that would otherwise write to unrelated memory.
func (s *Stack) Pointer(addr uintptr) unsafe.Pointer {
	if s.mem == nil || addr < s.layout.Start || addr >= s.layout.Start+s.layout.Len {
		panic("stacks: address outside the native stack")
	}
	return unsafe.Add(s.mem, addr-s.layout.Start)
}
