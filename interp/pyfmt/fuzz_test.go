package pyfmt

import (
	"errors"
	"math"
	"math/big"
	"strconv"
	"testing"

	"github.com/weftrun/weft/interp/pystr"
)

// Fuzz targets: whatever the input, the functions return a value or an
// *Error and never panic, and results that can be checked without CPython
// are checked (repr and fromhex round-trip).

func requirePyError(t *testing.T, err error) {
	t.Helper()
	var pe *Error
	if err != nil && !errors.As(err, &pe) {
		t.Fatalf("error %v is not a *pyfmt.Error", err)
	}
}

func FuzzFormatSpec(f *testing.F) {
	for _, s := range []string{"", "x<+#012,.3f", "_b", "=^10", ".", "z%", "\u0663", "0=10,d"} {
		f.Add(s, 1.5, int64(-42))
	}
	f.Fuzz(func(t *testing.T, spec string, x float64, n int64) {
		if len(spec) > 40 {
			return // widths from long digit runs would only test memory
		}
		sp, err := ParseSpec(spec, "float")
		if err == nil && (sp.Width > 10000 || sp.Precision > 10000) {
			return
		}
		_, err = FormatFloat(x, spec)
		requirePyError(t, err)
		_, err = FormatInt64(n, spec)
		requirePyError(t, err)
		_, err = FormatComplex(complex(x, -x), spec)
		requirePyError(t, err)
		_, err = FormatStr("héllo", spec)
		requirePyError(t, err)
	})
}

func FuzzFloatRepr(f *testing.F) {
	for _, x := range []float64{0, 1, 0.1, 1e16, 5e-324, math.MaxFloat64} {
		f.Add(math.Float64bits(x))
	}
	f.Fuzz(func(t *testing.T, bits uint64) {
		x := math.Float64frombits(bits)
		s := FloatRepr(x)
		if math.IsNaN(x) {
			if s != "nan" {
				t.Fatalf("repr of NaN = %q", s)
			}
			return
		}
		back, err := ParseFloat(s)
		if err != nil || math.Float64bits(back) != bits {
			t.Fatalf("repr %q does not round-trip %x: %v %x", s, bits, err, math.Float64bits(back))
		}
		h, err := FloatFromHex(FloatHex(x))
		if err != nil || math.Float64bits(h) != bits {
			t.Fatalf("hex %q does not round-trip", FloatHex(x))
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"0x_1f", " -1_000 ", "1e5", "inf", "0b", "\u0661\u0662", "0x1.8p1"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, base int) {
		v, err := ParseInt(s, base%40)
		requirePyError(t, err)
		if err == nil && base%40 == 10 {
			// Whatever parses in base 10 prints back as the same value.
			back, err := ParseInt(v.String(), 10)
			if err != nil || back.Cmp(v) != 0 {
				t.Fatalf("%q -> %v does not round-trip", s, v)
			}
		}
		_, err = ParseFloat(s)
		requirePyError(t, err)
		_, err = FloatFromHex(s)
		requirePyError(t, err)
	})
}

func FuzzPercent(f *testing.F) {
	for _, s := range []string{"%s", "%(a)s", "%-*.*f|", "%#08x", "%c%%", "%", "%5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, format string) {
		if len(format) > 64 {
			return
		}
		args := &testArgs{tuple: []any{big.NewInt(3), 2.5, "s", big.NewInt(65)}}
		_, err := Percent(format, args, testConv{})
		requirePyError(t, err)
		dict := &testArgs{dict: map[string]any{"a": "A", "b": big.NewInt(7)}}
		_, err = Percent(format, dict, testConv{})
		var pe *Error
		if err != nil && !errors.As(err, &pe) {
			t.Fatalf("error %v", err)
		}
	})
}

func TestIntHelpers(t *testing.T) {
	for _, c := range []struct {
		v             int64
		bin, oct, hex string
	}{{0, "0b0", "0o0", "0x0"}, {10, "0b1010", "0o12", "0xa"}, {-255, "-0b11111111", "-0o377", "-0xff"}} {
		v := big.NewInt(c.v)
		if IntBin(v) != c.bin || IntOct(v) != c.oct || IntHex(v) != c.hex {
			t.Errorf("%d: %s %s %s", c.v, IntBin(v), IntOct(v), IntHex(v))
		}
	}
	if err := SetIntMaxStrDigits(100); err == nil {
		t.Error("a limit below 640 must be rejected")
	}
	defer SetIntMaxStrDigits(IntMaxStrDigits())
	if err := SetIntMaxStrDigits(0); err != nil {
		t.Fatal(err)
	}
	big5000 := new(big.Int).Exp(big.NewInt(10), big.NewInt(5000), nil)
	if s, err := IntToString(big5000, 10); err != nil || len(s) != 5001 {
		t.Errorf("unlimited conversion failed: %v", err)
	}
	if s, err := FormatInt64(-7, "+05"); err != nil || s != "-0007" {
		t.Errorf("FormatInt64 = %q, %v", s, err)
	}
}

func TestIntMaxStrDigitsParse(t *testing.T) {
	_, err := ParseInt(strconv.Itoa(1)+string(make([]byte, 0)), 10)
	if err != nil {
		t.Fatal(err)
	}
	long := make([]byte, 5000)
	for i := range long {
		long[i] = '7'
	}
	_, err = ParseInt(string(long), 10)
	var pe *Error
	if !errors.As(err, &pe) || pe.Msg != "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit" {
		t.Fatalf("got %v", err)
	}
	// Power-of-two bases have no limit.
	if _, err := ParseInt(string(long), 16); err != nil {
		t.Fatal(err)
	}
}

// Lone surrogates (stored WTF-8 style) survive as fill characters, %c
// arguments and format text; vectors cannot carry them through JSON, so
// the expected strings are built here from CPython's answers:
// format('a', '\ud800>3') == '\ud800\ud800a', format(0xdc00, 'c') == '\udc00',
// '%c|\udfff' % 0xd800 == '\ud800|\udfff'.
func TestSurrogates(t *testing.T) {
	s := pystr.FromRunes
	if got, err := FormatStr("a", s([]rune{0xd800, '>', '3'})); err != nil || got != s([]rune{0xd800, 0xd800, 'a'}) {
		t.Errorf("surrogate fill: %q, %v", got, err)
	}
	if got, err := FormatInt64(0xdc00, "c"); err != nil || got != s([]rune{0xdc00}) {
		t.Errorf("surrogate %%c: %q, %v", got, err)
	}
	got, err := Percent(s([]rune{'%', 'c', '|', 0xdfff}), &testArgs{tuple: []any{big.NewInt(0xd800)}}, testConv{})
	if err != nil || got != s([]rune{0xd800, '|', 0xdfff}) {
		t.Errorf("surrogate percent: %q, %v", got, err)
	}
	if _, err := FormatInt64(1, "999999999999"); err == nil {
		t.Error("an absurd width must fail")
	}
}

func TestParseIntSmall(t *testing.T) {
	for _, c := range []struct {
		in    string
		small int64
		big   string
	}{{" -42 ", -42, ""}, {"1_000", 1000, ""}, {"-9223372036854775808", math.MinInt64, ""},
		{"9223372036854775808", 0, "9223372036854775808"}, {"0x" + "f", 15, ""}} {
		base := 10
		if len(c.in) > 1 && c.in[1] == 'x' {
			base = 0
		}
		small, v, err := ParseIntSmall(c.in, base)
		if err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		if c.big == "" && (v != nil || small != c.small) {
			t.Errorf("%q: got %d, %v; want small %d", c.in, small, v, c.small)
		}
		if c.big != "" && (v == nil || v.String() != c.big) {
			t.Errorf("%q: got %d, %v; want big %s", c.in, small, v, c.big)
		}
	}
}
