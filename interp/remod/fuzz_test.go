package remod

import (
	"testing"
	"unicode/utf8"
)

// FuzzCompile feeds arbitrary patterns to the translator and the engine:
// any input must give a pattern or an error, never a panic, and a pattern
// that compiles must run.
func FuzzCompile(f *testing.F) {
	for _, seed := range []string{`(?P<a>x)(?P=a)`, `[\W\d]+`, `a*+`, `(?<=ab|cd)e`, `\N{DIGIT ONE}`, `(?x) a # (`, `[`, `(?(1)a|b)`, `a{2,1}`, `(?i)σ`, `\1(a)`, `(?P<n>`, `[^]`, `x{,3}`} {
		f.Add(seed, uint16(0))
	}
	f.Fuzz(func(t *testing.T, pattern string, flags uint16) {
		if !utf8.ValidString(pattern) {
			return
		}
		fl := int(flags) & (FlagIgnoreCase | FlagMultiline | FlagDotAll | FlagVerbose | FlagASCII)
		r, err := Compile(pattern, fl, false)
		if err != nil {
			return
		}
		text := []rune("abc 123 ab\nxyz σς")
		if _, _, err := r.Find(text, 0, len(text), Search, false); err != nil {
			t.Fatalf("Find: %v", err)
		}
		if _, err := r.All(text, 0, len(text), 0); err != nil {
			t.Fatalf("All: %v", err)
		}
	})
}
