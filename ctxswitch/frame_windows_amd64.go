package ctxswitch

import "github.com/weftrun/weft/stacks"

const supported = true

// frameSize is the size of the frame swap_windows_amd64.s saves and restores.
const frameSize = 272

// Default floating-point control state of a new context: x87 control word
// 0x027F (53-bit precision, the Win64 default) and MXCSR 0x1F80.
const initialControlWords = 0x027f | 0x1f80<<32

// buildFrame writes a new context's first frame, including the TEB stack
// description the restore path installs: StackBase is the stack's base,
// StackLimit its limit (the guard lies just below) and DeallocationStack the
// start of the whole mapping, as for a thread stack.
func buildFrame(f []uintptr, l stacks.Layout, entry, arg, ctx uintptr) {
	clear(f)
	f[0] = initialControlWords
	f[21] = l.Base()
	f[22] = l.Limit()
	f[23] = l.Start
	f[29] = ctx   // r13
	f[30] = arg   // r12
	f[31] = entry // rbx
	f[33] = trampolinePC
}
