//go:build !windows

package vthread

import (
	"os"
	"syscall"
)

// quitSignals are the signals that print a thread dump.
var quitSignals = []os.Signal{syscall.SIGQUIT}
