//go:build !windows

package ctxswitch

import "github.com/weftrun/weft/stacks"

const supported = true

// frameSize is the size of the frame swap_arm64.s saves and restores.
const frameSize = 160

// buildFrame writes a new context's first frame: the restore path loads it
// and returns through x30 into the trampoline with the entry routine in x19,
// its argument in x20 and the Context in x21. x28 starts as the creating
// goroutine's g, because Go's signal handler trusts x28 (see the package
// documentation).
func buildFrame(f []uintptr, _ stacks.Layout, entry, arg, ctx uintptr) {
	clear(f)
	f[0] = entry // x19
	f[1] = arg   // x20
	f[2] = ctx   // x21
	f[9] = currentG()
	f[11] = trampolinePC // x30
}

// currentG returns the running goroutine's g pointer (register x28).
func currentG() uintptr
