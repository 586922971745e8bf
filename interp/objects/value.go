// Package objects defines weft's Python values and the built-in types'
// behaviour (the "abstract object layer" of CPython).
//
// A Value is two machine words: a pointer to the Header of a heap object and
// a 64-bit payload. Small ints and floats keep their payload inline and point
// at a static header whose type is int or float, so creating them never
// allocates and v.Type() is a single load with no branch. Heap objects are Go
// structs whose first field is a Header; the pointer is converted back to the
// concrete struct with unsafe once the type is known. Because a Value never
// stores a pointer in bits, a torn read (pointer from one store, bits from
// another) is still memory-safe: the worst outcome is a wrong int, never a
// forged pointer, which is what the free-threading rules in DESIGN.md need.
package objects

import (
	"math"
	"unsafe"
)

// Header is the first field of every heap object; its address is the
// object's identity.
type Header struct {
	typ *Type
}

// Type returns the object's class.
func (h *Header) Type() *Type { return h.typ }

// Value is a Python value. The zero Value is "no value": an unbound local,
// an absent optional argument; it is never visible to Python code.
type Value struct {
	h    *Header
	bits uint64
}

// Static headers for the inline representations. Their addresses tag the
// payload's meaning.
var (
	smallIntHeader Header
	floatHeader    Header
)

// Int returns the int value i without allocating.
func Int(i int64) Value { return Value{&smallIntHeader, uint64(i)} }

// Float returns the float value f without allocating. A NaN gets a fresh
// identity (see freshNaN in nan.go): every NaN produced is a new object, as
// in CPython, while copies of one Value keep theirs.
func Float(f float64) Value {
	if f == f {
		return Value{&floatHeader, math.Float64bits(f)}
	}
	return freshNaN(f)
}

// FromHeader wraps a heap object.
func FromHeader(h *Header) Value { return Value{h: h} }

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// IsNil reports whether v is the zero "no value" marker.
func (v Value) IsNil() bool { return v.h == nil }

// Type returns the class of v.
func (v Value) Type() *Type { return v.h.typ }

// IsSmallInt reports whether v is an inline int.
func (v Value) IsSmallInt() bool { return v.h == &smallIntHeader }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool { return v.h == &floatHeader }

// SmallInt returns the payload of an inline int.
func (v Value) SmallInt() int64 { return int64(v.bits) }

// FloatVal returns the payload of a float.
func (v Value) FloatVal() float64 { return math.Float64frombits(v.bits) }

// Ptr returns the heap header (nil for inline values' static header users
// must not mutate).
func (v Value) Ptr() unsafe.Pointer { return unsafe.Pointer(v.h) }

// Is reports Python identity (`a is b`). Inline ints and floats are
// compared by payload, as CPython's small-int cache makes equal small ints
// identical.
func (v Value) Is(w Value) bool { return v.h == w.h && v.bits == w.bits }

// HeaderPtr returns the object header.
func (v Value) HeaderPtr() *Header { return v.h }

// ID returns id(v).
func (v Value) ID() int64 {
	if v.h == &smallIntHeader || v.h == &floatHeader {
		return int64(v.bits)*2 + 1
	}
	return int64(uintptr(unsafe.Pointer(v.h)))
}

// singleton is a payload-free static object (None, True, ...).
type singleton struct{ Header }

var (
	noneObj, trueObj, falseObj, notImplObj, ellipsisObj singleton
)

// The static singletons.
var (
	None           = Value{h: &noneObj.Header}
	True           = Value{h: &trueObj.Header, bits: 1}
	False          = Value{h: &falseObj.Header}
	NotImplemented = Value{h: &notImplObj.Header}
	Ellipsis       = Value{h: &ellipsisObj.Header}
)

// IsNone reports v is None.
func (v Value) IsNone() bool { return v.h == &noneObj.Header }

// IsTrue reports v is the True singleton (not truthiness).
func (v Value) IsTrue() bool { return v.h == &trueObj.Header }

// IsFalse reports v is the False singleton.
func (v Value) IsFalse() bool { return v.h == &falseObj.Header }

// IsBool reports v is True or False.
func (v Value) IsBool() bool { return v.h == &trueObj.Header || v.h == &falseObj.Header }

// IsNotImplemented reports v is NotImplemented.
func (v Value) IsNotImplemented() bool { return v.h == &notImplObj.Header }

// as converts a heap value to its concrete struct; the caller has checked
// the type.
func as[T any](v Value) *T { return (*T)(unsafe.Pointer(v.h)) }

// obj returns the Value of a heap object whose first field is a Header.
func obj[T any](p *T) Value { return Value{h: (*Header)(unsafe.Pointer(p))} }
