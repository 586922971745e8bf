package objects

import (
	"bytes"
	"hash/maphash"
	"strings"
	"sync/atomic"

	"github.com/weftrun/weft/interp/pystr"
)

// Bytes is an immutable byte string. Its content never changes after
// creation, so it is read without a lock; the hash is computed lazily and
// published atomically like Str's.
type Bytes struct {
	Header
	B    []byte
	hash atomic.Int64 // 0: not yet computed
}

// BytesType is bytes; ByteArrayType is bytearray.
var BytesType, ByteArrayType *Type

var bytesIterType, byteArrayIterType *Type

// NewBytes returns a bytes object holding b; the caller gives up b.
func NewBytes(b []byte) *Bytes {
	o := &Bytes{B: b}
	o.typ = BytesType
	return o
}

// BytesValue returns b as a Python bytes value; the caller gives up b.
func BytesValue(b []byte) Value { return obj(NewBytes(b)) }

// Value returns the bytes as a Python value.
func (b *Bytes) Value() Value { return obj(b) }

// AsBytes returns the *Bytes in v (bytes or a subclass), or nil.
func AsBytes(v Value) *Bytes {
	if v.h != nil && v.h.typ.Layout == BytesType {
		return as[Bytes](v)
	}
	return nil
}

// Hash returns hash(b), cached. It uses the str hash's seed, so an ASCII
// bytes object hashes like the equal str, as in CPython.
func (b *Bytes) Hash() int64 {
	if h := b.hash.Load(); h != 0 {
		return h
	}
	h := int64(maphash.Bytes(strSeed, b.B) >> 1)
	if h == 0 || h == -1 {
		h = 1
	}
	b.hash.Store(h)
	return h
}

// BytesLike returns the content of a bytes or bytearray value. For bytes
// it is the object's own (immutable) slice; for bytearray it is a copy
// taken under the array's lock, so the caller may keep it while other
// threads mutate the array.
func BytesLike(v Value) ([]byte, bool) {
	if v.h == nil {
		return nil, false
	}
	switch v.h.typ.Layout {
	case BytesType:
		return as[Bytes](v).B, true
	case ByteArrayType:
		return as[ByteArray](v).Snapshot(), true
	}
	return nil, false
}

// byteOf converts an int operand to one byte with CPython's errors.
func byteOf(ctx Ctx, v Value) (byte, error) {
	if !IsInt(v) && v.Type().Index == nil {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	i, err := IndexOf(ctx, v)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(IndexErrorType) {
			return 0, Errorf(ValueErrorType, "byte must be in range(0, 256)")
		}
		return 0, err
	}
	if i < 0 || i > 255 {
		return 0, Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(i), nil
}

// BytesFromIterable collects the ints of an iterable (the bytes(iterable)
// constructor), with CPython's messages for non-ints and out-of-range
// values.
func BytesFromIterable(ctx Ctx, v Value) ([]byte, error) {
	if b, ok := BytesLike(v); ok {
		return append([]byte(nil), b...), nil
	}
	items, err := ToSlice(ctx, v)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(items))
	for i, x := range items {
		if !IsInt(x) && x.Type().Index == nil {
			return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", x.Type().Name)
		}
		n, err := IndexOf(ctx, x)
		if err != nil || n < 0 || n > 255 {
			if err != nil && !isIndexError(err) {
				return nil, err
			}
			return nil, Errorf(ValueErrorType, "bytes must be in range(0, 256)")
		}
		out[i] = byte(n)
	}
	return out, nil
}

func isIndexError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.Matches(IndexErrorType)
}

// bytesGetItem indexes (an int) or slices (a new object made by mk) the
// content p.
func bytesGetItem(ctx Ctx, p []byte, key Value, what string, mk func([]byte) Value) (Value, error) {
	if sl := AsSlice(key); sl != nil {
		start, stop, step, n, err := sl.Indices(ctx, len(p))
		if err != nil {
			return Value{}, err
		}
		out := make([]byte, n)
		if step == 1 && n > 0 {
			copy(out, p[start:stop])
		} else {
			for i := 0; i < n; i++ {
				out[i] = p[start+i*step]
			}
		}
		return mk(out), nil
	}
	i, err := byteIndex(ctx, key, len(p), what)
	if err != nil {
		return Value{}, err
	}
	return Int(int64(p[i])), nil
}

// byteIndex normalises an index into a bytes-like object of length n with
// CPython's messages: what is "byte" for bytes ("index out of range") and
// "bytearray" for bytearray ("bytearray index out of range").
func byteIndex(ctx Ctx, key Value, n int, what string) (int, error) {
	i, err := normIndex(ctx, key, n, what)
	if err != nil && isIndexError(err) && strings.HasSuffix(ExceptionString(err.(*Exception)), "index out of range") {
		if what == "byte" {
			return 0, Errorf(IndexErrorType, "index out of range")
		}
		return 0, Errorf(IndexErrorType, "%s index out of range", what)
	}
	return i, err
}

// bytesContains is `x in p`: an int byte or a bytes-like substring.
func bytesContains(ctx Ctx, p []byte, x Value) (bool, error) {
	if sub, ok := BytesLike(x); ok {
		return bytes.Contains(p, sub), nil
	}
	if !IsInt(x) && x.Type().Index == nil {
		return false, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", x.Type().Name)
	}
	c, err := byteOf(ctx, x)
	if err != nil {
		return false, err
	}
	return bytes.IndexByte(p, c) >= 0, nil
}

// bytesCompare compares a bytes-like a with b; a str b is unequal (and
// unordered), anything else is NotImplemented.
func bytesCompare(a []byte, b Value, op CompareOp) Value {
	q, ok := BytesLike(b)
	if !ok {
		return NotImplemented
	}
	return Bool(cmpInt(int64(bytes.Compare(a, q)), 0, op))
}

// bytesRepeat is p * n (n clamped at 0). A count that is not an integer
// gives CPython's sequence-repeat TypeError, except for instances of
// classes, whose reflected __rmul__ must get its chance (ok false).
func bytesRepeat(ctx Ctx, p []byte, n Value) ([]byte, bool, error) {
	if !IsInt(n) && n.Type().Index == nil {
		if !n.Type().Builtin {
			return nil, false, nil
		}
		return nil, true, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", n.Type().Name)
	}
	k, err := IndexOf(ctx, n)
	if err != nil {
		if isIndexError(err) {
			return nil, true, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		return nil, true, err
	}
	if k <= 0 || len(p) == 0 {
		return []byte{}, true, nil
	}
	if k > int64(1<<40)/int64(len(p)) {
		return nil, true, Errorf(MemoryErrorType, "")
	}
	return bytes.Repeat(p, int(k)), true, nil
}

// byteIter iterates the bytes of a bytes or bytearray; a bytearray is
// re-read at every step so mutations during iteration are seen, as in
// CPython.
type byteIter struct {
	Header
	seq Value
	pos atomic.Int64
}

func newByteIter(seq Value, t *Type) Value {
	it := &byteIter{seq: seq}
	it.typ = t
	return obj(it)
}

func byteIterNext(ctx Ctx, v Value) (Value, error) {
	it := as[byteIter](v)
	i := it.pos.Add(1) - 1
	if b := AsBytes(it.seq); b != nil {
		if i < int64(len(b.B)) {
			return Int(int64(b.B[i])), nil
		}
		return Value{}, nil
	}
	c, ok := as[ByteArray](it.seq).At(int(i))
	if !ok {
		return Value{}, nil
	}
	return Int(int64(c)), nil
}

func initBytes() {
	BytesType = newBuiltinType("bytes", nil)
	ByteArrayType = newBuiltinType("bytearray", nil)
	ByteArrayType.Hash = nil // mutable: unhashable
	bytesIterType = newBuiltinType("bytes_iterator", nil)
	byteArrayIterType = newBuiltinType("bytearray_iterator", nil)
	for _, t := range []*Type{bytesIterType, byteArrayIterType} {
		t.Iter = func(ctx Ctx, v Value) (Value, error) { return v, nil }
		t.Next = byteIterNext
	}
	self := func(v Value) []byte { return as[Bytes](v).B }
	BytesType.Repr = func(ctx Ctx, v Value) (string, error) { return pystr.BytesRepr(self(v)), nil }
	BytesType.Hash = func(ctx Ctx, v Value) (int64, error) { return as[Bytes](v).Hash(), nil }
	BytesType.Len = func(ctx Ctx, v Value) (int, error) { return len(self(v)), nil }
	BytesType.Bool = func(ctx Ctx, v Value) (bool, error) { return len(self(v)) != 0, nil }
	BytesType.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		return bytesCompare(self(a), b, op), nil
	}
	BytesType.GetItem = func(ctx Ctx, v, key Value) (Value, error) {
		return bytesGetItem(ctx, self(v), key, "byte", BytesValue)
	}
	BytesType.Contains = func(ctx Ctx, v, x Value) (bool, error) { return bytesContains(ctx, self(v), x) }
	BytesType.Iter = func(ctx Ctx, v Value) (Value, error) { return newByteIter(v, bytesIterType), nil }
	BytesType.Binary[OpAdd] = func(ctx Ctx, a, b Value) (Value, error) {
		p, ok1 := BytesLike(a)
		q, ok2 := BytesLike(b)
		if !ok1 || !ok2 {
			if ok1 {
				return Value{}, Errorf(TypeErrorType, "can't concat %s to %s", b.Type().Name, a.Type().Name)
			}
			return NotImplemented, nil
		}
		out := make([]byte, 0, len(p)+len(q))
		return BytesValue(append(append(out, p...), q...)), nil
	}
	BytesType.Binary[OpMul] = func(ctx Ctx, a, b Value) (Value, error) {
		s, n := a, b
		if AsBytes(s) == nil {
			s, n = b, a
		}
		r, ok, err := bytesRepeat(ctx, self(s), n)
		if !ok || err != nil {
			return NotImplemented, err
		}
		return BytesValue(r), nil
	}
	initByteArray()
}
