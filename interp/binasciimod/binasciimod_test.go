package binasciimod

import (
	"encoding/base64"
	"testing"
)

func TestDecodeBase64Lenient(t *testing.T) {
	for _, c := range []struct{ in, want, msg string }{
		{"Zm9vYmFy", "foobar", ""},
		{"Zm9v YmFy\n", "foobar", ""},
		{"Zm9v!YmFy", "foobar", ""},
		{"Zg==Zg==", "f", ""},
		{"Zm9", "", "Incorrect padding"},
		{"Z", "", "Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"},
	} {
		got, msg := decodeBase64([]byte(c.in), false)
		if string(got) != c.want || msg != c.msg {
			t.Errorf("decodeBase64(%q) = %q, %q; want %q, %q", c.in, got, msg, c.want, c.msg)
		}
	}
}

func TestDecodeBase64Strict(t *testing.T) {
	for in, msg := range map[string]string{
		"=Zm9v":    "Leading padding not allowed",
		"Zm9v!":    "Only base64 data is allowed",
		"Zg==Zg==": "Excess data after padding",
		"Zg=a":     "Discontinuous padding not allowed",
	} {
		if _, got := decodeBase64([]byte(in), true); got != msg {
			t.Errorf("strict decodeBase64(%q) error = %q, want %q", in, got, msg)
		}
	}
}

// Every encoding Go's standard encoder makes must decode back, in both modes.
func TestDecodeBase64RoundTrip(t *testing.T) {
	data := make([]byte, 300)
	for i := range data {
		data[i] = byte(i * 31)
	}
	for n := 0; n <= len(data); n += 7 {
		enc := base64.StdEncoding.EncodeToString(data[:n])
		for _, strict := range []bool{false, true} {
			got, msg := decodeBase64([]byte(enc), strict)
			if msg != "" || string(got) != string(data[:n]) {
				t.Fatalf("round trip of %d bytes (strict=%v): %q", n, strict, msg)
			}
		}
	}
}
