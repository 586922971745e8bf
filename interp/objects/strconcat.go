package objects

import (
	"sync"
	"unsafe"
)

// In-place string concatenation.
//
// `s += piece` in a loop is quadratic if every step copies s: building a
// 870 kB string from 300k pieces (bench/py/string_build.py) copied about
// 130 GB and took minutes. CPython avoids it by resizing the string in
// place when its reference count says nobody else can see it. weft has no
// reference counts, so it uses an ownership rule instead, the one Go's
// append uses for slices:
//
// A str produced by += keeps a pointer to the growable buffer (strTail)
// its bytes live in. The buffer's first len(buf) bytes are written once
// and never change, so every str built on it is a view of an immutable
// prefix. Appending to the buffer in place is allowed only for the str
// whose length equals len(buf) — the newest one, because lengths grow
// strictly (an empty piece returns s itself). Older views of the buffer
// only read bytes below their own length, which the append does not
// touch, so they stay valid and immutable; a += on an older view copies
// into a fresh buffer. The buffer's lock makes "check the length, then
// append" atomic when two carriers extend the same str at once: one
// wins, the other copies. Capacity doubles on copy, so a chain of n
// appends costs O(total length) amortised.
//
// The cost is up to 2x memory for strings built this way, and a short
// slice of such a str keeps the whole buffer alive (as a Go substring
// does); strings shorter than minTailLen never get a buffer.

// strTail is the growable buffer behind strings built by +=.
type strTail struct {
	mu  sync.Mutex
	buf []byte
}

// minTailLen is the result length from which += builds on a buffer:
// below it, copying is cheaper than keeping a buffer.
const minTailLen = 256

// strInPlaceAdd is str.__iadd__'s fast path for exact str operands; it
// returns NotImplemented otherwise so that InPlace falls back to
// Binary (a subclass's __add__, or the TypeError).
func strInPlaceAdd(ctx Ctx, a, b Value) (Value, error) {
	if a.Type() != StrType || b.Type() != StrType {
		return NotImplemented, nil
	}
	sa, sb := as[Str](a), as[Str](b)
	if len(sb.S) == 0 {
		return a, nil
	}
	n := len(sa.S) + len(sb.S)
	if n < minTailLen {
		return StrValue(sa.S + sb.S), nil
	}
	ascii := sa.ascii && sb.ascii
	if t := sa.tail; t != nil {
		t.mu.Lock()
		if len(t.buf) == len(sa.S) && cap(t.buf)-len(t.buf) >= len(sb.S) {
			t.buf = append(t.buf, sb.S...)
			s := unsafe.String(unsafe.SliceData(t.buf), len(t.buf))
			t.mu.Unlock()
			return obj(newTailStr(s, ascii, t)), nil
		}
		t.mu.Unlock()
	}
	buf := make([]byte, 0, 2*n)
	buf = append(append(buf, sa.S...), sb.S...)
	t := &strTail{buf: buf}
	return obj(newTailStr(unsafe.String(unsafe.SliceData(buf), n), ascii, t)), nil
}

// newTailStr makes a str that views a prefix of t's buffer.
func newTailStr(s string, ascii bool, t *strTail) *Str {
	st := &Str{S: s, ascii: ascii, tail: t}
	st.typ = StrType
	return st
}
