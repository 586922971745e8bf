package bench

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

// The py suite runs whole Python programs (bench/py/*.py) under weft and
// under CPython's python3, side by side in one run, and compares their
// times. Each program prints one checksum line; a row counts only when both
// interpreters printed the same line, so a fast wrong answer never shows as
// a win.
//
// The statistics are the best wall-clock time and the least CPU time (user
// plus system, all threads) of up to pyRounds runs per interpreter, the two
// interpreters alternating run by run so that a burst of load from
// elsewhere on the machine falls on both. Both, because each misleads
// alone: wall time is what a user waits for and credits weft for work it
// spreads over other cores (the garbage collector marks in parallel), but
// on a loaded machine it also counts waiting for a core; CPU time ignores
// the waiting but charges weft for its collector's threads. Best-of,
// because interference only ever adds time. Each run includes interpreter
// start-up, the same for every program and small next to the 0.5-2 s the
// programs take under CPython.
func init() {
	Register(&Suite{Name: "py",
		Doc:   "Python programs (bench/py) under weft and python3: wall and CPU time, checksums compared",
		Table: printPy})
}

//go:embed py/*.py
var embeddedWorkloads embed.FS

const (
	// pyRounds is how many times each program runs under each interpreter.
	pyRounds = 3
	// pyLongRun stops the repetition early: a run that took this long is
	// already an average over the machine's noise, and repeating it would
	// stretch the suite well past a minute.
	pyLongRun = 5 * time.Second
	// pyTimeout bounds one run, so an interpreter that loops or runs a
	// program pathologically slowly fails its row instead of stalling
	// `weft bench all`.
	pyTimeout = 30 * time.Second
)

// pyTiming is one interpreter's result for one program.
type pyTiming struct {
	// Wall is the fastest run's wall-clock time and CPU the least user
	// plus system CPU time of any run (the two minima may come from
	// different runs); both zero when Fail is set.
	Wall, CPU time.Duration
	// Output is the program's stdout from its first run, trimmed.
	Output string
	// Fail, when not empty, says why the interpreter has no time here.
	Fail string
}

// pyResult is one program's row.
type pyResult struct {
	Workload     string
	Weft, Python pyTiming
	// Mismatch, when not empty, says that the two checksum lines differ;
	// the row then has no ratio.
	Mismatch string
}

// WallRatio is python3's wall time over weft's: above 1 weft is faster.
// It is zero when the row has no valid comparison.
func (r pyResult) WallRatio() float64 { return r.ratio(r.Weft.Wall, r.Python.Wall) }

// CPURatio is python3's CPU time over weft's, zero when the row has no
// valid comparison.
func (r pyResult) CPURatio() float64 { return r.ratio(r.Weft.CPU, r.Python.CPU) }

func (r pyResult) ratio(weft, python time.Duration) float64 {
	if r.Mismatch != "" || r.Weft.Fail != "" || r.Python.Fail != "" || weft <= 0 {
		return 0
	}
	return float64(python) / float64(weft)
}

// pyInterpreters finds the two commands to compare: weft is
// $WEFT_BENCH_WEFT, or else the running executable (the suite runs inside
// `weft bench`); python3 is the interpreter findPython chooses.
// An empty path comes with the reason it is missing.
func pyInterpreters() (weftPath, weftMissing, pyPath, pyMissing string) {
	if weftPath = os.Getenv("WEFT_BENCH_WEFT"); weftPath == "" {
		exe, err := os.Executable()
		if err != nil {
			weftMissing = "cannot find the weft executable: " + err.Error()
		}
		weftPath = exe
	}
	pyPath, pyMissing = findPython()
	return
}

// pyWorkloads returns the directory holding the programs and their names
// (without ".py"), sorted. With $WEFT_BENCH_PY_DIR set it reads that
// directory, so programs can be edited or added without rebuilding;
// otherwise it writes the copies embedded in the binary to a temporary
// directory, which the caller removes through cleanup, so that `weft bench
// py` works from anywhere.
func pyWorkloads() (dir string, names []string, cleanup func(), err error) {
	cleanup = func() {}
	fail := func(err error) (string, []string, func(), error) {
		cleanup()
		return "", nil, func() {}, err
	}
	if dir = os.Getenv("WEFT_BENCH_PY_DIR"); dir == "" {
		if dir, err = os.MkdirTemp("", "weft-bench-py-"); err != nil {
			return fail(err)
		}
		cleanup = func() { os.RemoveAll(dir) }
		sub, err := fs.Sub(embeddedWorkloads, "py")
		if err != nil {
			return fail(err)
		}
		if err = os.CopyFS(dir, sub); err != nil {
			return fail(err)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fail(err)
	}
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".py"); ok && e.Type().IsRegular() {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return fail(fmt.Errorf("no *.py programs in %s", dir))
	}
	slices.Sort(names)
	return dir, names, cleanup, nil
}

// runPy measures every program; the error is for a workload directory that
// cannot be had, per-row failures live in the rows.
func runPy() ([]pyResult, error) {
	dir, names, cleanup, err := pyWorkloads()
	defer cleanup()
	if err != nil {
		return nil, err
	}
	weftPath, weftMissing, pyPath, pyMissing := pyInterpreters()
	results := make([]pyResult, len(names))
	for i, name := range names {
		script := filepath.Join(dir, name+".py")
		r := pyResult{Workload: name, Weft: pyTiming{Fail: weftMissing}, Python: pyTiming{Fail: pyMissing}}
		measureProgram(&r, script, weftPath, pyPath)
		results[i] = r
	}
	return results, nil
}

// measureProgram fills in r's timings for one program. The two sides
// alternate run by run; each repeats until it has pyRounds runs, has
// failed, or has had a run of pyLongRun or more. When the first runs'
// checksum lines differ, the row is marked and not repeated: its times mean
// nothing.
func measureProgram(r *pyResult, script, weftPath, pyPath string) {
	sides := []struct {
		t    *pyTiming
		path string
		done bool
	}{{t: &r.Weft, path: weftPath}, {t: &r.Python, path: pyPath}}
	for round := 0; round < pyRounds; round++ {
		for i := range sides {
			s := &sides[i]
			if s.done || s.t.Fail != "" {
				continue
			}
			run, err := runOnce(s.path, script)
			switch {
			case err != nil:
				*s.t = pyTiming{Fail: err.Error()}
			case round == 0:
				s.t.Output, s.t.Wall, s.t.CPU = run.output, run.wall, run.cpu
			default:
				s.t.Wall, s.t.CPU = min(s.t.Wall, run.wall), min(s.t.CPU, run.cpu)
			}
			s.done = run.wall >= pyLongRun
		}
		if round == 0 && r.Weft.Fail == "" && r.Python.Fail == "" && r.Weft.Output != r.Python.Output {
			r.Mismatch = fmt.Sprintf("checksums differ: weft printed %q, python3 %q", r.Weft.Output, r.Python.Output)
			return
		}
	}
}

// pyRun is what one run of a program yields.
type pyRun struct {
	// output is the trimmed stdout.
	output string
	// wall is the elapsed time from start to exit; cpu is the user plus
	// system CPU time of the interpreter process, all its threads.
	wall, cpu time.Duration
}

// runOnce runs one program once. A failed run's error is one line: the
// interpreter's exception (the last line of a traceback) or else the first
// line of its stderr. The wall time comes back even then, so that a run
// that failed slowly still ends the repetition.
func runOnce(interp, script string) (pyRun, error) {
	ctx, cancel := context.WithTimeout(context.Background(), pyTimeout)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, interp, script)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	run := pyRun{wall: time.Since(start)}
	if ctx.Err() != nil {
		return run, fmt.Errorf("timed out after %s", pyTimeout)
	}
	if err != nil {
		if msg := errorLine(stderr.String()); msg != "" {
			return run, errors.New(msg)
		}
		return run, err
	}
	run.output = strings.TrimSpace(stdout.String())
	run.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	return run, nil
}

// errorLine picks the line of an interpreter's stderr that says what went
// wrong: for a Python traceback, whose first line is only "Traceback (most
// recent call last):", the last line; otherwise (a Go panic, a usage
// message) the first.
func errorLine(stderr string) string {
	s := strings.TrimSpace(stderr)
	if strings.HasPrefix(s, "Traceback") {
		return lastLine(s)
	}
	first, _, _ := strings.Cut(s, "\n")
	return strings.TrimSpace(first)
}

// printPy runs the suite and writes its table: one row per program with
// both interpreters' times, then a line per row that failed, saying why.
func printPy(w io.Writer) {
	fmt.Fprintf(w, "suite py: best-of-%d wall and CPU (user+sys) seconds per program (ratio: python3/weft, >1 means weft is faster)\n", pyRounds)
	results, err := runPy()
	if err != nil {
		fmt.Fprintf(w, "suite py failed: %v\n", err)
		return
	}
	writePyTable(w, results)
}

// writePyTable formats results; a failed side shows FAIL, a checksum
// mismatch shows in the ratio columns, and each is explained below the
// table.
func writePyTable(w io.Writer, results []pyResult) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "program\tweft wall\tpython3 wall\tratio\tweft cpu\tpython3 cpu\tcpu ratio\t\n")
	seconds := func(t pyTiming, d time.Duration) string {
		if t.Fail != "" {
			return "FAIL"
		}
		return fmt.Sprintf("%.3f", d.Seconds())
	}
	ratio := func(r pyResult, x float64) string {
		switch {
		case r.Mismatch != "":
			return "MISMATCH"
		case x > 0:
			return fmt.Sprintf("%.2fx", x)
		}
		return "-"
	}
	var notes []string
	for _, r := range results {
		if r.Mismatch != "" {
			notes = append(notes, r.Workload+": "+r.Mismatch)
		}
		if r.Weft.Fail != "" {
			notes = append(notes, r.Workload+": weft: "+r.Weft.Fail)
		}
		if r.Python.Fail != "" {
			notes = append(notes, r.Workload+": python3: "+r.Python.Fail)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", r.Workload,
			seconds(r.Weft, r.Weft.Wall), seconds(r.Python, r.Python.Wall), ratio(r, r.WallRatio()),
			seconds(r.Weft, r.Weft.CPU), seconds(r.Python, r.Python.CPU), ratio(r, r.CPURatio()))
	}
	tw.Flush()
	for _, n := range notes {
		fmt.Fprintln(w, "failed "+n)
	}
}
