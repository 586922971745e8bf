// Package bench holds weft's benchmark suites and the runner that prints
// them side by side: each suite measures one kind of work across every
// mechanism that can do it (weft's own, Go's, CPython's when installed), in
// one run, so the numbers are comparable on the machine at hand. Absolute
// numbers vary between machines; the ratios to the row marked as the
// suite's baseline are the result.
//
// Suites register themselves in Suites; `weft bench NAME` runs one, `weft
// bench all` runs them all, and `weft bench` lists them.
package bench

import (
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/weftrun/weft"
)

// Row is one measured mechanism.
type Row struct {
	// Name says what was measured.
	Name string
	// Ns is the cost in nanoseconds per unit of work (the suite says what a
	// unit is); zero when the row was skipped.
	Ns float64
	// Skip, when not empty, says why the row could not be measured here.
	Skip string
	// Baseline marks the row the others are compared with.
	Baseline bool
}

// Suite is a named set of measurements.
type Suite struct {
	Name string
	// Unit names what Ns counts ("switch").
	Unit string
	// Doc is a one-line description for the suite list.
	Doc string
	// Run measures every row, printing nothing.
	Run func() []Row
	// Table, when set, replaces Run and the shared table: the suite measures
	// and writes its own table. It is for suites whose results are not
	// mechanisms compared with one baseline, such as the py suite's
	// programs, each timed under two interpreters.
	Table func(w io.Writer)
}

// Suites is the registry, in registration order.
var Suites []*Suite

// Register adds a suite; later suites plug in from their own files.
func Register(s *Suite) { Suites = append(Suites, s) }

// Lookup finds a suite by name.
func Lookup(name string) (*Suite, bool) {
	i := slices.IndexFunc(Suites, func(s *Suite) bool { return s.Name == name })
	if i < 0 {
		return nil, false
	}
	return Suites[i], true
}

// Header describes the machine a run happened on.
func Header() string {
	c := weft.CPU()
	return fmt.Sprintf("cpu: %s (%d logical cores, %d-byte cache lines)\nplatform: %s/%s, %s, GOMAXPROCS=%d",
		c.Model, c.LogicalCores, c.CacheLine, runtime.GOOS, runtime.GOARCH, runtime.Version(), runtime.GOMAXPROCS(0))
}

// Print runs s and writes its table to w.
func Print(w io.Writer, s *Suite) {
	if s.Table != nil {
		s.Table(w)
		return
	}
	rows := s.Run()
	var base float64
	for _, r := range rows {
		if r.Baseline && r.Skip == "" {
			base = r.Ns
		}
	}
	fmt.Fprintf(w, "suite %s: ns per %s (ratio: times the baseline)\n", s.Name, s.Unit)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "mechanism\tns/%s\tratio\t\n", s.Unit)
	for _, r := range rows {
		switch {
		case r.Skip != "":
			fmt.Fprintf(tw, "%s\t-\t-\t\n", r.Name)
		case base > 0:
			mark := ""
			if r.Baseline {
				mark = " (baseline)"
			}
			fmt.Fprintf(tw, "%s%s\t%.1f\t%.1fx\t\n", r.Name, mark, r.Ns, r.Ns/base)
		default:
			fmt.Fprintf(tw, "%s\t%.1f\t-\t\n", r.Name, r.Ns)
		}
	}
	tw.Flush()
	for _, r := range rows {
		if r.Skip != "" {
			fmt.Fprintf(w, "skipped %s: %s\n", strings.TrimSpace(r.Name), r.Skip)
		}
	}
}

// measure times op(n) with n grown until one run takes at least target, and
// returns the best of three runs in nanoseconds per unit, where op(n)
// performs n*unitsPerOp units. Best-of is the right statistic for a noisy,
// shared machine: interference only ever adds time.
func measure(op func(n int), unitsPerOp float64, target time.Duration) float64 {
	n := 16
	for {
		start := time.Now()
		op(n)
		if d := time.Since(start); d >= target/4 || n > 1<<28 {
			break
		}
		n *= 4
	}
	best := 0.0
	for range 3 {
		start := time.Now()
		op(n)
		ns := float64(time.Since(start).Nanoseconds()) / (float64(n) * unitsPerOp)
		if best == 0 || ns < best {
			best = ns
		}
	}
	return best
}
