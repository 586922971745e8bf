package objects

import (
	"strings"
	"sync"

	"github.com/weftrun/weft/interp/pystr"
)

// ByteArray is a mutable byte string. Like List it is shared between
// virtual threads running in parallel, so every access to B holds mu:
// readers take a Snapshot (a copy) and work on it without the lock, and
// mutators hold the lock for the whole change, which makes each Python
// operation (append, slice assignment, +=) atomic as it is under CPython's
// GIL. No Python code ever runs with mu held.
type ByteArray struct {
	Header
	mu sync.Mutex
	B  []byte
}

// NewByteArray returns a bytearray holding b; the caller gives up b.
func NewByteArray(b []byte) *ByteArray {
	o := &ByteArray{B: b}
	o.typ = ByteArrayType
	return o
}

// ByteArrayValue returns a new bytearray as a Python value.
func ByteArrayValue(b []byte) Value { return obj(NewByteArray(b)) }

// Value returns the bytearray as a Python value.
func (a *ByteArray) Value() Value { return obj(a) }

// AsByteArray returns the *ByteArray in v (bytearray or a subclass), or nil.
func AsByteArray(v Value) *ByteArray {
	if v.h != nil && v.h.typ.Layout == ByteArrayType {
		return as[ByteArray](v)
	}
	return nil
}

// Snapshot returns a copy of the content.
func (a *ByteArray) Snapshot() []byte {
	a.mu.Lock()
	out := append([]byte(nil), a.B...)
	a.mu.Unlock()
	return out
}

// Len is len(a).
func (a *ByteArray) Len() int { a.mu.Lock(); n := len(a.B); a.mu.Unlock(); return n }

// At returns byte i, or false past the end.
func (a *ByteArray) At(i int) (byte, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if i < 0 || i >= len(a.B) {
		return 0, false
	}
	return a.B[i], true
}

// Mutate runs f with the lock held; f replaces the content by returning
// it. It is how methods (append, insert, pop...) change the array
// atomically.
func (a *ByteArray) Mutate(f func(b []byte) ([]byte, error)) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	nb, err := f(a.B)
	if err == nil {
		a.B = nb
	}
	return err
}

// byteArraySetItem is a[key] = val (val nil: del a[key]).
func byteArraySetItem(ctx Ctx, v, key, val Value) error {
	a := as[ByteArray](v)
	if sl := AsSlice(key); sl != nil {
		return byteArraySetSlice(ctx, a, sl, val)
	}
	var c byte
	if !val.IsNil() {
		var err error
		if c, err = byteOf(ctx, val); err != nil {
			return err
		}
	}
	// Convert the index before locking: __index__ may run Python code.
	idx, err := IndexOf(ctx, key)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) {
			return Errorf(TypeErrorType, "bytearray indices must be integers or slices, not %s", key.Type().Name)
		}
		return err
	}
	return a.Mutate(func(b []byte) ([]byte, error) {
		i := idx
		if i < 0 {
			i += int64(len(b))
		}
		if i < 0 || i >= int64(len(b)) {
			return nil, Errorf(IndexErrorType, "bytearray index out of range")
		}
		if val.IsNil() {
			return append(b[:i], b[i+1:]...), nil
		}
		b[i] = c
		return b, nil
	})
}

// byteArraySetSlice is a[i:j:k] = val or del a[i:j:k].
func byteArraySetSlice(ctx Ctx, a *ByteArray, sl *Slice, val Value) error {
	var repl []byte
	if !val.IsNil() {
		if IsInt(val) {
			return Errorf(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
		}
		var err error
		if repl, err = BytesFromIterable(ctx, val); err != nil {
			if AsStr(val) != nil {
				return Errorf(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			}
			return err
		}
	}
	return a.Mutate(func(b []byte) ([]byte, error) {
		start, stop, step, n, err := sl.Indices(ctx, len(b))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			out := make([]byte, 0, len(b)-(stop-start)+len(repl))
			out = append(out, b[:start]...)
			out = append(out, repl...)
			return append(out, b[stop:]...), nil
		}
		if val.IsNil() {
			drop := make([]bool, len(b))
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				drop[j] = true
			}
			out := make([]byte, 0, len(b)-n)
			for i, c := range b {
				if !drop[i] {
					out = append(out, c)
				}
			}
			return out, nil
		}
		if len(repl) != n {
			return nil, Errorf(ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(repl), n)
		}
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			b[j] = repl[i]
		}
		return b, nil
	})
}

func initByteArray() {
	T := ByteArrayType
	snap := func(v Value) []byte { return as[ByteArray](v).Snapshot() }
	T.Repr = func(ctx Ctx, v Value) (string, error) {
		r := pystr.BytesRepr(snap(v))
		if strings.HasPrefix(r, `b"`) {
			// CPython's bytearray repr escapes a single quote even
			// inside double quotes: bytearray(b"a\'b").
			r = `b"` + strings.ReplaceAll(r[2:len(r)-1], "'", `\'`) + `"`
		}
		return v.Type().Name + "(" + r + ")", nil
	}
	T.Len = func(ctx Ctx, v Value) (int, error) { return as[ByteArray](v).Len(), nil }
	T.Bool = func(ctx Ctx, v Value) (bool, error) { return as[ByteArray](v).Len() != 0, nil }
	T.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) { return bytesCompare(snap(a), b, op), nil }
	T.GetItem = func(ctx Ctx, v, key Value) (Value, error) {
		if AsSlice(key) != nil {
			return bytesGetItem(ctx, snap(v), key, "bytearray", ByteArrayValue)
		}
		// An index reads one byte under the lock instead of copying the
		// array, so a loop over ba[i] stays linear. The index is converted
		// first: __index__ may run Python code, never under the lock.
		a := as[ByteArray](v)
		if !key.IsSmallInt() {
			i, err := IndexOf(ctx, key)
			if err != nil {
				if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) {
					return Value{}, Errorf(TypeErrorType, "bytearray indices must be integers or slices, not %s", key.Type().Name)
				}
				return Value{}, err
			}
			key = Int(i)
		}
		i := key.SmallInt()
		a.mu.Lock()
		n := int64(len(a.B))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			a.mu.Unlock()
			return Value{}, Errorf(IndexErrorType, "bytearray index out of range")
		}
		c := a.B[i]
		a.mu.Unlock()
		return Int(int64(c)), nil
	}
	T.SetItem = byteArraySetItem
	T.Contains = func(ctx Ctx, v, x Value) (bool, error) { return bytesContains(ctx, snap(v), x) }
	T.Iter = func(ctx Ctx, v Value) (Value, error) { return newByteIter(v, byteArrayIterType), nil }
	T.Binary[OpAdd] = func(ctx Ctx, a, b Value) (Value, error) {
		p, ok1 := BytesLike(a)
		q, ok2 := BytesLike(b)
		if !ok1 || !ok2 {
			if ok1 {
				return Value{}, Errorf(TypeErrorType, "can't concat %s to %s", b.Type().Name, a.Type().Name)
			}
			return NotImplemented, nil
		}
		return ByteArrayValue(append(p, q...)), nil
	}
	T.Binary[OpMul] = func(ctx Ctx, a, b Value) (Value, error) {
		s, n := a, b
		if AsByteArray(s) == nil {
			s, n = b, a
		}
		r, ok, err := bytesRepeat(ctx, snap(s), n)
		if !ok || err != nil {
			return NotImplemented, err
		}
		return ByteArrayValue(r), nil
	}
	T.InPlace[OpAdd] = func(ctx Ctx, a, b Value) (Value, error) {
		q, ok := BytesLike(b)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "can't concat %s to %s", b.Type().Name, a.Type().Name)
		}
		err := as[ByteArray](a).Mutate(func(p []byte) ([]byte, error) { return append(p, q...), nil })
		return a, err
	}
	T.InPlace[OpMul] = func(ctx Ctx, a, b Value) (Value, error) {
		if !IsInt(b) && b.Type().Index == nil {
			return NotImplemented, nil
		}
		// Convert the count first: __index__ may run Python code, which
		// must not happen under the lock.
		k, err := IndexOf(ctx, b)
		if err != nil {
			return Value{}, err
		}
		err = as[ByteArray](a).Mutate(func(p []byte) ([]byte, error) {
			r, _, err := bytesRepeat(ctx, p, Int(k))
			return r, err
		})
		return a, err
	}
}
