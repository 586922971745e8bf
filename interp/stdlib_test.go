package interp

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// stdlibKnownFailing lists the check scripts of interp/lib/testdata that
// weft does not yet run to CPython's output, with what blocks each. A
// listed script that passes fails TestStdlibCheckScripts, so the list
// only shrinks.
var stdlibKnownFailing = map[string]string{
	"test_collections": "namedtuple(module=) and collections.abc.Reversible of dict views",
	"test_typing":      "Generic[...] needs tuple.index (the builtin-types work adds it)",
}

// TestStdlibCheckScripts runs every interp/lib/testdata/test_*.py check
// script under weft, with the embedded standard modules, and compares its
// output with what python3 prints for the same script. The scripts print
// one line per check (results and exception messages), so any behavioural
// difference in the modules or in the interpreter features they rely on
// shows up as a differing line.
func TestStdlibCheckScripts(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("SKIP: python3 not found on PATH; the check scripts' expected output is CPython's")
	}
	scripts, err := filepath.Glob(filepath.Join("lib", "testdata", "test_*.py"))
	if err != nil {
		t.Fatal(err)
	}
	if len(scripts) == 0 {
		t.Fatal("no lib/testdata/test_*.py scripts")
	}
	seen := map[string]bool{}
	for _, script := range scripts {
		name := strings.TrimSuffix(filepath.Base(script), ".py")
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command(python, "-I", "-S", script)
			want, err := cmd.Output()
			if err != nil {
				t.Fatalf("python3 %s: %v", script, err)
			}
			got, err := runWeftScript(t, script)
			if err != nil {
				t.Fatal(err)
			}
			reason, known := stdlibKnownFailing[name]
			diff := firstDifference(string(want), got)
			switch {
			case diff == "" && known:
				t.Fatalf("%s now passes: remove it from stdlibKnownFailing (was: %s)", name, reason)
			case diff != "" && !known:
				t.Fatalf("%s differs from CPython: %s", name, diff)
			case diff != "":
				t.Logf("known failing (%s): %s", reason, diff)
			}
		})
	}
	for name := range stdlibKnownFailing {
		if !seen[name] {
			t.Errorf("stdlibKnownFailing names %s, which has no check script", name)
		}
	}
}

// runWeftScript runs script in a fresh interpreter and returns what it
// wrote to stdout and stderr. A script that does not finish in a minute
// is reported as hung (its goroutine is abandoned: the interpreter has no
// way to stop a running thread from outside).
func runWeftScript(t *testing.T, script string) (string, error) {
	src, err := os.ReadFile(script)
	if err != nil {
		return "", err
	}
	var out bytes.Buffer
	it := New([]string{script}, filepath.Dir(script))
	it.VM.Stdout = bufio.NewWriter(&out)
	it.VM.Stderr = &out
	done := make(chan int, 1)
	go func() { done <- it.RunSource(string(src), script) }()
	select {
	case status := <-done:
		if status != 0 {
			t.Logf("%s exited with status %d", script, status)
		}
		return out.String(), nil
	case <-time.After(time.Minute):
		t.Fatalf("%s did not finish within a minute", script)
		return "", nil
	}
}

// firstDifference describes the first line where got differs from want,
// or returns "" when they are equal.
func firstDifference(want, got string) string {
	if want == got {
		return ""
	}
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n  CPython: %q\n  weft:    %q", i+1, wl, gl)
		}
	}
	return "outputs differ"
}
