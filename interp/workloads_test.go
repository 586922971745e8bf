package interp

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkWorkloads runs each bench/py program once per iteration, so
// `go test -bench Workloads -cpuprofile` profiles the eval loop on the
// same programs that bench/ compares with CPython. The program's output
// goes to a buffer and must start with the program's name (each prints
// "NAME checksum"), so a workload that raises fails the benchmark
// instead of timing a traceback.
func BenchmarkWorkloads(b *testing.B) {
	files, err := filepath.Glob("../bench/py/*.py")
	if err != nil || len(files) == 0 {
		b.Skipf("SKIP: no bench/py programs found (%v)", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				it := New([]string{f}, filepath.Dir(f))
				var out bytes.Buffer
				it.VM.Stdout = bufio.NewWriter(&out)
				if status := it.RunSource(string(src), f); status != 0 {
					b.Fatalf("%s exited with status %d: %s", f, status, out.String())
				}
				if !strings.HasPrefix(out.String(), name+" ") {
					b.Fatalf("%s printed %q, want its name and checksum", f, out.String())
				}
			}
		})
	}
}
