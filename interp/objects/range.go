package objects

import (
	"math/big"
	"sync"
	"sync/atomic"
)

// Range is range(start, stop, step).
//
// Python ranges are arbitrary precision (range(1 << 64) is legal and so is
// range(10**20, 10**20 + 3)), but nearly every range a program builds
// holds small numbers and is iterated in a hot loop. So a Range has two
// representations:
//
//   - the fast path: Big is nil and Start, Stop, Step are the bounds. A
//     range takes it only when every bound lies within ±rangeFastLimit
//     (2**62), which guarantees that the length, every element, and every
//     intermediate value of slicing and reversal (start - step, start +
//     (len-1)*step, stop - start + step) fit in an int64 without overflow.
//   - the big path: Big holds the bounds and the precomputed length as
//     *big.Int; Start, Stop, Step are zero and unused. Every operation
//     computes with math/big, like CPython's longrangeiter and compute_*
//     helpers.
//
// A Range is immutable after construction, so it needs no lock; its
// iterators are mutable and carry their own.
type Range struct {
	Header
	Start, Stop, Step int64
	Big               *bigRange
}

// bigRange holds the bounds of a range that does not fit the fast path.
// The values are never mutated after construction: every computation
// allocates its result.
type bigRange struct {
	start, stop, step, length *big.Int
}

// rangeFastLimit bounds the fast path; see Range.
const rangeFastLimit = 1 << 62

// rangeIter iterates a fast-path Range.
//
// Free-threading: next is claimed with a compare-and-swap, so two threads
// sharing the iterator never produce the same number; a private iterator
// (IterPrivate) is reachable only from its frame and uses plain accesses.
type rangeIter struct {
	Header
	next, stop int64
	step       int64
	private    bool
}

// newRangeIter starts an iterator over r, which must be on the fast path.
func newRangeIter(r *Range, private bool) *rangeIter {
	it := &rangeIter{next: r.Start, stop: r.Stop, step: r.Step, private: private}
	it.typ = rangeIterType
	return it
}

// advance returns the next number, ok false when the range is exhausted.
func (it *rangeIter) advance() (n int64, ok bool) {
	for {
		if it.private {
			n = it.next
		} else {
			n = atomic.LoadInt64(&it.next)
		}
		if (it.step > 0 && n >= it.stop) || (it.step < 0 && n <= it.stop) {
			return 0, false
		}
		next := n + it.step
		if (it.step > 0) != (next > n) {
			next = it.stop // overflow: n was the last number
		}
		if it.private {
			it.next = next
			return n, true
		}
		if atomic.CompareAndSwapInt64(&it.next, n, next) {
			return n, true
		}
	}
}

// bigRangeIter iterates a big-path Range (CPython's longrange_iterator):
// it counts the remaining items down rather than comparing against stop,
// so a reversed iterator needs no separate type.
type bigRangeIter struct {
	Header
	mu               sync.Mutex
	next, step, left *big.Int
}

var bigRangeIterType *Type

func inFastRange(x int64) bool { return x >= -rangeFastLimit && x <= rangeFastLimit }

// NewRange makes a range from int64 bounds (step != 0), choosing the big
// path when a bound lies outside the fast-path limits.
func NewRange(a, b, c int64) Value {
	if inFastRange(a) && inFastRange(b) && inFastRange(c) {
		r := &Range{Start: a, Stop: b, Step: c}
		r.typ = RangeType
		return obj(r)
	}
	return NewBigRange(big.NewInt(a), big.NewInt(b), big.NewInt(c))
}

// NewBigRange makes a range from arbitrary-precision bounds (step != 0);
// it takes the fast path when they fit. The arguments are not retained.
func NewBigRange(a, b, c *big.Int) Value {
	if a.IsInt64() && b.IsInt64() && c.IsInt64() {
		x, y, z := a.Int64(), b.Int64(), c.Int64()
		if inFastRange(x) && inFastRange(y) && inFastRange(z) {
			return NewRange(x, y, z)
		}
	}
	br := &bigRange{start: new(big.Int).Set(a), stop: new(big.Int).Set(b), step: new(big.Int).Set(c)}
	br.length = bigRangeLen(br.start, br.stop, br.step)
	r := &Range{Big: br}
	r.typ = RangeType
	return obj(r)
}

// bigRangeLen is the number of items of range(start, stop, step).
func bigRangeLen(start, stop, step *big.Int) *big.Int {
	// Ascending: (stop - start + step - 1) // step when stop > start;
	// descending mirrors it with the signs flipped.
	n := new(big.Int)
	if step.Sign() > 0 {
		if stop.Cmp(start) <= 0 {
			return n
		}
		n.Sub(stop, start)
		n.Add(n, step)
		n.Sub(n, big.NewInt(1))
		return n.Quo(n, step)
	}
	if start.Cmp(stop) <= 0 {
		return n
	}
	n.Sub(start, stop)
	n.Sub(n, step)
	n.Sub(n, big.NewInt(1))
	return n.Quo(n, new(big.Int).Neg(step))
}

// Len is the number of items; for a big-path range whose length does not
// fit an int64 it saturates (len() reports OverflowError instead).
func (r *Range) Len() int64 {
	if r.Big != nil {
		if r.Big.length.IsInt64() {
			return r.Big.length.Int64()
		}
		return 1<<63 - 1
	}
	if r.Step > 0 && r.Stop > r.Start {
		return (r.Stop - r.Start + r.Step - 1) / r.Step
	}
	if r.Step < 0 && r.Start > r.Stop {
		return (r.Start - r.Stop - r.Step - 1) / -r.Step
	}
	return 0
}

// bounds returns start, stop, step and length as fresh big.Ints, whichever
// path r is on; the slow operations use it so they have one code path.
func (r *Range) bounds() (start, stop, step, length *big.Int) {
	if r.Big != nil {
		b := r.Big
		return new(big.Int).Set(b.start), new(big.Int).Set(b.stop), new(big.Int).Set(b.step), new(big.Int).Set(b.length)
	}
	return big.NewInt(r.Start), big.NewInt(r.Stop), big.NewInt(r.Step), big.NewInt(r.Len())
}

// AsRange returns the *Range in v or nil.
func AsRange(v Value) *Range {
	if v.h != nil && v.h.typ == RangeType {
		return as[Range](v)
	}
	return nil
}

// item is start + i*step for a valid index i.
func (r *Range) item(i *big.Int) Value {
	start, _, step, _ := r.bounds()
	return BigValue(start.Add(start, i.Mul(i, step)))
}

// Reversed is iter(reversed(r)): an iterator from the last item down to
// the first.
func (r *Range) Reversed() Value {
	if r.Big == nil {
		n := r.Len()
		it := &rangeIter{next: r.Start + (n-1)*r.Step, stop: r.Start - r.Step, step: -r.Step}
		if n == 0 {
			it.next, it.stop, it.step = 0, 0, 1
		}
		it.typ = rangeIterType
		return obj(it)
	}
	start, _, step, n := r.bounds()
	last := new(big.Int).Sub(n, big.NewInt(1))
	last.Mul(last, step)
	last.Add(last, start)
	return newBigRangeIter(last, step.Neg(step), n)
}

func newBigRangeIter(next, step, left *big.Int) Value {
	it := &bigRangeIter{next: next, step: step, left: left}
	it.typ = bigRangeIterType
	return obj(it)
}

// IntIndexValue is operator.index(v) as a Python int: v itself for an int
// (True becomes 1), else the result of v's __index__, which must be an
// int. It is IndexOf without the int64 limit.
func IntIndexValue(ctx Ctx, v Value) (Value, error) {
	if v.IsBool() {
		if v.Is(True) {
			return Int(1), nil
		}
		return Int(0), nil
	}
	if IsInt(v) {
		return v, nil
	}
	if f := v.Type().Index; f != nil {
		r, err := f(ctx, v)
		if err != nil {
			return Value{}, err
		}
		if !IsInt(r) {
			return Value{}, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", r.Type().Name)
		}
		return r, nil
	}
	return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
}

// bigSliceIndices is CPython's _PySlice_GetLongIndices: the start, stop and
// step that slice s selects from a sequence of the given length, clamped
// like slice.indices() but without any size limit.
func bigSliceIndices(ctx Ctx, s *Slice, length *big.Int) (start, stop, step *big.Int, err error) {
	idx := func(v Value) (*big.Int, error) {
		i, err := IntIndexValue(ctx, v)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) {
				return nil, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
			}
			return nil, err
		}
		return new(big.Int).Set(ToBig(i)), nil
	}
	step = big.NewInt(1)
	if !s.Step.IsNone() {
		if step, err = idx(s.Step); err != nil {
			return
		}
		if step.Sign() == 0 {
			return nil, nil, nil, Errorf(ValueErrorType, "slice step cannot be zero")
		}
	}
	lower, upper := big.NewInt(0), new(big.Int).Set(length)
	if step.Sign() < 0 {
		lower.SetInt64(-1)
		upper.Sub(upper, big.NewInt(1))
	}
	clamp := func(v Value, def *big.Int) (*big.Int, error) {
		if v.IsNone() {
			return new(big.Int).Set(def), nil
		}
		i, err := idx(v)
		if err != nil {
			return nil, err
		}
		if i.Sign() < 0 {
			i.Add(i, length)
			if i.Cmp(lower) < 0 {
				i.Set(lower)
			}
		} else if i.Cmp(upper) > 0 {
			i.Set(upper)
		}
		return i, nil
	}
	defStart, defStop := lower, upper
	if step.Sign() < 0 {
		defStart, defStop = upper, lower
	}
	if start, err = clamp(s.Start, defStart); err != nil {
		return
	}
	stop, err = clamp(s.Stop, defStop)
	return
}

// containsInt reports whether the int x is an item of r.
func (r *Range) containsInt(x Value) bool {
	if i, ok := AsInt64(x); ok && r.Big == nil {
		if r.Step > 0 {
			return i >= r.Start && i < r.Stop && (i-r.Start)%r.Step == 0
		}
		return i <= r.Start && i > r.Stop && (r.Start-i)%(-r.Step) == 0
	}
	start, stop, step, _ := r.bounds()
	xi := ToBig(x)
	if step.Sign() > 0 {
		if xi.Cmp(start) < 0 || xi.Cmp(stop) >= 0 {
			return false
		}
	} else if xi.Cmp(start) > 0 || xi.Cmp(stop) <= 0 {
		return false
	}
	d := new(big.Int).Sub(xi, start)
	return d.Rem(d, step).Sign() == 0
}

// searchIter scans r with == for a non-int x (CPython's
// _PySequence_IterSearch): it reports the index of the first match, or
// the number of matches when counting.
func (r *Range) searchIter(ctx Ctx, x Value, count bool) (int64, bool, error) {
	it, err := RangeType.Iter(ctx, obj(r))
	if err != nil {
		return 0, false, err
	}
	var i, n int64
	for {
		v, err := Next(ctx, it)
		if err != nil {
			return 0, false, err
		}
		if v.IsNil() {
			break
		}
		eq, err := Equal(ctx, v, x)
		if err != nil {
			return 0, false, err
		}
		if eq {
			if !count {
				return i, true, nil
			}
			n++
		}
		i++
	}
	return n, count, nil
}

func isIntExact(v Value) bool { return v.IsSmallInt() || v.IsBool() || v.Type() == IntType }

func initRange() {
	initSliceAttrs()
	bigRangeIterType = newBuiltinType("longrange_iterator", nil)
	RangeType.Repr = func(ctx Ctx, v Value) (string, error) {
		start, stop, step, _ := as[Range](v).bounds()
		s := "range(" + start.String() + ", " + stop.String()
		if !(step.IsInt64() && step.Int64() == 1) {
			s += ", " + step.String()
		}
		return s + ")", nil
	}
	RangeType.Len = func(ctx Ctx, v Value) (int, error) {
		r := as[Range](v)
		if r.Big != nil && !r.Big.length.IsInt64() {
			return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return int(r.Len()), nil
	}
	RangeType.Bool = func(ctx Ctx, v Value) (bool, error) {
		r := as[Range](v)
		if r.Big != nil {
			return r.Big.length.Sign() != 0, nil
		}
		return r.Len() != 0, nil
	}
	RangeType.Iter = func(ctx Ctx, v Value) (Value, error) {
		r := as[Range](v)
		if r.Big != nil {
			start, _, step, n := r.bounds()
			return newBigRangeIter(start, step, n), nil
		}
		return obj(newRangeIter(r, false)), nil
	}
	RangeType.GetItem = func(ctx Ctx, v, key Value) (Value, error) {
		r := as[Range](v)
		if s := AsSlice(key); s != nil {
			if r.Big == nil {
				start, stop, step, _, err := s.Indices(ctx, int(r.Len()))
				if err != nil {
					return Value{}, err
				}
				return NewRange(r.Start+int64(start)*r.Step, r.Start+int64(stop)*r.Step, r.Step*int64(step)), nil
			}
			rstart, _, rstep, n := r.bounds()
			start, stop, step, err := bigSliceIndices(ctx, s, n)
			if err != nil {
				return Value{}, err
			}
			start.Mul(start, rstep).Add(start, rstart)
			stop.Mul(stop, rstep).Add(stop, rstart)
			return NewBigRange(start, stop, step.Mul(step, rstep)), nil
		}
		if r.Big == nil && key.IsSmallInt() {
			i, err := normIndex(ctx, key, int(r.Len()), "range object")
			if err != nil {
				return Value{}, err
			}
			return Int(r.Start + int64(i)*r.Step), nil
		}
		k, err := IntIndexValue(ctx, key)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) {
				return Value{}, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", key.Type().Name)
			}
			return Value{}, err
		}
		_, _, _, n := r.bounds()
		i := new(big.Int).Set(ToBig(k))
		if i.Sign() < 0 {
			i.Add(i, n)
		}
		if i.Sign() < 0 || i.Cmp(n) >= 0 {
			return Value{}, Errorf(IndexErrorType, "range object index out of range")
		}
		return r.item(i), nil
	}
	RangeType.Contains = func(ctx Ctx, v, x Value) (bool, error) {
		r := as[Range](v)
		if isIntExact(x) {
			return r.containsInt(x), nil
		}
		_, found, err := r.searchIter(ctx, x, false)
		return found, err
	}
	RangeType.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		rb := AsRange(b)
		if rb == nil || (op != CmpEq && op != CmpNe) {
			return NotImplemented, nil
		}
		ra := as[Range](a)
		var eq bool
		if ra.Big == nil && rb.Big == nil {
			n := ra.Len()
			eq = n == rb.Len() && (n == 0 || ra.Start == rb.Start && (n == 1 || ra.Step == rb.Step))
		} else {
			as, _, ast, an := ra.bounds()
			bs, _, bst, bn := rb.bounds()
			eq = an.Cmp(bn) == 0 && (an.Sign() == 0 || as.Cmp(bs) == 0 && (an.IsInt64() && an.Int64() == 1 || ast.Cmp(bst) == 0))
		}
		return Bool(eq == (op == CmpEq)), nil
	}
	RangeType.Hash = func(ctx Ctx, v Value) (int64, error) {
		// hash((len, start, step)) with the parts that do not affect
		// equality replaced by None, so equal ranges hash alike.
		start, _, step, n := as[Range](v).bounds()
		key := []Value{BigValue(n), None, None}
		if n.Sign() != 0 {
			key[1] = BigValue(start)
			if !(n.IsInt64() && n.Int64() == 1) {
				key[2] = BigValue(step)
			}
		}
		return Hash(ctx, NewTuple(key).Value())
	}
	RangeType.GetAttr = func(ctx Ctx, v Value, name *Str) (Value, error) {
		switch name.S {
		case "start", "stop", "step":
			start, stop, step, _ := as[Range](v).bounds()
			switch name.S {
			case "start":
				return BigValue(start), nil
			case "stop":
				return BigValue(stop), nil
			}
			return BigValue(step), nil
		}
		return GenericGetAttr(ctx, v, name)
	}
	RangeType.GetAttrDefersMethods = true
	RangeType.SetMethod("count", func(ctx Ctx, args []Value, kw []string) (Value, error) {
		if len(args) != 2 || len(kw) != 0 {
			return Value{}, Errorf(TypeErrorType, "range.count() takes exactly one argument (%d given)", len(args)-1)
		}
		r := as[Range](args[0])
		if isIntExact(args[1]) {
			if r.containsInt(args[1]) {
				return Int(1), nil
			}
			return Int(0), nil
		}
		n, _, err := r.searchIter(ctx, args[1], true)
		return Int(n), err
	})
	RangeType.SetMethod("index", func(ctx Ctx, args []Value, kw []string) (Value, error) {
		if len(args) != 2 || len(kw) != 0 {
			return Value{}, Errorf(TypeErrorType, "range.index() takes exactly one argument (%d given)", len(args)-1)
		}
		r, x := as[Range](args[0]), args[1]
		if isIntExact(x) {
			if !r.containsInt(x) {
				s, err := Repr(ctx, x)
				if err != nil {
					return Value{}, err
				}
				return Value{}, Errorf(ValueErrorType, "%s is not in range", s)
			}
			start, _, step, _ := r.bounds()
			d := new(big.Int).Sub(ToBig(x), start)
			return BigValue(d.Quo(d, step)), nil
		}
		i, found, err := r.searchIter(ctx, x, false)
		if err != nil {
			return Value{}, err
		}
		if !found {
			return Value{}, Errorf(ValueErrorType, "sequence.index(x): x not in sequence")
		}
		return Int(i), nil
	})
	RangeType.SetMethod("__reversed__", func(ctx Ctx, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) != 0 {
			return Value{}, Errorf(TypeErrorType, "range.__reversed__() takes no arguments (%d given)", len(args)-1)
		}
		return as[Range](args[0]).Reversed(), nil
	})

	rangeIterType.Iter = func(ctx Ctx, v Value) (Value, error) { return v, nil }
	rangeIterType.Next = func(ctx Ctx, v Value) (Value, error) {
		n, ok := as[rangeIter](v).advance()
		if !ok {
			return Value{}, nil
		}
		return Int(n), nil
	}
	bigRangeIterType.Iter = func(ctx Ctx, v Value) (Value, error) { return v, nil }
	bigRangeIterType.Next = func(ctx Ctx, v Value) (Value, error) {
		it := as[bigRangeIter](v)
		it.mu.Lock()
		defer it.mu.Unlock()
		if it.left.Sign() <= 0 {
			return Value{}, nil
		}
		x := BigValue(new(big.Int).Set(it.next))
		it.next = new(big.Int).Add(it.next, it.step)
		it.left = new(big.Int).Sub(it.left, big.NewInt(1))
		return x, nil
	}
}
