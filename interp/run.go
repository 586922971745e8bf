package interp

import (
	"fmt"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/vthread"
)

// runMain runs the __main__ module's code on the main virtual thread of a
// new scheduler (Ps from $WEFT_PROCS, else GOMAXPROCS; the command's
// `-X procs=N` sets the variable) and returns the exit status. Threads the
// program starts run on the same scheduler; the call returns when the main
// thread has finished and the non-daemon threads with it, or when every
// thread is deadlocked (reported on stderr, status 1).
func (it *Interpreter) runMain(code *objects.Code, globals *objects.Dict) int {
	rt, err := vthread.New(it.VM, 0)
	if err != nil {
		fmt.Fprintf(it.VM.Stderr, "weft: %v\n", err)
		return 1
	}
	return rt.RunMain(it.Main, code, globals, it.Report)
}
