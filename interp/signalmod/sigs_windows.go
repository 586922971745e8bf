//go:build windows

package signalmod

import (
	"errors"
	"syscall"

	"github.com/weftrun/weft/interp/objects"
)

// platformSignals: Windows delivers only console events, which Go maps
// to SIGINT (Ctrl-C, Ctrl-Break) and SIGTERM (close, logoff, shutdown).
var platformSignals = []namedSignal{
	{"SIGINT", syscall.SIGINT}, {"SIGTERM", syscall.SIGTERM},
}

func uncatchable(s syscall.Signal) bool { return false }

// sendSelf has no kernel delivery on Windows: a signal without a Python
// handler cannot be raised.
func sendSelf(s syscall.Signal) error {
	return errors.New("raise_signal without a Python handler is not supported on Windows")
}

// addPlatform adds nothing: Windows has no alarm().
func addPlatform(def func(string, objects.BuiltinFn) objects.Value) {}
