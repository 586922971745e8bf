package structmod

import "testing"

// FuzzParse checks that any format parses or gives a FormatError, and that
// a parsed format unpacks a buffer of its size without panicking.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{"@bhiq", "<3sxH", "!I", "5p", "3", "z", "=e?", "0s0p", " i i"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, format string) {
		fm, err := Parse(format)
		if err != nil {
			if _, ok := err.(*FormatError); !ok {
				t.Fatalf("Parse(%q): %T %v", format, err, err)
			}
			return
		}
		if fm.Size() > 1<<16 {
			return
		}
		vals := fm.Unpack(make([]byte, fm.Size()))
		if len(vals) != fm.Args() {
			t.Fatalf("Unpack gave %d values, format takes %d", len(vals), fm.Args())
		}
	})
}
