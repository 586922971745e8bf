package ctxswitch

import "github.com/weftrun/weft/stacks"

const supported = true

// frameSize is the size of the frame swap_windows_arm64.s saves and restores.
const frameSize = 192

// buildFrame writes a new context's first frame (see frame_arm64.go) plus
// the TEB stack description the restore path installs.
func buildFrame(f []uintptr, l stacks.Layout, entry, arg, ctx uintptr) {
	clear(f)
	f[0] = entry // x19
	f[1] = arg   // x20
	f[2] = ctx   // x21
	f[9] = currentG()
	f[11] = trampolinePC // x30
	f[20] = l.Base()
	f[21] = l.Limit()
	f[22] = l.Start
}

// currentG returns the running goroutine's g pointer (register x28).
func currentG() uintptr
