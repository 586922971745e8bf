package pydecimal

import "testing"

// TestParse checks Parse on the corners of CPython's Decimal(str), with
// the results CPython 3.11 gives (generated with python3, pasted here):
// underscores anywhere, Unicode digits and spaces, exponent limits.
func TestParse(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"1e", "", false},
		{"e5", "", false},
		{"+", "", false},
		{"-", "", false},
		{"1__0", "10", true},
		{"_1", "1", true},
		{"1_", "1", true},
		{"١٢٣", "123", true},
		{"𝟏𝟐", "12", true},
		{"1e999999999999999999", "1E+999999999999999999", true},
		{"1e9999999999999999999", "", false},
		{"1e-999999999999999999", "1E-999999999999999999", true},
		{"123e-9223372036854775807", "", false},
		{".", "", false},
		{"1.e5", "1E+5", true},
		{"-.5e-3", "-0.0005", true},
		{"infinit", "", false},
		{"nan1x", "", false},
		{"NaN0012", "NaN12", true},
		{"-sNaN", "-sNaN", true},
		{" \t1\n", "1", true},
		{"0x10", "", false},
		{"1e+", "", false},
		{"1e+-2", "", false},
		{"00012.3400e-02", "0.123400", true},
		{" 12 ", "12", true},
		{"-0.0e-0", "-0.0", true},
		{"Infinity", "Infinity", true},
		{"-INF", "-Infinity", true},
	} {
		d, ok := Parse(c.in)
		if ok != c.ok {
			t.Errorf("Parse(%q): ok %v, want %v", c.in, ok, c.ok)
			continue
		}
		if ok && d.String() != c.want {
			t.Errorf("Parse(%q) = %s, want %s", c.in, d, c.want)
		}
	}
}
