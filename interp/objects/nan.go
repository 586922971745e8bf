package objects

import (
	"math"
	"sync/atomic"
)

// NaN identity.
//
// Floats are inline Values (floatHeader plus the IEEE bits), so identity
// (`is`, id(), the identity-first test of `in`, list.count, dict lookup) is
// the payload. For every number but NaN that is what Python needs: equal
// floats are interchangeable. NaN is not equal to itself, so CPython's
// containment rule "identity, then ==" makes the object matter:
//
//	x = float('nan'); x in [x]      -> True  (same object)
//	float('nan') in [float('nan')]  -> False (two objects, nan != nan)
//
// Every NaN that Float creates therefore gets a fresh payload: the low
// nanIdentityBits bits of the mantissa hold a process-wide counter, while
// the sign and the quiet bit (bit 51) are kept. A Value copied around keeps
// its bits and so its identity; any operation producing a NaN (float('nan'),
// x + 1, math.sqrt(-1) under ieee semantics, unpacking) goes through Float
// and yields a new object, like a new PyFloatObject. Nothing is allocated:
// the float fast paths pay one compare-and-branch (f != f) per result.
//
// The payload is never shown: repr is 'nan', float.hex gives 'nan', and
// byte-level encoders must write CanonicalNaNBits so that packing a NaN
// gives CPython's bytes (0x7ff8000000000000, with the sign). The price is
// that a NaN's own payload does not survive a round trip through Python
// (CPython keeps it; no Python-level operation but struct/array exposes it).
const (
	nanIdentityBits = 51 // mantissa bits below the quiet bit
	nanIdentityMask = 1<<nanIdentityBits - 1
	nanQuietBit     = 1 << nanIdentityBits
	nanExpBits      = 0x7ff << 52
)

// nanCounter numbers the NaNs created so far; it starts at 1 after the first
// increment, so an identity is never 0 (the canonical payload a Go NaN
// constant carries could be mistaken for a second copy otherwise).
var nanCounter atomic.Uint64

// freshNaN returns a NaN float Value with the sign of f, the quiet bit set
// and a new identity. It is out of line so that Float stays small enough
// for the compiler to inline on the float fast paths.
//
//go:noinline
func freshNaN(f float64) Value {
	id := nanCounter.Add(1) & nanIdentityMask
	if id == 0 { // wrapped after 2**51 NaNs: skip the payload-free value
		id = nanCounter.Add(1) & nanIdentityMask
	}
	sign := math.Float64bits(f) & (1 << 63)
	return Value{&floatHeader, sign | nanExpBits | nanQuietBit | id}
}

// CanonicalNaNBits returns the bits an encoder writes for f: a NaN becomes
// the quiet NaN with no payload (keeping its sign), as CPython produces for
// float('nan'); any other float is unchanged.
func CanonicalNaNBits(f float64) uint64 {
	b := math.Float64bits(f)
	if f != f {
		b &^= nanIdentityMask
		b |= nanQuietBit
	}
	return b
}

// hashNaN is hash() of a NaN float (or float subclass instance) v. Since
// Python 3.10 a NaN hashes by identity, like an object without __eq__:
// the same NaN object always finds itself in a dict or set, two distinct
// NaNs hash apart instead of colliding in one bucket chain. As CPython's
// _Py_HashPointer does, the identity is rotated so that the low bits, which
// carry the most variation (the NaN counter, or an aligned address),
// spread over the table index bits too.
func hashNaN(v Value) int64 {
	id := uint64(v.ID())
	h := int64(id>>4 | id<<60)
	if h == -1 {
		h = -2
	}
	return h
}
