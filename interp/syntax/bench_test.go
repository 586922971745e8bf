package syntax

import (
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// BenchmarkParseStdlib measures parse throughput (MB/s, via SetBytes) on
// every 4th file of the installed CPython standard library that CPython
// accepts, and in the same run times CPython's own ast.parse on the same
// files (best of 3, one python3 process) to report the ratio as
// "x-cpython" (higher is better for weft) and CPython's rate as
// "cpython-MB/s".
func BenchmarkParseStdlib(b *testing.B) {
	files, verdicts := stdlibCorpus(b)
	var paths []string
	var srcs [][]byte
	total := 0
	for i := 0; i < len(files); i += 4 {
		if !verdicts[files[i]].OK {
			continue
		}
		src, err := os.ReadFile(files[i])
		if err != nil {
			b.Fatal(err)
		}
		paths = append(paths, files[i])
		srcs = append(srcs, src)
		total += len(src)
	}
	cmd := exec.Command(python3(b), "testdata/cpython_parse_speed.py")
	cmd.Stdin = strings.NewReader(strings.Join(paths, "\n") + "\n")
	out, err := cmd.Output()
	var cp struct {
		Seconds float64 `json:"seconds"`
		Bytes   int     `json:"bytes"`
	}
	if err != nil || json.Unmarshal(out, &cp) != nil || cp.Bytes != total {
		b.Fatalf("timing CPython failed: %v %s", err, out)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, src := range srcs {
			if _, err := Parse(src, paths[j]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.StopTimer()
	weftSec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(total)/cp.Seconds/1e6, "cpython-MB/s")
	b.ReportMetric(cp.Seconds/weftSec, "x-cpython")
}
