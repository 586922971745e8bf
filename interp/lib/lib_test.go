package lib

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestModulesUnderCPython runs every testdata/test_*.py script twice under
// CPython: once with CPython's own standard library and once with this
// package's modules shadowing it (see testdata/shadow.py), and requires the
// two outputs to be identical. The scripts print the results of many checks,
// so any behavioural difference, including in error messages, shows up as a
// differing line. They later serve as golden tests for weft itself.
func TestModulesUnderCPython(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("SKIP: python3 not found on PATH; cannot compare the modules with CPython")
	}
	libdir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	scripts, err := filepath.Glob(filepath.Join("testdata", "test_*.py"))
	if err != nil {
		t.Fatal(err)
	}
	if len(scripts) == 0 {
		t.Fatal("no testdata/test_*.py scripts")
	}
	for _, script := range scripts {
		script := script
		t.Run(strings.TrimSuffix(filepath.Base(script), ".py"), func(t *testing.T) {
			t.Parallel()
			want := runPython(t, python, "-I", "-S", script)
			got := runPython(t, python, "-I", "-S", filepath.Join("testdata", "shadow.py"), libdir, script)
			if want == got {
				if !strings.Contains(want, "\n") {
					t.Fatalf("%s printed nothing to compare", script)
				}
				return
			}
			wantLines := strings.Split(want, "\n")
			gotLines := strings.Split(got, "\n")
			for i := 0; i < len(wantLines) || i < len(gotLines); i++ {
				var w, g string
				if i < len(wantLines) {
					w = wantLines[i]
				}
				if i < len(gotLines) {
					g = gotLines[i]
				}
				if w != g {
					t.Errorf("%s line %d:\n  CPython: %q\n  weft:    %q", script, i+1, w, g)
					break
				}
			}
		})
	}
}

// runPython runs python with args and returns stdout and stderr together;
// a non-zero exit is a test failure (the scripts catch the exceptions they
// check).
func runPython(t *testing.T, python string, args ...string) string {
	t.Helper()
	cmd := exec.Command(python, args...)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8")
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("python3 %s: %v\n%s", strings.Join(args, " "), err, out.String())
	}
	return out.String()
}

// TestFSHoldsEveryModule checks that the embedded file system holds the
// modules the importer looks for, as parseable-looking Python source.
func TestFSHoldsEveryModule(t *testing.T) {
	want := []string{"abc.py", "bisect.py", "collections/__init__.py", "collections/abc.py",
		"contextlib.py", "copy.py", "dataclasses.py", "enum.py", "fractions.py", "functools.py", "heapq.py",
		"inspect.py", "itertools.py", "keyword.py", "numbers.py", "operator.py", "string.py", "types.py", "typing.py",
		"warnings.py", "weakref.py"}
	for _, name := range want {
		data, err := fs.ReadFile(FS, name)
		if err != nil {
			t.Errorf("FS lacks %s: %v", name, err)
			continue
		}
		if !bytes.HasPrefix(data, []byte(`"""`)) {
			t.Errorf("%s does not start with a module docstring", name)
		}
	}
}
