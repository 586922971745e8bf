package remod

import (
	"reflect"
	"testing"
)

func mustCompile(t *testing.T, p string, flags int) *Regex {
	t.Helper()
	r, err := Compile(p, flags, false)
	if err != nil {
		t.Fatalf("Compile(%q): %v", p, err)
	}
	return r
}

// TestGroupNumbering checks that named and unnamed groups are numbered
// left to right, as Python does (.NET would number named groups last).
func TestGroupNumbering(t *testing.T) {
	r := mustCompile(t, `(?P<a>x)(y)(?P<b>z)`, 0)
	if r.Groups() != 3 || r.tr.names["a"] != 1 || r.tr.names["b"] != 3 {
		t.Fatalf("groups %d names %v", r.Groups(), r.tr.names)
	}
	sp, last, err := r.Find([]rune("xyz"), 0, 3, Search, false)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{0, 3, 0, 1, 1, 2, 2, 3}; !reflect.DeepEqual(sp, want) || last != 3 {
		t.Fatalf("spans %v last %d, want %v last 3", sp, last, want)
	}
}

func TestFindModes(t *testing.T) {
	r := mustCompile(t, `a+`, 0)
	text := []rune("baaa")
	for _, c := range []struct {
		mode   Mode
		pos    int
		expect []int
	}{
		{Search, 0, []int{1, 4}},
		{Match, 0, nil},
		{Match, 1, []int{1, 4}},
		{FullMatch, 1, []int{1, 4}},
		{FullMatch, 0, nil},
	} {
		sp, _, err := r.Find(text, c.pos, len(text), c.mode, false)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(sp, c.expect) && !(sp == nil && c.expect == nil) {
			t.Errorf("mode %d pos %d: %v, want %v", c.mode, c.pos, sp, c.expect)
		}
	}
}

// TestEmptyMatchIteration checks Python's rule for empty matches: after
// an empty match at p, a non-empty match may still start at p.
func TestEmptyMatchIteration(t *testing.T) {
	r := mustCompile(t, `|a`, 0)
	all, err := r.All([]rune("a"), 0, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]int{{0, 0}, {0, 1}, {1, 1}}
	if !reflect.DeepEqual(all, want) {
		t.Fatalf("matches %v, want %v", all, want)
	}
}

func TestLastIndex(t *testing.T) {
	for p, want := range map[string]int{`((a)b)`: 1, `(a)(b)`: 2, `((ab))`: 1, `(a)(b?)`: 2, `x`: -1} {
		r := mustCompile(t, p, 0)
		text := []rune("ab")
		if p == "x" {
			text = []rune("x")
		}
		_, last, err := r.Find(text, 0, len(text), Search, false)
		if err != nil {
			t.Fatal(err)
		}
		if last != want {
			t.Errorf("%s: lastindex %d, want %d", p, last, want)
		}
	}
}

func TestTranslateErrors(t *testing.T) {
	for p, want := range map[string]SyntaxError{
		`(`:        {"missing ), unterminated subpattern", 0},
		`a)`:       {"unbalanced parenthesis", 1},
		`*a`:       {"nothing to repeat", 0},
		`a**`:      {"multiple repeat", 2},
		`[a`:       {"unterminated character set", 0},
		`\q`:       {"bad escape \\q", 0},
		`(?P=n)`:   {"unknown group name 'n'", 4},
		`a(?i)b`:   {"global flags not at the start of the expression", 1},
		`(a)\2`:    {"invalid group reference 2", 4},
		`a{3,2}`:   {"min repeat greater than max repeat", 2},
		`(?P<1>x)`: {"bad character in group name '1'", 4},
	} {
		_, err := Compile(p, 0, false)
		se, ok := err.(*SyntaxError)
		if !ok || *se != want {
			t.Errorf("%q: %v, want %v", p, err, want)
		}
	}
}

func TestASCIIAndVerbose(t *testing.T) {
	r := mustCompile(t, `\w+`, FlagASCII)
	sp, _, _ := r.Find([]rune("héllo"), 0, 5, Search, false)
	if !reflect.DeepEqual(sp[:2], []int{0, 1}) {
		t.Errorf("ASCII \\w matched %v", sp)
	}
	r = mustCompile(t, "a b # comment (\n c", FlagVerbose)
	if r.Groups() != 0 {
		t.Errorf("a parenthesis in a verbose comment counted as a group")
	}
	if sp, _, _ := r.Find([]rune("abc"), 0, 3, FullMatch, false); sp == nil {
		t.Errorf("verbose pattern did not match")
	}
}

// TestEngineWorkarounds checks the constructs the translator rewrites
// because the engine lacks or mishandles them.
func TestEngineWorkarounds(t *testing.T) {
	text := []rune("ab1_cd a5 ")
	for p, want := range map[string][]int{
		`[\W\d]+`:   {2, 3}, // the engine alone drops \d after \W
		`[^\W\d_]+`: {0, 2},
		`[x\S\W]+`:  {0, 10},
		`[^\S\W]+`:  nil,
		`a?+b`:      {0, 2}, // possessive: atomic group
		`a*+a`:      nil,    // possessive: never gives back
	} {
		r := mustCompile(t, p, 0)
		sp, _, err := r.Find(text, 0, len(text), Search, false)
		if err != nil {
			t.Fatal(err)
		}
		if want == nil {
			if sp != nil {
				t.Errorf("%s matched %v, want no match", p, sp[:2])
			}
			continue
		}
		if sp == nil || !reflect.DeepEqual(sp[:2], want) {
			t.Errorf("%s matched %v, want %v", p, sp, want)
		}
	}
	for p, fixed := range map[string]bool{`(?<=ab)c`: true, `(?<=a|bc)d`: false, `(?<=a+)b`: false, `(?<=a{3})b`: true, `(?<=(ab|cd))e`: true} {
		_, err := Compile(p, 0, false)
		if (err == nil) != fixed {
			t.Errorf("%s: error %v, fixed width %v", p, err, fixed)
		}
	}
}
