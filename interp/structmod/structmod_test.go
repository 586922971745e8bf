package structmod

import (
	"math"
	"testing"
)

func TestParseSizes(t *testing.T) {
	for format, want := range map[string]int{
		"@bhiq": 16, "<bhiq": 15, "b0i": 4, "ci": 8, "3s": 3, "5p": 5, "4x": 4,
		">d": 8, "=e": 2, "< i i": 8, "": 0, "?": 1, "@cd": 16,
	} {
		f, err := Parse(format)
		if err != nil {
			t.Errorf("Parse(%q): %v", format, err)
			continue
		}
		if f.Size() != want {
			t.Errorf("calcsize(%q) = %d, want %d", format, f.Size(), want)
		}
	}
	for format, msg := range map[string]string{"z": "bad char in struct format", "3": "repeat count given without format specifier", "<n": "bad char in struct format"} {
		if _, err := Parse(format); err == nil || err.Error() != msg {
			t.Errorf("Parse(%q) error %v, want %q", format, err, msg)
		}
	}
}

// TestHalfFloat checks binary16 rounding (ties to even), subnormals and
// overflow against values CPython's struct gives.
func TestHalfFloat(t *testing.T) {
	for x, want := range map[float64]uint16{
		65519: 0x7bff, 1e-8: 0, 5.96e-8: 1, 2.98e-8: 0, 3.14159: 0x4248, math.Copysign(0, -1): 0x8000,
		1: 0x3c00, 1e-5: 0x00a8, math.Inf(1): 0x7c00,
	} {
		got, err := packHalf(x)
		if err != nil || got != want {
			t.Errorf("packHalf(%v) = %#x, %v; want %#x", x, got, err, want)
		}
		if !math.IsInf(x, 0) && x != 0 && unpackHalf(want) == 0 && want != 0 {
			t.Errorf("unpackHalf(%#x) = 0", want)
		}
	}
	if _, err := packHalf(65520); err == nil {
		t.Errorf("packHalf(65520) did not overflow")
	}
	if got := unpackHalf(0x7bff); got != 65504 {
		t.Errorf("unpackHalf(0x7bff) = %v", got)
	}
}
