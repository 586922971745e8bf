package remod

import (
	"strings"
	"sync"

	"github.com/dlclark/regexp2"
	"github.com/weftrun/weft/interp/objects"
)

type value = objects.Value

// Regex is a compiled pattern as the _re module hands it to re.py: the
// engine's program in the three forms the matching functions need, and
// what Pattern exposes (groups, names, flags).
//
// The three programs share one translation: search is the pattern as is,
// match anchors it at the start position (\G), and advance is the form
// used after an empty match: "(?:p)(?!\G)" refuses an empty match at the
// position the search starts from, which is how sre's iteration moves
// past empty matches (re.findall(r'|a', 'a') == [”, 'a', ”]) — the
// engine's own FindNextMatch would skip a character instead.
//
// A Regex is immutable after compile and the engine's Regexp is safe for
// concurrent use, so one Regex serves every virtual thread at once.
type Regex struct {
	objects.Header
	tr       *translation
	isBytes  bool
	search   *regexp2.Regexp
	match    *regexp2.Regexp
	full     *regexp2.Regexp
	advance  *regexp2.Regexp
	fullOnce sync.Once
	fullErr  error
}

// RegexType is the type of compiled patterns inside _re; re.Pattern wraps
// one.
var RegexType = objects.NewNativeType("_re.Regex")

func options(flags int) regexp2.RegexOptions {
	o := regexp2.RegexOptions(regexp2.None)
	if flags&FlagIgnoreCase != 0 {
		o |= regexp2.IgnoreCase
	}
	if flags&FlagMultiline != 0 {
		o |= regexp2.Multiline
	}
	if flags&FlagDotAll != 0 {
		o |= regexp2.Singleline
	}
	return o
}

// Compile translates and compiles a Python pattern.
func Compile(pattern string, flags int, isBytes bool) (*Regex, error) {
	tr, err := translate(pattern, flags, isBytes)
	if err != nil {
		return nil, err
	}
	o := options(tr.flags)
	search, err := regexp2.Compile(tr.expr, o)
	if err != nil {
		return nil, engineError(err)
	}
	match, err := regexp2.Compile(`\G(?:`+tr.expr+`)`, o)
	if err != nil {
		return nil, engineError(err)
	}
	advance, err := regexp2.Compile(`(?:`+tr.expr+`)(?!\G)`, o)
	if err != nil {
		return nil, engineError(err)
	}
	r := &Regex{tr: tr, isBytes: isBytes, search: search, match: match, advance: advance}
	objects.SetHeaderType(&r.Header, RegexType)
	return r, nil
}

// fullProgram compiles the fullmatch form on first use: few patterns are
// ever used with fullmatch.
func (r *Regex) fullProgram() (*regexp2.Regexp, error) {
	r.fullOnce.Do(func() {
		r.full, r.fullErr = regexp2.Compile(`\G(?:`+r.tr.expr+`)\z`, options(r.tr.flags))
	})
	return r.full, r.fullErr
}

// engineError turns an error the engine found into a pattern error; the
// engine's messages name the .NET construct, so only the reason is kept.
func engineError(err error) error {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		msg = msg[i+2:]
	}
	return &SyntaxError{Msg: msg, Pos: -1}
}

// Groups is the number of capturing groups.
func (r *Regex) Groups() int { return r.tr.groups }

// Mode selects how Find anchors a match.
type Mode int

// The three ways a pattern is applied: re.search, re.match, re.fullmatch.
const (
	Search Mode = iota
	Match
	FullMatch
)

// Find runs r over text[:end] from pos and returns the spans of group 0..n
// (start, end pairs; -1 for a group that did not take part) and the
// lastindex, or nil when there is no match. mustAdvance refuses an empty
// match at pos (the iteration rule above).
func (r *Regex) Find(text []rune, pos, end int, mode Mode, mustAdvance bool) ([]int, int, error) {
	prog := r.search
	switch {
	case mustAdvance:
		prog = r.advance
	case mode == Match:
		prog = r.match
	case mode == FullMatch:
		var err error
		if prog, err = r.fullProgram(); err != nil {
			return nil, 0, engineError(err)
		}
	}
	if pos > end {
		return nil, 0, nil
	}
	m, err := prog.FindRunesMatchStartingAt(text[:end], pos)
	if err != nil || m == nil {
		return nil, 0, err
	}
	return r.spans(m)
}

// spans flattens a match into start/end pairs (-1 for a group that did
// not take part) and computes its lastindex.
func (r *Regex) spans(m *regexp2.Match) ([]int, int, error) {
	n := r.tr.groups
	out := make([]int, 2*(n+1))
	out[0], out[1] = m.Index, m.Index+m.Length
	for g := 1; g <= n; g++ {
		grp := m.GroupByNumber(g)
		if grp == nil || len(grp.Captures) == 0 {
			out[2*g], out[2*g+1] = -1, -1
			continue
		}
		out[2*g], out[2*g+1] = grp.Index, grp.Index+grp.Length
	}
	return out, r.lastIndex(out), nil
}

// encloses reports whether group outer contains group inner in the
// pattern's structure.
func (r *Regex) encloses(outer, inner int) bool {
	for p := r.tr.parent[inner]; p != 0; p = r.tr.parent[p] {
		if p == outer {
			return true
		}
	}
	return false
}

// All returns every non-overlapping match of r in text[:end] from pos, in
// order, with Python's rules for empty matches, at most count of them
// (count <= 0: all).
func (r *Regex) All(text []rune, pos, end, count int) ([][]int, error) {
	var out [][]int
	advance := false
	for pos <= end && (count <= 0 || len(out) < count) {
		sp, _, err := r.Find(text, pos, end, Search, advance)
		if err != nil {
			return nil, err
		}
		if sp == nil {
			break
		}
		out = append(out, sp)
		pos = sp[1]
		advance = sp[0] == sp[1]
	}
	return out, nil
}
