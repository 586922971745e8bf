// Package pystr implements Python 3.11's str semantics on Go UTF-8 strings:
// repr and ascii, the character predicates (isspace, isalpha, ...), full case
// mappings (upper, lower, title, casefold with the special cases Go's unicode
// package lacks), splitting, stripping, padding, searching with code-point
// indices, and the parser for str.format() format strings.
//
// It knows nothing about the interpreter's object representation so that the
// interpreter core, the compiler and the standard library can all share it,
// and so that it can be tested in isolation against vectors produced by a real
// CPython.  Every function takes and returns valid UTF-8; indices and widths
// are counted in code points, as Python counts them, never in bytes.
//
// Lone surrogates, which Python strings may hold and UTF-8 cannot, are
// stored WTF-8 style (see wtf8.go) and count as one code point everywhere.
//
// The character tables (tables.go) are generated from CPython's own Unicode
// database so that weft agrees with CPython 3.11 (Unicode 14.0) rather than
// with the newer Unicode version that Go's unicode package follows.
//
// Tests compare against CPython itself: `go generate ./interp/pystr/` runs
// gentables.py (tables.go) and testdata/genvectors.py (testdata/ops.jsonl
// and testdata/bmp.tsv.gz, CPython's answers for every operation and for
// every BMP character); TestVectorsCurrent fails when a committed file
// differs from what the machine's python3.11 produces, and skips with a
// message when there is none.
package pystr

//go:generate python3 gentables.py tables.go
//go:generate python3 testdata/genvectors.py testdata

import "sort"

// Error is a failure that the interpreter must raise as the Python exception
// named by Class (for example "ValueError") with the message Msg.  Keeping
// the class as data lets these packages stay independent of the object model
// while still producing CPython's exact exception and text.
type Error struct {
	Class string
	Msg   string
}

// Error renders the error the way a traceback's last line does.
func (e *Error) Error() string { return e.Class + ": " + e.Msg }

// valueError is shorthand for the most common failure class.
func valueError(msg string) *Error { return &Error{Class: "ValueError", Msg: msg} }

// runeRange is an inclusive range of code points in a generated table.
type runeRange struct{ lo, hi rune }

// inTable reports whether r lies in one of the sorted, disjoint ranges.
func inTable(t []runeRange, r rune) bool {
	i := sort.Search(len(t), func(i int) bool { return t[i].hi >= r })
	return i < len(t) && t[i].lo <= r
}

// caseMap is a sorted code-point-to-string mapping generated from CPython;
// code points that are absent map to themselves.
type caseMap struct {
	keys []rune
	vals []string
}

// lookup returns the mapping of r and whether r has one.
func (m *caseMap) lookup(r rune) (string, bool) {
	i := sort.Search(len(m.keys), func(i int) bool { return m.keys[i] >= r })
	if i < len(m.keys) && m.keys[i] == r {
		return m.vals[i], true
	}
	return "", false
}
