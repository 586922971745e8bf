package compile

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCompileStdlib compiles every module of the installed CPython
// standard library: the compiler (scope analysis, code generation, its
// own SyntaxErrors) must accept every file CPython accepts. A file weft
// rejects is checked with python3 itself, so the few files that are
// invalid on purpose (lib2to3 test data, bad-syntax fixtures) pass only
// when CPython rejects them too. This is what `weft -m py_compile` on the
// standard library runs, minus the process start per file.
func TestCompileStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("SKIP: compiles the whole CPython standard library (run without -short)")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("SKIP: python3 not found: it locates the standard library")
	}
	out, err := exec.Command(python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Skipf("SKIP: python3 cannot report its stdlib directory: %v", err)
	}
	root := strings.TrimSpace(string(out))
	var files []string
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "site-packages" || d.Name() == "__pycache__") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	if len(files) < 500 {
		t.Skipf("SKIP: only %d .py files under %s: not a full standard library", len(files), root)
	}
	var rejected, wrong []string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		if _, err := Compile(string(src), f, Exec); err != nil {
			rejected = append(rejected, f)
			// CPython decides whether the file is valid Python.
			if exec.Command(python, "-c", "import sys; compile(open(sys.argv[1], 'rb').read(), sys.argv[1], 'exec')", f).Run() == nil {
				t.Errorf("%s: CPython compiles it, weft says: %v", f, err)
				wrong = append(wrong, f)
			}
		}
	}
	t.Logf("compiled %d of %d files; %d rejected as CPython rejects them, %d wrongly", len(files)-len(rejected), len(files), len(rejected)-len(wrong), len(wrong))
}
