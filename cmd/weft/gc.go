package main

import (
	"os"
	"runtime/debug"
)

// defaultGCPercent is the collector's growth target for the interpreter
// when the user has not set GOGC.
//
// Python programs allocate many small short-lived boxes (list items,
// tuples, iterators, frames of generators) while their live heap is
// often only a few megabytes. With Go's default GOGC=100 the heap goal
// is then the 4 MiB floor, and the collector runs hundreds of times a
// second: on bench/py/list_comp.py it took more CPU than the program
// (write barriers, mark assists, span sweeping). CPython frees such
// objects by reference counting and never traces them. A goal of 5x the
// live heap (floor 16 MiB) cut list_comp's CPU time by about 40% and
// gen_pipeline's by 25% for roughly 12 MiB more resident memory. Users
// who want the opposite trade set GOGC (or GOMEMLIMIT) themselves; the
// environment always wins.
const defaultGCPercent = 400

// tuneGC applies defaultGCPercent unless GOGC is set.
func tuneGC() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(defaultGCPercent)
	}
}
