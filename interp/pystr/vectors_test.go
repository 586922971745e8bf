package pystr

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Vectors in testdata are CPython 3.11's answers (testdata/genvectors.py).

type vector struct {
	Op  string            `json:"op"`
	In  []json.RawMessage `json:"in"`
	Out json.RawMessage   `json:"out"`
	Err []string          `json:"err"`
}

func str(m json.RawMessage) string {
	var s string
	if err := json.Unmarshal(m, &s); err != nil {
		panic(fmt.Sprint(err, string(m)))
	}
	return s
}

func num(m json.RawMessage) int {
	var n int64
	if err := json.Unmarshal(m, &n); err != nil {
		panic(err)
	}
	if n > math.MaxInt {
		return math.MaxInt
	}
	return int(n)
}

func optStr(m json.RawMessage) (string, bool) {
	if string(m) == "null" {
		return "", false
	}
	return str(m), true
}

// opFunc computes an op; its result is marshalled to JSON and compared with
// the vector's "out".
type opFunc func(in []json.RawMessage) (any, error)

func pred(f func(string) bool) opFunc {
	return func(in []json.RawMessage) (any, error) { return f(str(in[0])), nil }
}

func unary(f func(string) string) opFunc {
	return func(in []json.RawMessage) (any, error) { return f(str(in[0])), nil }
}

func search(f func(s, sub string, start, end int) any) opFunc {
	return func(in []json.RawMessage) (any, error) {
		return f(str(in[0]), str(in[1]), num(in[2]), num(in[3])), nil
	}
}

var ops = map[string]opFunc{
	"repr": unary(Repr), "ascii": unary(ASCII), "upper": unary(Upper), "lower": unary(Lower),
	"casefold": unary(Casefold), "title": unary(Title), "capitalize": unary(Capitalize), "swapcase": unary(SwapCase),
	"isspace": pred(IsSpace), "isalpha": pred(IsAlpha), "isalnum": pred(IsAlnum), "isdecimal": pred(IsDecimal),
	"isdigit": pred(IsDigit), "isnumeric": pred(IsNumeric), "isprintable": pred(IsPrintable),
	"isidentifier": pred(IsIdentifier), "isupper": pred(IsUpper), "islower": pred(IsLower),
	"istitle": pred(IsTitle), "isascii": pred(IsASCII),
	"bytes_repr": func(in []json.RawMessage) (any, error) {
		// The bytes travel as a latin-1 decoded string.
		var p []byte
		for _, r := range str(in[0]) {
			p = append(p, byte(r))
		}
		return BytesRepr(p), nil
	},
	"split": func(in []json.RawMessage) (any, error) {
		sep, has := optStr(in[1])
		return Split(str(in[0]), sep, has, num(in[2]))
	},
	"rsplit": func(in []json.RawMessage) (any, error) {
		sep, has := optStr(in[1])
		return RSplit(str(in[0]), sep, has, num(in[2]))
	},
	"partition": func(in []json.RawMessage) (any, error) {
		p, err := Partition(str(in[0]), str(in[1]))
		return p[:], err
	},
	"rpartition": func(in []json.RawMessage) (any, error) {
		p, err := RPartition(str(in[0]), str(in[1]))
		return p[:], err
	},
	"splitlines": func(in []json.RawMessage) (any, error) {
		var keep bool
		json.Unmarshal(in[1], &keep)
		return SplitLines(str(in[0]), keep), nil
	},
	"strip": func(in []json.RawMessage) (any, error) {
		c, has := optStr(in[1])
		return Strip(str(in[0]), c, has), nil
	},
	"lstrip":     func(in []json.RawMessage) (any, error) { return LStrip(str(in[0]), str(in[1]), true), nil },
	"rstrip":     func(in []json.RawMessage) (any, error) { return RStrip(str(in[0]), str(in[1]), true), nil },
	"expandtabs": func(in []json.RawMessage) (any, error) { return ExpandTabs(str(in[0]), num(in[1])), nil },
	"center": func(in []json.RawMessage) (any, error) {
		return Center(str(in[0]), num(in[1]), []rune(str(in[2]))[0]), nil
	},
	"ljust": func(in []json.RawMessage) (any, error) {
		return LJust(str(in[0]), num(in[1]), []rune(str(in[2]))[0]), nil
	},
	"rjust": func(in []json.RawMessage) (any, error) {
		return RJust(str(in[0]), num(in[1]), []rune(str(in[2]))[0]), nil
	},
	"zfill":      func(in []json.RawMessage) (any, error) { return ZFill(str(in[0]), num(in[1])), nil },
	"find":       search(func(s, sub string, a, b int) any { return Find(s, sub, a, b) }),
	"rfind":      search(func(s, sub string, a, b int) any { return RFind(s, sub, a, b) }),
	"count":      search(func(s, sub string, a, b int) any { return Count(s, sub, a, b) }),
	"startswith": search(func(s, sub string, a, b int) any { return StartsWith(s, sub, a, b) }),
	"endswith":   search(func(s, sub string, a, b int) any { return EndsWith(s, sub, a, b) }),
	"replace": func(in []json.RawMessage) (any, error) {
		return Replace(str(in[0]), str(in[1]), str(in[2]), num(in[3])), nil
	},
	"formatter_parser": func(in []json.RawMessage) (any, error) {
		// _string.formatter_parser yields [literal, name, spec, conversion],
		// the last three None when no field follows.
		p := NewFormatParser(str(in[0]))
		out := [][]any{}
		for {
			lit, f, done, err := p.Next()
			if err != nil {
				return nil, err
			}
			if done {
				return out, nil
			}
			if f == nil {
				out = append(out, []any{lit, nil, nil, nil})
				continue
			}
			var conv any
			if f.Conversion != 0 {
				conv = string(f.Conversion)
			}
			out = append(out, []any{lit, f.Name, f.Spec, conv})
		}
	},
	"field_name_split": func(in []json.RawMessage) (any, error) {
		fn, err := ParseFieldName(str(in[0]), nil)
		if err != nil {
			return nil, err
		}
		var first any = fn.First
		if fn.Index >= 0 {
			first = fn.Index
		}
		rest := [][]any{}
		for _, p := range fn.Parts {
			var key any = p.Name
			if p.Index >= 0 {
				key = p.Index
			}
			rest = append(rest, []any{p.IsAttr, key})
		}
		if fn.PartsErr != nil {
			return nil, fn.PartsErr
		}
		return []any{first, rest}, nil
	},
}

func TestVectors(t *testing.T) {
	data, err := os.ReadFile("testdata/ops.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	total, failed := 0, 0
	for sc.Scan() {
		var v vector
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		if v.Op == "format_call" || v.Op == "format_map" {
			continue // needs pyfmt: TestFormatStringVectors in format_test.go
		}
		op, ok := ops[v.Op]
		if !ok {
			t.Fatalf("unknown op %q", v.Op)
		}
		total++
		got, err := op(v.In)
		if msg := compare(v, got, err); msg != "" {
			failed++
			if failed <= 30 {
				t.Errorf("%s %s: %s", v.Op, sc.Text(), msg)
			}
		}
	}
	t.Logf("%d vectors, %d failed", total, failed)
}

func compare(v vector, got any, err error) string {
	if v.Err != nil {
		var pe *Error
		if !errors.As(err, &pe) || pe.Class != v.Err[0] || pe.Msg != v.Err[1] {
			return fmt.Sprintf("want %s(%q), got %v, %v", v.Err[0], v.Err[1], got, err)
		}
		return ""
	}
	if err != nil {
		return fmt.Sprintf("want %s, got error %v", v.Out, err)
	}
	gotJSON, _ := json.Marshal(got)
	var a, b any
	json.Unmarshal(gotJSON, &a)
	json.Unmarshal(v.Out, &b)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		return fmt.Sprintf("want %s, got %s", v.Out, gotJSON)
	}
	return ""
}

// TestBMP compares every predicate and case mapping of every BMP character.
func TestBMP(t *testing.T) {
	f, err := os.Open("testdata/bmp.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	preds := []func(string) bool{IsSpace, IsPrintable, IsAlpha, IsDecimal, IsDigit, IsNumeric, IsUpper, IsLower,
		IsTitle, IsIdentifier, IsAlnum}
	maps := []func(string) string{Upper, Lower, Title, Casefold}
	sc := bufio.NewScanner(zr)
	n, failed := 0, 0
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		c, _ := strconv.ParseUint(fields[0], 16, 32)
		bits, _ := strconv.ParseUint(fields[1], 16, 32)
		s := string(rune(c))
		n++
		var got uint64
		for i, p := range preds {
			if p(s) {
				got |= 1 << i
			}
		}
		if got != bits {
			failed++
			if failed < 20 {
				t.Errorf("U+%04X predicates: want %b, got %b", c, bits, got)
			}
		}
		for i, m := range maps {
			want := s
			if fields[2+i] != "" {
				var b strings.Builder
				for _, h := range strings.Fields(fields[2+i]) {
					r, _ := strconv.ParseUint(h, 16, 32)
					b.WriteRune(rune(r))
				}
				want = b.String()
			}
			if got := m(s); got != want {
				failed++
				if failed < 20 {
					t.Errorf("U+%04X mapping %d: want %q, got %q", c, i, want, got)
				}
			}
		}
	}
	t.Logf("%d BMP code points, %d mismatches", n, failed)
	if n < 60000 {
		t.Fatalf("only %d code points read", n)
	}
}

// TestVectorsCurrent regenerates vectors and tables with the machine's
// CPython 3.11 and checks the committed files are current.
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
	if out, err := exec.Command(py, "gentables.py", filepath.Join(dir, "tables.go")).CombinedOutput(); err != nil {
		t.Fatalf("gentables.py: %v\n%s", err, out)
	}
	for _, pair := range [][2]string{
		{filepath.Join(dir, "ops.jsonl"), "testdata/ops.jsonl"},
		{filepath.Join(dir, "bmp.tsv.gz"), "testdata/bmp.tsv.gz"},
		{filepath.Join(dir, "tables.go"), "tables.go"},
	} {
		if !bytes.Equal(readMaybeGzip(t, pair[0]), readMaybeGzip(t, pair[1])) {
			t.Errorf("%s is stale: run go generate ./interp/pystr/", pair[1])
		}
	}
}

func readMaybeGzip(t *testing.T, path string) []byte {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		data, err = io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
	}
	return data
}
