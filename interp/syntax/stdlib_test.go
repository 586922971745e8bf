package syntax

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

// The conformance tests read the .py files of the CPython installed on the
// machine at test time (never committed) and ask that python3, in one
// process, for its verdict on each: the sha256 of ast.dump(ast.parse(src))
// or the SyntaxError. They skip when python3 is missing.

type cpythonVerdict struct {
	Path   string `json:"path"`
	OK     bool   `json:"ok"`
	SHA    string `json:"sha"`
	Dump   string `json:"dump"`
	Msg    string `json:"msg"`
	Lineno int    `json:"lineno"`
	Offset int    `json:"offset"`
}

var (
	stdlibOnce     sync.Once
	stdlibFiles    []string
	stdlibVerdicts map[string]cpythonVerdict
	stdlibSkip     string
)

func python3(t testing.TB) string {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("SKIP: python3 not found; the CPython conformance tests need it")
	}
	return py
}

// stdlibCorpus lists the standard library's .py files (site-packages
// excluded) and CPython's verdicts on them. Under -short it keeps every
// 8th file.
func stdlibCorpus(t testing.TB) ([]string, map[string]cpythonVerdict) {
	py := python3(t)
	stdlibOnce.Do(func() {
		out, err := exec.Command(py, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
		if err != nil {
			stdlibSkip = "SKIP: cannot locate the CPython stdlib: " + err.Error()
			return
		}
		root := strings.TrimSpace(string(out))
		var files []string
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() && d.Name() == "site-packages" {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(p, ".py") {
				files = append(files, p)
			}
			return nil
		})
		sort.Strings(files)
		if testing.Short() {
			var sample []string
			for i := 0; i < len(files); i += 8 {
				sample = append(sample, files[i])
			}
			files = sample
		}
		verdicts, err := askCPython(py, files, false)
		if err != nil {
			stdlibSkip = "SKIP: running python3 failed: " + err.Error()
			return
		}
		stdlibFiles, stdlibVerdicts = files, verdicts
	})
	if stdlibSkip != "" {
		t.Skip(stdlibSkip)
	}
	return stdlibFiles, stdlibVerdicts
}

func askCPython(py string, files []string, full bool, extra ...string) (map[string]cpythonVerdict, error) {
	args := append([]string{"testdata/cpython_dump.py"}, extra...)
	if full {
		args = append(args, "--full")
	}
	cmd := exec.Command(py, args...)
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, err
	}
	verdicts := make(map[string]cpythonVerdict, len(files))
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		var v cpythonVerdict
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, err
		}
		verdicts[v.Path] = v
	}
	return verdicts, sc.Err()
}

// TestStdlibParses checks that every stdlib file CPython accepts parses
// (no false SyntaxError), and that files CPython rejects are rejected.
func TestStdlibParses(t *testing.T) {
	files, verdicts := stdlibCorpus(t)
	var accepted, rejected, falseErr, falseOK int
	for _, f := range files {
		v := verdicts[f]
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		_, perr := Parse(src, f)
		switch {
		case v.OK && perr != nil:
			falseErr++
			if falseErr <= 20 {
				t.Errorf("%s: false error: %v", f, perr)
			}
		case v.OK:
			accepted++
		case perr == nil:
			// CPython 3.11 rejects it; 3.12 syntax may accept it, so
			// only log.
			falseOK++
			t.Logf("%s: CPython 3.11 rejects (%s line %d), weft accepts", f, v.Msg, v.Lineno)
		default:
			rejected++
		}
	}
	t.Logf("%d files: %d parsed as CPython does, %d rejected as CPython does, %d false errors, %d accepted that CPython 3.11 rejects",
		len(files), accepted, rejected, falseErr, falseOK)
	if accepted < 100 {
		t.Errorf("only %d files accepted", accepted)
	}
}

// TestStdlibDumpMatchesCPython compares Dump with CPython's ast.dump for
// every stdlib file CPython accepts. CPython here is 3.11, so the dump is
// taken in 3.11 form (no type_params fields).
func TestStdlibDumpMatchesCPython(t *testing.T) {
	files, verdicts := stdlibCorpus(t)
	var same, differ int
	var bad []string
	for _, f := range files {
		v := verdicts[f]
		if !v.OK {
			continue
		}
		src, _ := os.ReadFile(f)
		m, err := Parse(src, f)
		if err != nil {
			continue // reported by TestStdlibParses
		}
		d := DumpWith(m, DumpOptions{PythonMinor: 11})
		sum := sha256.Sum256([]byte(d))
		if hex.EncodeToString(sum[:]) == v.SHA {
			same++
			continue
		}
		differ++
		bad = append(bad, f)
	}
	t.Logf("ast.dump identical to CPython's for %d files, different for %d", same, differ)
	if len(bad) > 0 {
		if len(bad) > 5 {
			bad = bad[:5]
		}
		full, err := askCPython(python3(t), bad, true)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range bad {
			src, _ := os.ReadFile(f)
			m, _ := Parse(src, f)
			t.Errorf("%s: dump differs:\n%s", f, firstDifference(DumpWith(m, DumpOptions{PythonMinor: 11}), full[f].Dump))
		}
	}
	if !testing.Short() && same < 300 {
		t.Errorf("only %d files compared equal; want >= 300", same)
	}
}

// firstDifference shows both strings around their first differing byte.
func firstDifference(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := i - 150
	if lo < 0 {
		lo = 0
	}
	clip := func(s string) string {
		hi := i + 150
		if hi > len(s) {
			hi = len(s)
		}
		if lo > len(s) {
			return ""
		}
		return s[lo:hi]
	}
	return "weft:    ..." + clip(got) + "...\nCPython: ..." + clip(want) + "..."
}

// TestStdlibPositionsMatchCPython compares every node's lineno,
// col_offset, end_lineno and end_col_offset with CPython's on a sample of
// the stdlib (every 8th file; every 32nd under -short). The positions of
// nodes inside f-strings are left out on both sides: CPython 3.11 locates
// them differently from 3.12, whose rules weft follows.
func TestStdlibPositionsMatchCPython(t *testing.T) {
	files, verdicts := stdlibCorpus(t)
	step := 8
	if testing.Short() {
		step = 4 // the corpus is already every 8th file
	}
	var sample []string
	for i := 0; i < len(files); i += step {
		if v := verdicts[files[i]]; v.OK {
			sample = append(sample, files[i])
		}
	}
	want, err := askCPython(python3(t), sample, false, "--attributes")
	if err != nil {
		t.Fatal(err)
	}
	same := 0
	var bad []string
	for _, f := range sample {
		src, _ := os.ReadFile(f)
		m, err := Parse(src, f)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		sum := sha256.Sum256([]byte(DumpWith(m, DumpOptions{PythonMinor: 11, IncludeAttributes: true, OmitFStringInternalAttributes: true})))
		if hex.EncodeToString(sum[:]) == want[f].SHA {
			same++
		} else {
			bad = append(bad, f)
		}
	}
	t.Logf("positions identical to CPython's for %d of %d files", same, len(sample))
	if len(bad) > 3 {
		bad = bad[:3]
	}
	if len(bad) > 0 {
		full, err := askCPython(python3(t), bad, true, "--attributes")
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range bad {
			src, _ := os.ReadFile(f)
			m, _ := Parse(src, f)
			t.Errorf("%s: positions differ:\n%s", f, firstDifference(DumpWith(m, DumpOptions{PythonMinor: 11, IncludeAttributes: true, OmitFStringInternalAttributes: true}), full[f].Dump))
		}
	}
}
