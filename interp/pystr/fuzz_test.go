package pystr

import (
	"errors"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFormatParser: any format string parses to literals and fields or a
// *pystr.Error, never a panic, and an error-free parse accounts for every
// brace (literal text plus fields rebuild a string of the same rune count
// minus the escapes and field syntax, so at least the literals are a
// subsequence of the input).
func FuzzFormatParser(f *testing.F) {
	for _, s := range []string{"{0!r:>{1}}", "{{x}}", "{a.b[c]}", "}", "{0[", "{!"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := NewFormatParser(s)
		auto := &AutoNumber{}
		var lits strings.Builder
		for i := 0; ; i++ {
			if i > len(s)+1 {
				t.Fatalf("parser of %q does not terminate", s)
			}
			lit, field, done, err := p.Next()
			if err != nil {
				var pe *Error
				if !errors.As(err, &pe) {
					t.Fatalf("non-Python error %v", err)
				}
				return
			}
			if done {
				break
			}
			lits.WriteString(lit)
			if field != nil {
				fn, err := ParseFieldName(field.Name, auto)
				var pe *Error
				if err != nil && !errors.As(err, &pe) {
					t.Fatalf("non-Python error %v", err)
				}
				_ = fn
			}
		}
		if utf8.RuneCountInString(lits.String()) > utf8.RuneCountInString(s) {
			t.Fatalf("literals of %q longer than the input", s)
		}
	})
}

// FuzzStringOps checks invariants of the string methods on arbitrary input.
func FuzzStringOps(f *testing.F) {
	f.Add("Hello ΣAΣ ß\tx\r\ny", "Σ", 1, -2)
	f.Fuzz(func(t *testing.T, s, sub string, start, end int) {
		if !utf8.ValidString(s) || !utf8.ValidString(sub) {
			return
		}
		n := RuneLen(s)
		if i := Find(s, sub, start, end); i >= 0 && !strings.HasPrefix(string([]rune(s)[i:]), sub) {
			t.Fatalf("Find(%q, %q) = %d does not point at sub", s, sub, i)
		}
		if i := RFind(s, sub, start, end); i > n {
			t.Fatalf("RFind out of range")
		}
		if sub != "" {
			parts, _ := Split(s, sub, true, -1)
			if strings.Join(parts, sub) != s {
				t.Fatalf("Split/Join does not round-trip")
			}
		}
		if strings.Join(SplitLines(s, true), "") != s {
			t.Fatalf("SplitLines(keepends) does not round-trip %q", s)
		}
		for _, f := range []func(string) string{Upper, Lower, Casefold, Title, Capitalize, SwapCase} {
			if !utf8.ValidString(f(s)) {
				t.Fatalf("invalid UTF-8 from a case mapping of %q", s)
			}
		}
		if w := RuneLen(Center(s, start%100, '*')); w < n || w < start%100 {
			t.Fatalf("Center width %d", w)
		}
		_, _ = Split(s, "", false, end%5)
		_, _ = RSplit(s, "", false, end%5)
		_ = ExpandTabs(s, start%9)
		_ = Count(s, sub, start, math.MaxInt)
	})
}

func TestTranslate(t *testing.T) {
	table := map[rune]string{'a': "AA", 'b': "", 'é': "e"}
	got, err := Translate("abcé", func(r rune) (string, bool, error) {
		v, ok := table[r]
		return v, ok, nil
	})
	if err != nil || got != "AAce" {
		t.Fatalf("Translate = %q, %v", got, err)
	}
	boom := &Error{Class: "TypeError", Msg: "character mapping must return integer, None or str"}
	if _, err := Translate("x", func(rune) (string, bool, error) { return "", false, boom }); err != boom {
		t.Fatalf("Translate error = %v", err)
	}
}

func TestConversionError(t *testing.T) {
	if err := ConversionError('x'); err.Error() != "ValueError: Unknown conversion specifier x" {
		t.Fatal(err)
	}
	if err := ConversionError('é'); err.Error() != `ValueError: Unknown conversion specifier \xe9` {
		t.Fatal(err)
	}
}

func TestIndexHelpers(t *testing.T) {
	if a, b := AdjustIndices(-2, math.MaxInt, 5); a != 3 || b != 5 {
		t.Fatalf("AdjustIndices = %d, %d", a, b)
	}
	if TruncateRunes("héllo", 2) != "hé" || RuneLen("héllo") != 5 {
		t.Fatal("rune helpers")
	}
}
