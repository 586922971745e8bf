package bench

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestFindPythonResolvesLauncher: a python3 on PATH that is a launcher
// script is replaced by the executable it reports as sys.executable, so
// the launcher's start-up is not charged to CPython; an explicit
// $WEFT_BENCH_PYTHON is used as given.
func TestFindPythonResolvesLauncher(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SKIP: the fake launcher is a shell script")
	}
	dir := t.TempDir()
	real := filepath.Join(dir, "python3.11-real")
	if err := os.WriteFile(real, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	launcher := "#!/bin/sh\necho " + real + "\n"
	if err := os.WriteFile(filepath.Join(dir, "python3"), []byte(launcher), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
	t.Setenv("WEFT_BENCH_PYTHON", "")
	if got, missing := findPython(); got != real || missing != "" {
		t.Errorf("findPython() = %q, %q; want the launcher's target %q", got, missing, real)
	}
	t.Setenv("WEFT_BENCH_PYTHON", "/explicit/python")
	if got, _ := findPython(); got != "/explicit/python" {
		t.Errorf("findPython() = %q with $WEFT_BENCH_PYTHON set; want it as given", got)
	}
	t.Setenv("WEFT_BENCH_PYTHON", "")
	t.Setenv("PATH", t.TempDir())
	if got, missing := findPython(); got != "" || missing != "python3 not found" {
		t.Errorf("findPython() = %q, %q with no python3; want the reason", got, missing)
	}
}
