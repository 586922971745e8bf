package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// Profiling options. `-X cpuprofile=FILE` writes a Go CPU profile of the
// whole run (compilation, the eval loop, the collector) for `go tool
// pprof`; `-X memprofile=FILE` writes a heap allocation profile at exit.
// They profile the interpreter, not the Python program: the frames are
// Go functions of weft such as the eval loop and the object layer, which
// is what someone making weft faster, or finding out why their program
// is slow under weft and not under CPython, needs to see.

// profileStops run in reverse order when the interpreter exits, so that
// the profiles are complete before the process ends.
var profileStops []func()

// startProfile begins the profile -X name=FILE asks for (name is
// cpuprofile or memprofile); it returns a usage error message, "" if none.
func startProfile(name, file string) string {
	if file == "" {
		return fmt.Sprintf("-X %s needs a file name: -X %s=FILE", name, name)
	}
	f, err := os.Create(file)
	if err != nil {
		return fmt.Sprintf("-X %s: %v", name, err)
	}
	if name == "cpuprofile" {
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return fmt.Sprintf("-X cpuprofile: %v", err)
		}
		profileStops = append(profileStops, func() { pprof.StopCPUProfile(); f.Close() })
		return ""
	}
	profileStops = append(profileStops, func() {
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			fmt.Fprintf(os.Stderr, "weft: -X memprofile: %v\n", err)
		}
		f.Close()
	})
	return ""
}

// stopProfiles finishes the profiles that -X options started.
func stopProfiles() {
	for i := len(profileStops) - 1; i >= 0; i-- {
		profileStops[i]()
	}
	profileStops = nil
}
