package bench

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"time"
)

// findPython returns the CPython to compare with: $WEFT_BENCH_PYTHON as
// given, or else the real executable behind the python3 on PATH. The
// python3 on PATH may be a launcher script (pyenv's shims are bash scripts
// that run pyenv first, about 0.4 s of CPU per start), and that start-up
// would be charged to CPython in every row and flatter weft's ratios; so
// the command is asked for sys.executable and that path is used. An empty
// path comes with the reason it is missing.
func findPython() (path, missing string) {
	if path = os.Getenv("WEFT_BENCH_PYTHON"); path != "" {
		return path, ""
	}
	path, err := exec.LookPath("python3")
	if err != nil {
		return "", "python3 not found"
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, path, "-c", "import sys; print(sys.executable)").Output()
	if real := strings.TrimSpace(string(out)); err == nil && real != "" {
		if _, err := os.Stat(real); err == nil {
			return real, ""
		}
	}
	return path, ""
}
