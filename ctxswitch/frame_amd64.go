//go:build !windows

package ctxswitch

import "github.com/weftrun/weft/stacks"

const supported = true

// frameSize is the size of the frame swap_amd64.s saves and restores.
const frameSize = 64

// Default floating-point control state of a new context: x87 control word
// 0x037F (all exceptions masked, 64-bit precision, round to nearest) and
// MXCSR 0x1F80 (all exceptions masked, round to nearest), the values the
// System V ABI specifies at process start.
const initialControlWords = 0x037f | 0x1f80<<32

// buildFrame writes a new context's first frame: the restore path pops it
// and "returns" into the trampoline with the entry routine in rbx, its
// argument in r12 and the Context in r13.
func buildFrame(f []uintptr, _ stacks.Layout, entry, arg, ctx uintptr) {
	clear(f)
	f[0] = initialControlWords
	f[3] = ctx   // r13
	f[4] = arg   // r12
	f[5] = entry // rbx
	f[7] = trampolinePC
}
