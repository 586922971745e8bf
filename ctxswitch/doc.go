// Package ctxswitch switches machine contexts: it saves the callee-saved
// registers of the running code, moves the stack pointer to another stack,
// and restores the registers saved there. It is hand-written assembly for
// amd64 System V (Linux, macOS), amd64 Win64, arm64 AAPCS64 (Linux, macOS)
// and arm64 Windows, each switching exactly the state its ABI makes
// callee-saved (a test disassembles the routines to prove it).
//
// # Why Go code never runs on these stacks
//
// The Go runtime owns every stack a Go function runs on. Each function
// prologue compares the stack pointer with g.stack bounds and, when it is
// low, copies the whole goroutine stack to a larger one, rewriting the
// pointers into it; the GC shrinks stacks the same way, scans them for
// pointers using the compiler's stack maps, and unwinds them; async
// preemption injects a call at a signal's PC, which must be a Go safe point
// on a Go stack; panics, tracebacks and the profiler unwind by frame
// metadata. A Go frame on a foreign stack would break every one of these:
// the bounds check would take the stack for overflowed and "grow" the wrong
// memory, the GC would miss or misread its pointers. Go's own answer to
// coroutines (iter.Pull, runtime.coroswitch) therefore switches goroutines,
// not stacks.
//
// So the contexts made here run assembly or foreign code only: Go calls Swap
// from a goroutine; the context it switches to must not call Go; it switches
// back with the SwapCode routine (or returns from its entry routine). While a
// goroutine is switched away, it is inside an assembly function, which Go
// never preempts asynchronously; the GC waits for it to come back before it
// can stop the world, so a context must return control promptly. weft's
// interpreter does not need this for virtual threads (its VM is stackless,
// see package stacks); ctxswitch is the measured floor for a switch and the
// kit for running native fibres.
//
// # Calling conventions
//
// An entry routine is a code address called with the platform C convention
// and one pointer-sized argument (rdi on System V, rcx on Win64 with the
// 32-byte shadow space provided, x0 on arm64), on a 16-byte aligned stack. It
// may switch away with SwapCode(save, load *uintptr) — also C convention —
// passing its own Context's slot and the target's. If it returns, its
// context is marked done and its return-to context resumes; it never falls
// off the base of its stack.
//
// # Go's side of a switch
//
// Swap calls the assembly through Go's ABI0 convention (arguments on the
// stack, every register but SP and the frame pointer caller-saved). The
// compiler wraps the call: on amd64 the wrapper re-establishes ABIInternal's
// fixed registers afterwards (g in R14 reloaded from TLS, X15 zeroed), and
// the switch itself preserves rbp and, being callee-saved under System V and
// Win64, r14 and r15 too. On arm64, g lives in x28 and the frame pointer in
// x29, both in the AAPCS64 callee-saved set the switch restores. So when a
// context switches back, the goroutine resumes with exactly the state Go
// expects. The routines are NOSPLIT and frameless (NOFRAME): the switch frame
// is pushed below Swap's own frame, within the StackLimit bytes (800) Go keeps
// free below a goroutine's stack guard for chains of NOSPLIT routines.
//
// Floating-point control state: on amd64 the MXCSR control bits and the x87
// control word are switched, as both ABIs make them callee-saved. On arm64
// FPCR is not switched: AAPCS64 lets a routine change it only if it restores
// it before returning, so code that follows the ABI leaves it as it found
// it, and reading it on every switch would cost more than the rest.
//
// On arm64 without cgo, Go's signal handler takes g from x28, so code running
// on a context must keep x28 equal to the switching goroutine's g whenever a
// signal can arrive (AAPCS64 code saves x28 before using it, so it is only
// briefly clobbered). On amd64 the handler reads g from thread-local storage.
package ctxswitch
