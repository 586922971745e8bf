package builtins

import (
	"testing"

	"github.com/weftrun/weft/interp/objects"
	"github.com/weftrun/weft/interp/pystr"
)

// TestSplitASCIIFieldsMatchesSplit checks the ASCII fast path of
// str.split() against the general pystr.Split on every ASCII whitespace
// byte, runs of them, and leading and trailing space.
func TestSplitASCIIFieldsMatchesSplit(t *testing.T) {
	cases := []string{"", " ", "a", " a b  c ", "\t\nx\x1cy\x1fz\x0b\x0c\r w", "abc", "a\x1d\x1eb", "  lead", "trail  "}
	for c := 0; c < 128; c++ {
		cases = append(cases, "x"+string(rune(c))+"y", string(rune(c)))
	}
	for _, s := range cases {
		want, err := pystr.Split(s, "", false, -1)
		if err != nil {
			t.Fatal(err)
		}
		got := objects.AsList(splitASCIIFields(s)).Snapshot()
		if len(got) != len(want) {
			t.Fatalf("split(%q): %d fields, want %d (%q)", s, len(got), len(want), want)
		}
		for i := range got {
			if objects.AsStr(got[i]).S != want[i] {
				t.Fatalf("split(%q)[%d] = %q, want %q", s, i, objects.AsStr(got[i]).S, want[i])
			}
		}
	}
}
