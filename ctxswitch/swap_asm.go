//go:build amd64 || arm64

package ctxswitch

// swap saves the running state into *save and resumes the context whose
// saved stack pointer is *load (assembly, swap_*.s).
//
//go:noescape
func swap(save, load *uintptr)
