package main

import (
	"os"
	"strconv"
	"strings"
)

// xOption applies one `-X name[=value]` option and returns a usage error
// message for a bad value ("" if none). Like CPython, unknown names are
// accepted and ignored (sys._xoptions-style options of other tools).
//
// procs=N sets the number of carrier slots (Ps) of the scheduler that runs
// the program's virtual threads; it is passed on as WEFT_PROCS, the
// variable the scheduler reads, so that threads the program starts and any
// child weft process see the same setting.
//
// cpuprofile=FILE and memprofile=FILE write Go profiles (profile.go).
//
// pinned reports every park that pins its virtual thread (a blocking call
// inside a callback from Go code) with its Python stack (docs/stackless.md).
func xOption(opt string) string {
	name, val, _ := strings.Cut(opt, "=")
	switch name {
	case "procs":
		n, err := strconv.Atoi(val)
		if err != nil || n < 1 {
			return "-X procs=N needs a positive number of processors, not " + strconv.Quote(val)
		}
		os.Setenv("WEFT_PROCS", val)
	case "pinned":
		tracePinned = true
	case "cpuprofile", "memprofile":
		return startProfile(name, val)
	}
	return ""
}
