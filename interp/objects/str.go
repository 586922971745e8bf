package objects

import (
	"hash/maphash"
	"sync/atomic"
	"unicode/utf8"
)

// Str is an immutable Unicode string stored as UTF-8. Indexing is by code
// point: an all-ASCII string (the common case, flagged at creation) indexes
// bytes directly; others build a rune-offset index on first use and publish
// it atomically, so concurrent readers never see a torn slice.
type Str struct {
	Header
	S     string
	ascii bool
	hash  atomic.Int64 // 0: not yet computed
	index atomic.Pointer[[]int32]
	tail  *strTail // buffer that += may extend in place (strconcat.go)
}

// StrType is str.
var StrType *Type

var strSeed = maphash.MakeSeed()

// NewStr returns a new str.
func NewStr(s string) *Str {
	st := &Str{S: s, ascii: isASCII(s)}
	st.typ = StrType
	return st
}

// StrValue returns s as a Python value.
func StrValue(s string) Value { return obj(NewStr(s)) }

// Value returns the str as a Python value.
func (s *Str) Value() Value { return obj(s) }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// AsStr returns the *Str in v or nil.
func AsStr(v Value) *Str {
	if v.h != nil && v.h.typ.Layout == StrType {
		return as[Str](v)
	}
	return nil
}

// Hash returns hash(s), cached.
func (s *Str) Hash() int64 {
	if h := s.hash.Load(); h != 0 {
		return h
	}
	h := hashString(s.S)
	s.hash.Store(h)
	return h
}

// hashString is the hash of the str s (never 0, which Str.hash keeps for
// "not computed", nor -1).
func hashString(s string) int64 {
	h := int64(maphash.String(strSeed, s) >> 1)
	if h == 0 || h == -1 {
		h = 1
	}
	return h
}

// Len is len(s) in code points.
func (s *Str) Len() int {
	if s.ascii {
		return len(s.S)
	}
	return len(s.runeIndex())
}

func (s *Str) runeIndex() []int32 {
	if p := s.index.Load(); p != nil {
		return *p
	}
	idx := make([]int32, 0, len(s.S))
	for i := range s.S {
		idx = append(idx, int32(i))
	}
	s.index.Store(&idx)
	return idx
}

// Slice returns code points [i, j).
func (s *Str) Slice(i, j int) string {
	if s.ascii {
		return s.S[i:j]
	}
	idx := s.runeIndex()
	bi, bj := len(s.S), len(s.S)
	if i < len(idx) {
		bi = int(idx[i])
	}
	if j < len(idx) {
		bj = int(idx[j])
	}
	return s.S[bi:bj]
}

// At returns code point i as a string.
func (s *Str) At(i int) string {
	if s.ascii {
		return s.S[i : i+1]
	}
	idx := s.runeIndex()
	b := int(idx[i])
	_, n := utf8.DecodeRuneInString(s.S[b:])
	return s.S[b : b+n]
}

// IsASCII reports whether every code point is < 128.
func (s *Str) IsASCII() bool { return s.ascii }

// interned single-character strings for the ASCII range keep iteration
// and indexing of ASCII text allocation-free.
var asciiStrs [128]*Str

// CharStr returns a str holding one character, shared for ASCII.
func CharStr(c string) Value {
	if len(c) == 1 && c[0] < 128 {
		return obj(asciiStrs[c[0]])
	}
	return StrValue(c)
}

// Interned returns a shared str for identifiers and constants.
func Interned(s string) *Str {
	if v, ok := internTable.Load(s); ok {
		return v.(*Str)
	}
	st := NewStr(s)
	st.Hash()
	v, _ := internTable.LoadOrStore(s, st)
	return v.(*Str)
}
