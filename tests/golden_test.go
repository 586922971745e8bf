package tests

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"
)

var (
	weftPath    = flag.String("weft", "", "weft binary to test (default: build ./cmd/weft into a temporary directory)")
	updateXfail = flag.Bool("update-xfail", false, "rewrite tests/py/xfail.txt with the programs that currently fail")
	regenerate  = flag.Bool("regenerate", false, "rewrite the .out files by running -python (used by scripts/golden.sh)")
	pythonCmd   = flag.String("python", "python3", "CPython used by -regenerate")
	runTimeout  = flag.Duration("golden-timeout", 20*time.Second, "time limit of one program run")
)

// corpusDir is the corpus, relative to this package's directory (go test's cwd).
const corpusDir = "py"

// cpythonBudget is how much CPU time a corpus program may use under CPython:
// the whole corpus must stay quick enough to run on every `make test`.
const cpythonBudget = 2 * time.Second

// TestGolden runs every corpus program under weft and compares its output
// with the recorded CPython output. Programs run as parallel subtests, so
// go test's -parallel flag (default GOMAXPROCS) bounds how many interpreter
// processes run at once.
func TestGolden(t *testing.T) {
	progs, err := LoadCorpus(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) == 0 {
		t.Fatalf("no programs found in %s", corpusDir)
	}
	if *regenerate {
		regenerateOuts(t, progs)
		return
	}
	interp := weftCommand(t)
	xfailPath := filepath.Join(corpusDir, "xfail.txt")
	xfail, err := ReadXfail(xfailPath)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, p := range progs {
		known[p.Name] = true
	}
	for name := range xfail {
		if !known[name] && !*updateXfail {
			t.Errorf("xfail.txt lists %q, which is not a program in %s", name, corpusDir)
		}
	}

	var mu sync.Mutex
	var failing []string
	t.Run("py", func(t *testing.T) {
		for _, p := range progs {
			t.Run(p.Name, func(t *testing.T) {
				t.Parallel()
				diff := checkProgram(t, interp, p)
				if diff != "" {
					mu.Lock()
					failing = append(failing, p.Name)
					mu.Unlock()
				}
				reason, listed := xfail[p.Name]
				if *updateXfail {
					listed = diff != ""
					reason = "failing, recorded by -update-xfail"
				}
				switch Judge(diff == "", listed) {
				case Fail:
					t.Errorf("%s.py output differs from %s.out:\n%s", p.Name, p.Name, diff)
				case KnownFail:
					t.Logf("output differs:\n%s", diff)
					t.Skip("SKIP: known failing: " + reason)
				case NowPasses:
					t.Errorf("now passes: remove it from %s", xfailPath)
				}
			})
		}
	})
	if *updateXfail {
		sort.Strings(failing)
		if err := WriteXfail(xfailPath, UpdatedXfail(xfail, failing)); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %d of %d programs failing", xfailPath, len(failing), len(progs))
	}
}

// checkProgram runs p under interp and returns a description of how its
// output differs from the .out file, or "" when it matches.
func checkProgram(t *testing.T, interp []string, p Program) string {
	data, err := os.ReadFile(p.OutPath())
	if err != nil {
		t.Fatalf("%v (run `make golden` to record CPython's output)", err)
	}
	want, err := Decode(string(data))
	if err != nil {
		t.Fatalf("%s: %v", p.OutPath(), err)
	}
	got, _, err := Run(interp, p, *runTimeout)
	if err != nil {
		t.Fatalf("cannot run %s: %v", interp[0], err)
	}
	return Diff(want, got)
}

// weftCommand returns the interpreter under test: -weft, or ./cmd/weft built
// once for the whole run.
func weftCommand(t *testing.T) []string {
	if *weftPath != "" {
		abs, err := filepath.Abs(*weftPath)
		if err != nil {
			t.Fatal(err)
		}
		return []string{abs}
	}
	bin := filepath.Join(t.TempDir(), "weft")
	if os.PathSeparator == '\\' {
		bin += ".exe"
	}
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/weft")
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/weft: %v\n%s", err, out)
	}
	return []string{bin}
}

// regenerateOuts records CPython's output for every program that is not
// hand-written. Each program runs twice and must print the same both times
// (string hashing is randomised per process, so this catches output that
// depends on set or dict-of-str iteration order) within cpythonBudget.
func regenerateOuts(t *testing.T, progs []Program) {
	interp := []string{*pythonCmd}
	written := 0
	var mu sync.Mutex
	t.Run("py", func(t *testing.T) {
		for _, p := range progs {
			if p.HandWritten {
				continue
			}
			t.Run(p.Name, func(t *testing.T) {
				t.Parallel()
				var outs [2]string
				for i := range outs {
					r, cpu, err := Run(interp, p, *runTimeout)
					if err != nil {
						t.Fatalf("cannot run %s: %v", interp[0], err)
					}
					if cpu > cpythonBudget {
						t.Errorf("used %v of CPU under CPython; keep programs under %v", cpu.Round(time.Millisecond), cpythonBudget)
					}
					if outs[i], err = Encode(r); err != nil {
						t.Fatal(err)
					}
				}
				if outs[0] != outs[1] {
					t.Fatalf("output differs between two runs (hash order? time?):\n%s",
						Diff(mustDecode(t, outs[0]), mustDecode(t, outs[1])))
				}
				if err := os.WriteFile(p.OutPath(), []byte(outs[0]), 0o644); err != nil {
					t.Fatal(err)
				}
				mu.Lock()
				written++
				mu.Unlock()
			})
		}
	})
	t.Logf("wrote %d .out files", written)
}

func mustDecode(t *testing.T, s string) Result {
	r, err := Decode(s)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
