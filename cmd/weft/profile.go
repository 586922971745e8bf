package main

import (
	"fmt"
	"os"
	"runtime/pprof"
	"strings"
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

// xOption applies one -X option. Options weft does not know are ignored,
// as python3 ignores unknown -X options; a profiling option whose file
// cannot be created is a usage error (status 2).
func xOption(opt string) error {
	name, file, ok := strings.Cut(opt, "=")
	if !ok || file == "" {
		if name == "cpuprofile" || name == "memprofile" {
			return fmt.Errorf("-X %s needs a file name: -X %s=FILE", name, name)
		}
		return nil
	}
	switch name {
	case "cpuprofile":
		f, err := os.Create(file)
		if err != nil {
			return fmt.Errorf("-X cpuprofile: %v", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return fmt.Errorf("-X cpuprofile: %v", err)
		}
		profileStops = append(profileStops, func() { pprof.StopCPUProfile(); f.Close() })
	case "memprofile":
		f, err := os.Create(file)
		if err != nil {
			return fmt.Errorf("-X memprofile: %v", err)
		}
		profileStops = append(profileStops, func() {
			if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
				fmt.Fprintf(os.Stderr, "weft: -X memprofile: %v\n", err)
			}
			f.Close()
		})
	}
	return nil
}

// stopProfiles finishes the profiles that -X options started.
func stopProfiles() {
	for i := len(profileStops) - 1; i >= 0; i-- {
		profileStops[i]()
	}
	profileStops = nil
}
