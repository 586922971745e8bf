//go:build amd64 || arm64

// Package abitest holds assembly routines that the ctxswitch tests and the
// switch benchmark run on machine contexts: entry routines (which follow the
// platform C convention, as ctxswitch requires), a Go-callable routine that
// fills every callee-saved register with a pattern around a switch, and an
// all-assembly switch loop. It exists for tests and benchmarks (weft's
// `bench switch` suite measures the switch floor with SwapLoop); nothing in
// weft's runtime uses it.
package abitest

// Peer is the argument of the entry routines. The assembly reads it at
// fixed offsets: Self 0, Back 8, Swap 16, EntrySP 24, Count 32, TEB 40,
// Pattern 64.
type Peer struct {
	// Self is the running context's slot and Back the slot of the context
	// to switch back to (ctxswitch.Context.Slot).
	Self, Back *uintptr
	// Swap is ctxswitch.SwapCode().
	Swap uintptr
	// EntrySP is the stack pointer the entry routine saw on entry.
	EntrySP uintptr
	// Count is incremented by each round of a looping entry routine.
	Count uint64
	// TEB is, on Windows, StackBase, StackLimit and DeallocationStack as
	// the entry routine saw them.
	TEB [3]uintptr
	// Pattern is what ClobberEntry loads into every callee-saved register
	// before each switch back (layout: see Regs).
	Pattern Regs
}

// Regs holds one value per callee-saved register, in the order of the
// platform's Reg* constants; index SwapSlot carries ctxswitch.SwapCode() for
// FillSwapDump.
type Regs [32]uint64

// SwapSlot is the Regs index where FillSwapDump finds the switch routine.
const SwapSlot = 31

// Code addresses of the entry routines (set by DATA in the .s files).
var pingEntryPC, clobberEntryPC, returnEntryPC, overflowEntryPC uintptr

// PingEntry loops forever: Count++, then switch back to Back.
func PingEntry() uintptr { return pingEntryPC }

// ClobberEntry records its entry stack pointer (and TEB on Windows), then
// loops forever: load Pattern into every callee-saved register, Count++,
// switch back.
func ClobberEntry() uintptr { return clobberEntryPC }

// ReturnEntry increments Count and returns, so its context finishes.
func ReturnEntry() uintptr { return returnEntryPC }

// OverflowEntry pushes onto its stack until it runs into the guard page.
func OverflowEntry() uintptr { return overflowEntryPC }

// FillSwapDump loads in into every callee-saved register (in[SwapSlot] is
// the switch routine), switches from *save to *load, and when switched back
// stores the registers into out, then restores the caller's Go state.
//
//go:noescape
func FillSwapDump(save, load *uintptr, in, out *Regs)

// SwapLoop switches to the context whose slot is load (running PingEntry)
// and back, n times, in assembly; swap is ctxswitch.SwapCode().
//
//go:noescape
func SwapLoop(n uint64, save, load *uintptr, swap uintptr)
