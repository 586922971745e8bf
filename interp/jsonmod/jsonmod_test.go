package jsonmod

import (
	"math"
	"strings"
	"testing"
)

func TestWriteString(t *testing.T) {
	for _, c := range []struct {
		in          string
		ascii, want string
	}{
		{"plain", `"plain"`, `"plain"`},
		{"a\"b\\c\n\t\x01", `"a\"b\\c\n\t\u0001"`, `"a\"b\\c\n\t\u0001"`},
		{"é\x7f😀", `"\u00e9\u007f\ud83d\ude00"`, "\"é\x7f😀\""},
	} {
		var b strings.Builder
		WriteString(&b, c.in, true)
		if b.String() != c.ascii {
			t.Errorf("ensure_ascii %q: %s, want %s", c.in, b.String(), c.ascii)
		}
		b.Reset()
		WriteString(&b, c.in, false)
		if b.String() != c.want {
			t.Errorf("%q: %s, want %s", c.in, b.String(), c.want)
		}
	}
}

func TestFloatText(t *testing.T) {
	for f, want := range map[float64]string{0.1: "0.1", 1e22: "1e+22", math.Inf(-1): "-Infinity", 1.0: "1.0"} {
		if got, err := FloatText(f, true); err != nil || got != want {
			t.Errorf("FloatText(%v) = %q, %v; want %q", f, got, err, want)
		}
	}
	if _, err := FloatText(math.NaN(), false); err == nil {
		t.Errorf("NaN with allow_nan=False did not fail")
	}
}

// TestDecodeErrors checks CPython's messages and byte offsets for
// malformed documents.
func TestDecodeErrors(t *testing.T) {
	for doc, want := range map[string]SyntaxError{
		"":          {"Expecting value", 0},
		"[1,]":      {"Expecting value", 3},
		`{"a":1,}`:  {"Expecting property name enclosed in double quotes", 7},
		`{"a" 1}`:   {"Expecting ':' delimiter", 5},
		"[1 2]":     {"Expecting ',' delimiter", 3},
		`"abc`:      {"Unterminated string starting at", 0},
		`"a\qb"`:    {"Invalid \\escape", 2},
		`"\u12x4"`:  {"Invalid \\uXXXX escape", 2},
		"\"a\x01\"": {"Invalid control character at", 2},
		"-":         {"Expecting value", 0},
	} {
		d := &Decoder{Strict: true}
		_, _, err := d.Decode(nil, doc, 0)
		se, ok := err.(*SyntaxError)
		if !ok || *se != want {
			t.Errorf("%q: %v, want %v", doc, err, want)
		}
	}
}

func TestDecodeEnd(t *testing.T) {
	d := &Decoder{Strict: true}
	for doc, end := range map[string]int{"01": 1, "1.": 1, "1e5x": 3, "[1, 2] tail": 6, `"é"`: 4} {
		_, got, err := d.Decode(nil, doc, 0)
		if err != nil || got != end {
			t.Errorf("%q: end %d, %v; want %d", doc, got, err, end)
		}
	}
}
