package syntax

import (
	"strings"
	"testing"
)

// FuzzParse hunts for panics, hangs and inconsistent trees: any input
// must either parse or give a *SyntaxError with a line number, and a tree
// must have well-formed spans and dump deterministically. The seed corpus
// is testdata/fuzz/FuzzParse plus the programs of the unit tests.
func FuzzParse(f *testing.F) {
	for _, src := range invalidPrograms {
		f.Add(src)
	}
	for _, c := range dumpCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, src string) {
		m, err := ParseString(src, "<fuzz>")
		if err != nil {
			se, ok := err.(*SyntaxError)
			if !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if se.Lineno < 1 || se.Msg == "" {
				t.Fatalf("malformed error %+v", se)
			}
			_ = se.Format()
			return
		}
		checkSpans(t, m, src)
		if d1, d2 := Dump(m), Dump(m); d1 != d2 {
			t.Fatalf("Dump is not deterministic")
		}
	})
}

// checkSpans verifies that every located node starts no later than it
// ends and lies within the (newline-normalised) source.
func checkSpans(t *testing.T, m *Module, src string) {
	lines := strings.Count(normalizeNewlines(src), "\n") + 2
	Inspect(m, func(n Node) bool {
		p := n.Position()
		if p == (Pos{}) {
			return true
		}
		if p.Lineno < 1 || p.EndLineno < p.Lineno || p.EndLineno > lines ||
			p.Lineno == p.EndLineno && p.EndColOffset < p.ColOffset || p.ColOffset < 0 {
			t.Fatalf("bad span %+v on %T", p, n)
		}
		return true
	})
}

// TestNestingLimits checks that pathological nesting gives CPython's
// errors instead of exhausting the Go stack or taking super-linear time.
func TestNestingLimits(t *testing.T) {
	cases := []struct {
		src  string
		kind ErrorKind
		msg  string
	}{
		{strings.Repeat("(", 100000) + "\n", KindSyntaxError, "too many nested parentheses"},
		{strings.Repeat("[", 201) + strings.Repeat("]", 201) + "\n", KindSyntaxError, "too many nested parentheses"},
		{strings.Repeat("-", 100000) + "1\n", KindRecursionError, "maximum recursion depth exceeded during ast construction"},
		{strings.Repeat("not ", 100000) + "x\n", KindRecursionError, "maximum recursion depth exceeded during ast construction"},
		{strings.Repeat("x**", 100000) + "x\n", KindRecursionError, "maximum recursion depth exceeded during ast construction"},
		{strings.Repeat("lambda: ", 100000) + "x\n", KindRecursionError, "maximum recursion depth exceeded during ast construction"},
		{nestedIfs(100), KindIndentationError, "too many levels of indentation"},
	}
	for _, c := range cases {
		_, err := ParseString(c.src, "<deep>")
		se, ok := err.(*SyntaxError)
		if !ok || se.Kind != c.kind || se.Msg != c.msg {
			t.Errorf("%.30q...: got %v, want %s: %s", c.src, err, c.kind, c.msg)
		}
	}
	if _, err := ParseString("x = 1\x00\n", "<nul>"); err == nil || err.(*SyntaxError).Msg != "source code cannot contain null bytes" {
		t.Errorf("NUL byte: got %v", err)
	}
	// Long but flat input parses.
	flat := []string{
		"x = [" + strings.Repeat("1, ", 100000) + "]\n",
		"x" + strings.Repeat(".a", 100000) + "\n",
		"f" + strings.Repeat("()", 100000) + "\n",
		strings.Repeat("x = 1\n", 100000),
		"x = " + strings.Repeat("a + ", 100000) + "a\n",
		nestedIfs(99),
		strings.Repeat("f(", 199) + strings.Repeat(")", 199) + "\n",
	}
	for _, src := range flat {
		if _, err := ParseString(src, "<flat>"); err != nil {
			t.Errorf("%.30q...: %v", src, err)
		}
	}
}

func nestedIfs(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if x:\n")
	}
	b.WriteString(strings.Repeat(" ", n) + "pass\n")
	return b.String()
}
