//go:build race

package objects

import (
	"sync/atomic"
	"unsafe"
)

// Under the race detector, loadValue and storeValue make their word
// accesses with sync/atomic. The plain moves of the !race build are safe
// (see valueword_norace.go), but the detector reports every unsynchronised
// pair of accesses, benign or not; with atomic word accesses a -race run
// still checks the rest of the object layer, and a report means a race
// that can tear something larger than a word.

func loadValue(p *Value) Value {
	h := (*Header)(atomic.LoadPointer((*unsafe.Pointer)(unsafe.Pointer(&p.h))))
	return Value{h: h, bits: atomic.LoadUint64(&p.bits)}
}

func storeValue(p *Value, v Value) {
	atomic.StorePointer((*unsafe.Pointer)(unsafe.Pointer(&p.h)), unsafe.Pointer(v.h))
	atomic.StoreUint64(&p.bits, v.bits)
}

// loadIndex and storeIndex are the race-detector builds' dict index slot
// accesses (see valueword_norace.go).

func loadIndex(p *int32) int32 { return atomic.LoadInt32(p) }

func storeIndex(p *int32, v int32) { atomic.StoreInt32(p, v) }
