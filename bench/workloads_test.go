package bench

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary stand in for both interpreters: copied to
// a file named weft or python3 and run with $BENCH_FAKE_INTERP set, it acts
// as that interpreter (see fakeInterpreter) instead of running the tests.
func TestMain(m *testing.M) {
	if os.Getenv("BENCH_FAKE_INTERP") != "" {
		os.Exit(fakeInterpreter(os.Args))
	}
	os.Exit(m.Run())
}

// fakeInterpreter runs "script.py" the way the py suite's tests need. It
// prints a checksum computed from the script's bytes, so both fakes agree
// on every program unless told otherwise; $BENCH_FAKE_<ROLE> (ROLE is the
// executable's name, WEFT or PYTHON3) holds a comma-separated list of
// "program=behaviour" pairs: "wrong" prints a different checksum, "raise"
// exits 1 with a Python traceback, "panic" exits 2 with a Go panic's
// first line. With $BENCH_FAKE_LOG set, each run appends "ROLE program" to
// that file, so tests can check which runs happened in which order.
func fakeInterpreter(args []string) int {
	role := strings.ToUpper(strings.TrimSuffix(filepath.Base(args[0]), ".exe"))
	if len(args) != 2 {
		fmt.Fprintln(os.Stderr, "fake: usage: "+role+" script.py")
		return 2
	}
	src, err := os.ReadFile(args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "fake:", err)
		return 2
	}
	name := strings.TrimSuffix(filepath.Base(args[1]), ".py")
	if log := os.Getenv("BENCH_FAKE_LOG"); log != "" {
		f, err := os.OpenFile(log, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			fmt.Fprintln(os.Stderr, "fake:", err)
			return 2
		}
		fmt.Fprintf(f, "%s %s\n", role, name)
		f.Close()
	}
	behaviour := ""
	for _, pair := range strings.Split(os.Getenv("BENCH_FAKE_"+role), ",") {
		if prog, b, ok := strings.Cut(pair, "="); ok && prog == name {
			behaviour = b
		}
	}
	switch behaviour {
	case "raise":
		fmt.Fprintf(os.Stderr, "Traceback (most recent call last):\n  File %q, line 1, in <module>\nNameError: name 'nope' is not defined\n", args[1])
		return 1
	case "panic":
		fmt.Fprintln(os.Stderr, "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:")
		return 2
	case "wrong":
		fmt.Printf("%s %d wrong\n", name, len(src))
	default:
		fmt.Printf("%s %d\n", name, len(src))
	}
	return 0
}

// fakeInterpreters copies the test binary to dir/weft and dir/python3 and
// points the suite at them and at a directory of three small programs.
func fakeInterpreters(t *testing.T) (weftPath, pyPath string) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	suffix := ""
	if runtime.GOOS == "windows" {
		suffix = ".exe"
	}
	weftPath, pyPath = filepath.Join(dir, "weft"+suffix), filepath.Join(dir, "python3"+suffix)
	for _, p := range []string{weftPath, pyPath} {
		if err := os.WriteFile(p, bin, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	progs := t.TempDir()
	for _, p := range []string{"alpha", "beta", "gamma"} {
		if err := os.WriteFile(filepath.Join(progs, p+".py"), []byte("print('"+p+"')\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("BENCH_FAKE_INTERP", "1")
	// A race-enabled binary sleeps a second at exit so that racing
	// goroutines can be reported; the fakes start no goroutines, and the
	// sleep would make each of the suite's dozens of runs take a second.
	t.Setenv("GORACE", strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"))
	t.Setenv("WEFT_BENCH_WEFT", weftPath)
	t.Setenv("WEFT_BENCH_PYTHON", pyPath)
	t.Setenv("WEFT_BENCH_PY_DIR", progs)
	t.Setenv("BENCH_FAKE_WEFT", "")
	t.Setenv("BENCH_FAKE_PYTHON3", "")
	t.Setenv("BENCH_FAKE_LOG", filepath.Join(dir, "runs.log"))
	return weftPath, pyPath
}

func byWorkload(t *testing.T, results []pyResult) map[string]pyResult {
	t.Helper()
	m := map[string]pyResult{}
	for _, r := range results {
		m[r.Workload] = r
	}
	if len(m) != 3 {
		t.Fatalf("got rows %v, want alpha, beta, gamma", results)
	}
	return m
}

func TestPyRatio(t *testing.T) {
	ok := func(d time.Duration) pyTiming { return pyTiming{Wall: d, CPU: 2 * d, Output: "x 1"} }
	for _, c := range []struct {
		name string
		r    pyResult
		want float64
	}{
		{"weft faster", pyResult{Weft: ok(time.Second), Python: ok(3 * time.Second)}, 3},
		{"weft slower", pyResult{Weft: ok(4 * time.Second), Python: ok(time.Second)}, 0.25},
		{"mismatch", pyResult{Weft: ok(time.Second), Python: ok(time.Second), Mismatch: "differ"}, 0},
		{"weft failed", pyResult{Weft: pyTiming{Fail: "boom"}, Python: ok(time.Second)}, 0},
		{"python failed", pyResult{Weft: ok(time.Second), Python: pyTiming{Fail: "boom"}}, 0},
	} {
		if got := c.r.WallRatio(); got != c.want {
			t.Errorf("%s: wall ratio %v, want %v", c.name, got, c.want)
		}
		if got := c.r.CPURatio(); got != c.want {
			t.Errorf("%s: cpu ratio %v, want %v", c.name, got, c.want)
		}
	}
	var buf bytes.Buffer
	writePyTable(&buf, []pyResult{{Workload: "fib", Weft: ok(500 * time.Millisecond),
		Python: pyTiming{Wall: time.Second, CPU: 3 * time.Second, Output: "x 1"}}})
	row := strings.Fields(strings.Split(buf.String(), "\n")[1])
	if want := "fib 0.500 1.000 2.00x 1.000 3.000 3.00x"; strings.Join(row, " ") != want {
		t.Errorf("table row %q, want %q:\n%s", strings.Join(row, " "), want, buf.String())
	}
}

func TestPySuiteAgreeing(t *testing.T) {
	fakeInterpreters(t)
	results, err := runPy()
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range byWorkload(t, results) {
		if r.Weft.Fail != "" || r.Python.Fail != "" || r.Mismatch != "" {
			t.Errorf("%s: unexpected failure %+v", name, r)
		}
		if want := name + " " + fmt.Sprint(len("print('"+name+"')\n")); r.Weft.Output != want || r.Python.Output != want {
			t.Errorf("%s: outputs %q and %q, want %q", name, r.Weft.Output, r.Python.Output, want)
		}
		if r.Weft.Wall <= 0 || r.Python.Wall <= 0 || r.WallRatio() <= 0 {
			t.Errorf("%s: no times or ratio: %+v", name, r)
		}
	}
	var want strings.Builder
	for _, p := range []string{"alpha", "beta", "gamma"} {
		for range pyRounds {
			fmt.Fprintf(&want, "WEFT %s PYTHON3 %s ", p, p)
		}
	}
	if got := fakeRuns(t); got != want.String() {
		t.Errorf("runs\n%s\nwant best-of-%d, alternating:\n%s", got, pyRounds, want.String())
	}
}

// fakeRuns returns the fake interpreters' run log as one line.
func fakeRuns(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(os.Getenv("BENCH_FAKE_LOG"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(string(b), "\n", " ")
}

func TestPySuiteFailures(t *testing.T) {
	fakeInterpreters(t)
	t.Setenv("BENCH_FAKE_WEFT", "alpha=wrong,beta=raise")
	t.Setenv("BENCH_FAKE_PYTHON3", "gamma=panic")
	results, err := runPy()
	if err != nil {
		t.Fatal(err)
	}
	m := byWorkload(t, results)
	if a := m["alpha"]; !strings.Contains(a.Mismatch, "wrong") || a.WallRatio() != 0 {
		t.Errorf("alpha: checksum mismatch not reported: %+v", a)
	}
	if b := m["beta"]; b.Weft.Fail != "NameError: name 'nope' is not defined" || b.Python.Fail != "" || b.Python.Wall <= 0 {
		t.Errorf("beta: want weft failed with the exception line, python3 timed: %+v", b)
	}
	if g := m["gamma"]; !strings.HasPrefix(g.Python.Fail, "panic: runtime error") || g.Weft.Fail != "" {
		t.Errorf("gamma: want python3 failed with the panic line: %+v", g)
	}
	// Runs alternate weft, python3; a side stops after failing, and a
	// mismatched row is not repeated.
	wantRuns := "WEFT alpha PYTHON3 alpha " +
		"WEFT beta PYTHON3 beta PYTHON3 beta PYTHON3 beta " +
		"WEFT gamma PYTHON3 gamma WEFT gamma WEFT gamma "
	if got := fakeRuns(t); got != wantRuns {
		t.Errorf("runs\n%s\nwant\n%s", got, wantRuns)
	}
	var buf bytes.Buffer
	writePyTable(&buf, results)
	out := buf.String()
	for _, want := range []string{"MISMATCH", "FAIL", "failed alpha: checksums differ", "failed beta: weft: NameError", "failed gamma: python3: panic:"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestPySuiteMissingInterpreters(t *testing.T) {
	fakeInterpreters(t)
	t.Setenv("WEFT_BENCH_PYTHON", "")
	t.Setenv("PATH", t.TempDir())
	t.Setenv("WEFT_BENCH_WEFT", filepath.Join(t.TempDir(), "no-such-weft"))
	results, err := runPy()
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range byWorkload(t, results) {
		if r.Python.Fail != "python3 not found" {
			t.Errorf("%s: python3 failure %q, want \"python3 not found\"", name, r.Python.Fail)
		}
		if r.Weft.Fail == "" {
			t.Errorf("%s: a missing weft executable was not reported", name)
		}
	}
}

func TestPyWorkloadsEmbedded(t *testing.T) {
	t.Setenv("WEFT_BENCH_PY_DIR", "")
	dir, names, cleanup, err := pyWorkloads()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"fib", "gen_pipeline", "int_loop", "io_echo", "list_comp", "nbody", "om_deltablue", "om_raytrace", "om_richards", "string_build", "word_count"}
	if fmt.Sprint(names) != fmt.Sprint(want) {
		t.Errorf("embedded programs %v, want %v", names, want)
	}
	for _, n := range names {
		got, err := os.ReadFile(filepath.Join(dir, n+".py"))
		if err != nil {
			t.Fatal(err)
		}
		src, err := os.ReadFile(filepath.Join("py", n+".py"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, src) {
			t.Errorf("%s.py written from the binary differs from bench/py", n)
		}
	}
	cleanup()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("temporary workload directory %s not removed: %v", dir, err)
	}
}

func TestPyEmptyDir(t *testing.T) {
	t.Setenv("WEFT_BENCH_PY_DIR", t.TempDir())
	var buf bytes.Buffer
	printPy(&buf)
	if !strings.Contains(buf.String(), "suite py failed: no *.py programs") {
		t.Errorf("an empty workload directory was not reported:\n%s", buf.String())
	}
}

// TestPrintUsesTable checks that a suite's own table replaces the shared one.
func TestPrintUsesTable(t *testing.T) {
	var buf bytes.Buffer
	Print(&buf, &Suite{Name: "own", Table: func(w io.Writer) { io.WriteString(w, "own table\n") }})
	if buf.String() != "own table\n" {
		t.Errorf("Print wrote %q, want the suite's own table", buf.String())
	}
}
