package pyfmt

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// The vectors in testdata/*.jsonl are CPython 3.11's answers, written by
// testdata/genvectors.py; every one must match byte for byte.

type vector struct {
	Op     string            `json:"op"`
	In     []json.RawMessage `json:"in"`
	RawOut json.RawMessage   `json:"out"`
	Out    *string           `json:"-"`
	Err    []string          `json:"err"`
}

// vectorOps maps an op name to the Go computation of it.
var vectorOps = map[string]func(in []json.RawMessage) (string, error){
	"repr": func(in []json.RawMessage) (string, error) { return FloatRepr(argFloat(in[0])), nil },
	"complex_repr": func(in []json.RawMessage) (string, error) {
		return ComplexRepr(complex(argFloat(in[0]), argFloat(in[1]))), nil
	},
	"format_float": func(in []json.RawMessage) (string, error) { return FormatFloat(argFloat(in[0]), argString(in[1])) },
	"format_complex": func(in []json.RawMessage) (string, error) {
		return FormatComplex(complex(argFloat(in[0]), argFloat(in[1])), argString(in[2]))
	},
	"format_str": func(in []json.RawMessage) (string, error) { return FormatStr(argString(in[0]), argString(in[1])) },
	"format_int": func(in []json.RawMessage) (string, error) { return FormatInt(argBig(in[0]), argString(in[1])) },
	"int": func(in []json.RawMessage) (string, error) {
		v, err := ParseInt(argString(in[0]), argInt(in[1]))
		if err != nil {
			return "", err
		}
		return IntHex(v), nil
	},
	"round": func(in []json.RawMessage) (string, error) {
		x := argFloat(in[0])
		if string(in[1]) == "null" {
			v, err := RoundToInt(x)
			if err != nil {
				return "", err
			}
			return v.String(), nil
		}
		r, err := Round(x, argInt(in[1]))
		return floatBits(r), err
	},
	"round_int": func(in []json.RawMessage) (string, error) {
		return RoundInt(argBig(in[0]), argInt(in[1])).String(), nil
	},
	"float_hex": func(in []json.RawMessage) (string, error) { return FloatHex(argFloat(in[0])), nil },
	"float_fromhex": func(in []json.RawMessage) (string, error) {
		f, err := FloatFromHex(argString(in[0]))
		return floatBits(f), err
	},
	"complex": func(in []json.RawMessage) (string, error) {
		c, err := ParseComplex(argString(in[0]))
		out, _ := json.Marshal([]string{floatBits(real(c)), floatBits(imag(c))})
		return string(out), err
	},
	"float": func(in []json.RawMessage) (string, error) {
		f, err := ParseFloat(argString(in[0]))
		return floatBits(f), err
	},
}

func floatBits(f float64) string { return fmt.Sprintf("%016x", math.Float64bits(f)) }

func argString(m json.RawMessage) string {
	var s string
	if err := json.Unmarshal(m, &s); err != nil {
		panic(err)
	}
	return s
}

func argInt(m json.RawMessage) int {
	var n int
	if err := json.Unmarshal(m, &n); err != nil {
		panic(err)
	}
	return n
}

func argFloat(m json.RawMessage) float64 {
	u, err := strconv.ParseUint(argString(m), 16, 64)
	if err != nil {
		panic(err)
	}
	return math.Float64frombits(u)
}

// argBig decodes Python's hex() text.
func argBig(m json.RawMessage) *big.Int {
	v, ok := new(big.Int).SetString(argString(m), 0)
	if !ok {
		panic("bad int " + string(m))
	}
	return v
}

func readVectors(t *testing.T, path string) []vector {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var vs []vector
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var v vector
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if v.RawOut != nil {
			// Outputs are strings, or JSON lists compared in their compact form.
			out := string(v.RawOut)
			if v.RawOut[0] == '"' {
				json.Unmarshal(v.RawOut, &out)
			} else {
				var compact bytes.Buffer
				json.Compact(&compact, v.RawOut)
				out = compact.String()
			}
			v.Out = &out
		}
		vs = append(vs, v)
	}
	return vs
}

// checkVector runs one vector and describes a mismatch, or returns "".
func checkVector(v vector, got string, err error) string {
	if v.Err != nil {
		var pe *Error
		if !errors.As(err, &pe) {
			return fmt.Sprintf("want %s(%q), got %q, %v", v.Err[0], v.Err[1], got, err)
		}
		if pe.Class != v.Err[0] || (pe.Msg != v.Err[1] && pe.Class != "MemoryError") {
			return fmt.Sprintf("want %s(%q), got %s(%q)", v.Err[0], v.Err[1], pe.Class, pe.Msg)
		}
		return ""
	}
	if err != nil {
		return fmt.Sprintf("want %q, got error %v", *v.Out, err)
	}
	if got != *v.Out {
		return fmt.Sprintf("want %q, got %q", *v.Out, got)
	}
	return ""
}

func TestVectors(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.jsonl")
	if len(files) == 0 {
		t.Fatal("no vectors in testdata")
	}
	for _, f := range files {
		vs := readVectors(t, f)
		t.Run(filepath.Base(f), func(t *testing.T) {
			failed := 0
			for _, v := range vs {
				op, ok := vectorOps[v.Op]
				if !ok {
					t.Fatalf("unknown op %q", v.Op)
				}
				got, err := op(v.In)
				if msg := checkVector(v, got, err); msg != "" {
					failed++
					if failed <= 25 {
						t.Errorf("%s %s: %s", v.Op, inputs(v.In), msg)
					}
				}
			}
			t.Logf("%d vectors, %d failed", len(vs), failed)
			if failed > 25 {
				t.Errorf("... %d failures in all", failed)
			}
		})
	}
}

func inputs(in []json.RawMessage) string {
	var b bytes.Buffer
	for i, m := range in {
		if i > 0 {
			b.WriteString(", ")
		}
		b.Write(m)
	}
	if b.Len() > 300 {
		return b.String()[:300] + "..."
	}
	return b.String()
}

// TestVectorsCurrent regenerates the vectors with the machine's CPython 3.11
// and checks that the committed files are what the generator writes now.
func TestVectorsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("SKIP: regenerating vectors is slow; not run with -short")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("SKIP: python3 not found; cannot regenerate vectors")
	}
	if out, err := exec.Command(py, "-c", "import sys; assert sys.version_info[:2] == (3, 11)").CombinedOutput(); err != nil {
		t.Skipf("SKIP: python3 is not CPython 3.11: %s", out)
	}
	dir := t.TempDir()
	if out, err := exec.Command(py, "testdata/genvectors.py", dir).CombinedOutput(); err != nil {
		t.Fatalf("genvectors.py: %v\n%s", err, out)
	}
	fresh, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	committed, _ := filepath.Glob("testdata/*.jsonl")
	if len(fresh) != len(committed) {
		t.Fatalf("generator writes %d files, testdata has %d", len(fresh), len(committed))
	}
	for _, f := range fresh {
		want, _ := os.ReadFile(f)
		have, err := os.ReadFile(filepath.Join("testdata", filepath.Base(f)))
		if err != nil || !bytes.Equal(want, have) {
			t.Errorf("testdata/%s is stale: run go generate ./interp/pyfmt/", filepath.Base(f))
		}
	}
}
