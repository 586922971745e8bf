//go:build !linux && !darwin && !windows

package builtins

import "os"

// IsTerminal reports false on platforms without a terminal check: weft
// then reads a program from standard input instead of starting the REPL
// unless -i asks for it.
func IsTerminal(f *os.File) bool { return false }
