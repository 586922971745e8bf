//go:build !amd64 && !arm64

package ctxswitch

import "github.com/weftrun/weft/stacks"

const supported = false

const frameSize = 0

func buildFrame([]uintptr, stacks.Layout, uintptr, uintptr, uintptr) {}

func swap(save, load *uintptr) { panic(ErrUnsupported) }
