package compile

import "testing"

// `a, b = b, a` and the three-name form reorder on the stack instead of
// building a tuple; other shapes (starred, mismatched counts, a single
// name target) still build and unpack.
func TestSwapAssignBuildsNoTuple(t *testing.T) {
	cases := []struct {
		src       string
		wantTuple bool
	}{
		{"a, b = b, a", false},
		{"a, b, c = c, a, b", false},
		{"[a, b] = 1, 2", false},
		{"a, b = b, a, c", true},
		{"a, *b = x, y", true},
		{"t = x, y", true},
		{"a, b = c", false},
	}
	for _, tc := range cases {
		code, err := Compile(tc.src, "<test>", Exec)
		if err != nil {
			t.Fatalf("%s: %v", tc.src, err)
		}
		built := false
		for _, w := range code.Instrs {
			if op, _ := Decode(w); op == BuildTuple {
				built = true
			}
		}
		if built != tc.wantTuple {
			t.Errorf("%s: builds a tuple = %v, want %v\n%s", tc.src, built, tc.wantTuple, Disassemble(code))
		}
	}
}
