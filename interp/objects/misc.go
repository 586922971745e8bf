package objects

import (
	"strconv"
	"sync/atomic"
	"unicode/utf8"
)

// Slice is a slice object (start:stop:step).
type Slice struct {
	Header
	Start, Stop, Step Value
}

// Range is range(start, stop, step) over int64.
type Range struct {
	Header
	Start, Stop, Step int64
}

// rangeIter iterates a Range.
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

// Module is a module object.
type Module struct {
	Header
	Dict *Dict
}

// Instance is the layout of instances of classes deriving from object.
type Instance struct {
	Header
	Dict *Dict
}

// Set is set or frozenset, stored as a dict whose values are unused.
type Set struct {
	Header
	D *Dict
}

// Property, StaticMethod and ClassMethod are the common descriptors.
type Property struct {
	Header
	Get, Set, Del, Doc Value
}

// StaticMethod wraps a function that binds nothing.
type StaticMethod struct {
	Header
	Func Value
}

// ClassMethod wraps a function that binds the class.
type ClassMethod struct {
	Header
	Func Value
}

// Types of this file.
var (
	SliceType, RangeType, rangeIterType, ModuleType, SetType, FrozenSetType *Type
	PropertyType, StaticMethodType, ClassMethodType, NoneType, NotImplType  *Type
	EllipsisType                                                            *Type
)

// NewSlice makes a slice object.
func NewSlice(a, b, c Value) Value {
	s := &Slice{Start: a, Stop: b, Step: c}
	s.typ = SliceType
	return obj(s)
}

// AsSlice returns the *Slice in v or nil.
func AsSlice(v Value) *Slice {
	if v.h != nil && v.h.typ == SliceType {
		return as[Slice](v)
	}
	return nil
}

// Indices is slice.indices(n) plus the item count.
func (s *Slice) Indices(ctx Ctx, n int) (start, stop, step, count int, err error) {
	step = 1
	if !s.Step.IsNone() {
		st, err := sliceIndex(ctx, s.Step)
		if err != nil {
			return 0, 0, 0, 0, err
		}
		if st == 0 {
			return 0, 0, 0, 0, Errorf(ValueErrorType, "slice step cannot be zero")
		}
		step = int(st)
	}
	lo, hi := 0, n
	if step < 0 {
		lo, hi = -1, n-1
	}
	conv := func(v Value, def int) (int, error) {
		if v.IsNone() {
			return def, nil
		}
		i, err := sliceIndex(ctx, v)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += int64(n)
			if i < int64(lo) {
				i = int64(lo)
			}
		} else if i > int64(hi) {
			i = int64(hi)
		}
		return int(i), nil
	}
	if step > 0 {
		start, err = conv(s.Start, 0)
		if err == nil {
			stop, err = conv(s.Stop, n)
		}
		if stop > start {
			count = (stop - start + step - 1) / step
		}
	} else {
		start, err = conv(s.Start, n-1)
		if err == nil {
			stop, err = conv(s.Stop, -1)
		}
		if start > stop {
			count = (start - stop - step - 1) / -step
		}
	}
	return
}

func sliceIndex(ctx Ctx, v Value) (int64, error) {
	i, err := IndexOf(ctx, v)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) {
			return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		if e, ok := err.(*Exception); ok && e.Matches(IndexErrorType) {
			if ToBig(v).Sign() < 0 {
				return -1 << 62, nil
			}
			return 1 << 62, nil
		}
	}
	return i, err
}

func sliceItems(ctx Ctx, s *Slice, items []Value) []Value {
	start, _, step, n, err := s.Indices(ctx, len(items))
	if err != nil {
		return nil
	}
	out := make([]Value, n)
	for i := range out {
		out[i] = items[start+i*step]
	}
	return out
}

// NewRange makes a range.
func NewRange(a, b, c int64) Value {
	r := &Range{Start: a, Stop: b, Step: c}
	r.typ = RangeType
	return obj(r)
}

// Len is len(range).
func (r *Range) Len() int64 {
	if r.Step > 0 && r.Stop > r.Start {
		return (r.Stop - r.Start + r.Step - 1) / r.Step
	}
	if r.Step < 0 && r.Start > r.Stop {
		return (r.Start - r.Stop - r.Step - 1) / -r.Step
	}
	return 0
}

// AsRange returns the *Range in v or nil.
func AsRange(v Value) *Range {
	if v.h != nil && v.h.typ == RangeType {
		return as[Range](v)
	}
	return nil
}

// NewModule makes an empty module named name.
func NewModule(name string) *Module {
	m := &Module{Dict: NewDict()}
	m.typ = ModuleType
	m.Dict.SetStr(Interned("__name__"), StrValue(name))
	m.Dict.SetStr(Interned("__doc__"), None)
	return m
}

// Value returns m as a Python value.
func (m *Module) Value() Value { return obj(m) }

// Name is the module's __name__.
func (m *Module) Name() string {
	v, _ := m.Dict.GetStr(Interned("__name__"))
	if s := AsStr(v); s != nil {
		return s.S
	}
	return "?"
}

// AsModule returns the *Module in v or nil.
func AsModule(v Value) *Module {
	if v.h != nil && v.h.typ == ModuleType {
		return as[Module](v)
	}
	return nil
}

// NewSet makes a set (frozen: a frozenset) from items.
func NewSet(ctx Ctx, items []Value, frozen bool) (*Set, error) {
	s := &Set{D: NewDict()}
	s.typ = SetType
	if frozen {
		s.typ = FrozenSetType
	}
	for _, it := range items {
		if err := s.D.SetItem(ctx, it, None); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Value returns s as a Python value.
func (s *Set) Value() Value { return obj(s) }

// AsSet returns the *Set in v (set or frozenset) or nil.
func AsSet(v Value) *Set {
	if v.h != nil && (v.h.typ.Layout == SetType || v.h.typ.Layout == FrozenSetType) {
		return as[Set](v)
	}
	return nil
}

func initMisc() {
	SliceType.Repr = func(ctx Ctx, v Value) (string, error) {
		s := as[Slice](v)
		r, err := joinReprs(ctx, []Value{s.Start, s.Stop, s.Step}, "slice(", ")")
		return r, err
	}
	RangeType.Repr = func(ctx Ctx, v Value) (string, error) {
		r := as[Range](v)
		s := "range(" + strconv.FormatInt(r.Start, 10) + ", " + strconv.FormatInt(r.Stop, 10)
		if r.Step != 1 {
			s += ", " + strconv.FormatInt(r.Step, 10)
		}
		return s + ")", nil
	}
	RangeType.Len = func(ctx Ctx, v Value) (int, error) { return int(as[Range](v).Len()), nil }
	RangeType.Iter = func(ctx Ctx, v Value) (Value, error) {
		return obj(newRangeIter(as[Range](v), false)), nil
	}
	RangeType.GetItem = func(ctx Ctx, v, key Value) (Value, error) {
		r := as[Range](v)
		if s := AsSlice(key); s != nil {
			start, stop, step, _, err := s.Indices(ctx, int(r.Len()))
			if err != nil {
				return Value{}, err
			}
			return NewRange(r.Start+int64(start)*r.Step, r.Start+int64(stop)*r.Step, r.Step*int64(step)), nil
		}
		i, err := normIndex(ctx, key, int(r.Len()), "range object")
		if err != nil {
			return Value{}, err
		}
		return Int(r.Start + int64(i)*r.Step), nil
	}
	RangeType.Contains = func(ctx Ctx, v, x Value) (bool, error) {
		r := as[Range](v)
		i, ok := AsInt64(x)
		if !ok || x.IsBool() {
			return containsIn(ctx, rangeItems(r), x)
		}
		if r.Step > 0 {
			return i >= r.Start && i < r.Stop && (i-r.Start)%r.Step == 0, nil
		}
		return i <= r.Start && i > r.Stop && (r.Start-i)%(-r.Step) == 0, nil
	}
	RangeType.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		rb := AsRange(b)
		if rb == nil || (op != CmpEq && op != CmpNe) {
			return NotImplemented, nil
		}
		ra := as[Range](a)
		eq := ra.Len() == rb.Len() && (ra.Len() == 0 || ra.Start == rb.Start && (ra.Len() == 1 || ra.Step == rb.Step))
		return Bool(eq == (op == CmpEq)), nil
	}
	rangeIterType.Iter = func(ctx Ctx, v Value) (Value, error) { return v, nil }
	rangeIterType.Next = func(ctx Ctx, v Value) (Value, error) {
		n, ok := as[rangeIter](v).advance()
		if !ok {
			return Value{}, nil
		}
		return Int(n), nil
	}
	for _, t := range []*Type{seqIterType, listIterType, tupleIterType} {
		t.Iter = func(ctx Ctx, v Value) (Value, error) { return v, nil }
		t.Next = seqIterNext
	}
	ModuleType.Repr = func(ctx Ctx, v Value) (string, error) {
		m := as[Module](v)
		if f, ok := m.Dict.GetStr(Interned("__file__")); ok && AsStr(f) != nil {
			return "<module '" + m.Name() + "' from '" + AsStr(f).S + "'>", nil
		}
		return "<module '" + m.Name() + "' (built-in)>", nil
	}
	NoneType.Repr = func(ctx Ctx, v Value) (string, error) { return "None", nil }
	NoneType.Bool = func(ctx Ctx, v Value) (bool, error) { return false, nil }
	NotImplType.Repr = func(ctx Ctx, v Value) (string, error) { return "NotImplemented", nil }
	EllipsisType.Repr = func(ctx Ctx, v Value) (string, error) { return "Ellipsis", nil }
	for _, t := range []*Type{SetType, FrozenSetType} {
		t.Len = func(ctx Ctx, v Value) (int, error) { return as[Set](v).D.Len(), nil }
		t.Contains = func(ctx Ctx, v, x Value) (bool, error) {
			_, ok, err := as[Set](v).D.GetItem(ctx, x)
			return ok, err
		}
		t.Iter = func(ctx Ctx, v Value) (Value, error) {
			return newSeqIter(NewTuple(as[Set](v).Ordered()).Value()), nil
		}
		name := t.Name
		t.Repr = func(ctx Ctx, v Value) (string, error) {
			keys := as[Set](v).Ordered()
			if len(keys) == 0 {
				return name + "()", nil
			}
			r, err := joinReprs(ctx, keys, "{", "}")
			if name == "frozenset" {
				r = "frozenset(" + r + ")"
			}
			return r, err
		}
		t.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
			sb := AsSet(b)
			if sb == nil {
				return NotImplemented, nil
			}
			sa := as[Set](a)
			sub := func(x, y *Set) (bool, error) {
				for _, k := range x.D.Keys() {
					if _, ok, err := y.D.GetItem(ctx, k); err != nil || !ok {
						return false, err
					}
				}
				return true, nil
			}
			ab, err := sub(sa, sb)
			if err != nil {
				return Value{}, err
			}
			ba, err := sub(sb, sa)
			if err != nil {
				return Value{}, err
			}
			switch op {
			case CmpEq:
				return Bool(ab && ba), nil
			case CmpNe:
				return Bool(!(ab && ba)), nil
			case CmpLe:
				return Bool(ab), nil
			case CmpLt:
				return Bool(ab && !ba), nil
			case CmpGe:
				return Bool(ba), nil
			}
			return Bool(ba && !ab), nil
		}
		for _, op := range []BinaryOp{OpOr, OpAnd, OpSub, OpXor} {
			op := op
			t.Binary[op] = func(ctx Ctx, a, b Value) (Value, error) {
				sa, sb := AsSet(a), AsSet(b)
				if sa == nil || sb == nil {
					return NotImplemented, nil
				}
				return SetOp(ctx, sa, sb, op, sa.typ == FrozenSetType)
			}
		}
	}
	FrozenSetType.Hash = func(ctx Ctx, v Value) (int64, error) {
		var h uint64
		for _, k := range as[Set](v).D.Keys() {
			x, err := Hash(ctx, k)
			if err != nil {
				return 0, err
			}
			h ^= (uint64(x) ^ 89869747 ^ uint64(x)<<16) * 3644798167
		}
		return int64(h>>1) + 1, nil
	}
	SetType.InPlace[OpOr] = func(ctx Ctx, a, b Value) (Value, error) {
		sb := AsSet(b)
		if sb == nil {
			return NotImplemented, nil
		}
		for _, k := range sb.D.Keys() {
			if err := as[Set](a).D.SetItem(ctx, k, None); err != nil {
				return Value{}, err
			}
		}
		return a, nil
	}
}

// SetOp is a | b, a & b, a - b, a ^ b.
func SetOp(ctx Ctx, a, b *Set, op BinaryOp, frozen bool) (Value, error) {
	var out []Value
	in := func(s *Set, k Value) bool { _, ok, _ := s.D.GetItem(ctx, k); return ok }
	switch op {
	case OpOr:
		out = append(a.D.Keys(), b.D.Keys()...)
	case OpAnd:
		for _, k := range a.D.Keys() {
			if in(b, k) {
				out = append(out, k)
			}
		}
	case OpSub:
		for _, k := range a.D.Keys() {
			if !in(b, k) {
				out = append(out, k)
			}
		}
	case OpXor:
		for _, k := range a.D.Keys() {
			if !in(b, k) {
				out = append(out, k)
			}
		}
		for _, k := range b.D.Keys() {
			if !in(a, k) {
				out = append(out, k)
			}
		}
	}
	s, err := NewSet(ctx, out, frozen)
	if err != nil {
		return Value{}, err
	}
	return s.Value(), nil
}

func rangeItems(r *Range) []Value {
	var out []Value
	for i := int64(0); i < r.Len(); i++ {
		out = append(out, Int(r.Start+i*r.Step))
	}
	return out
}

// QuoteName renders a qualified name for reprs.
func QuoteName(mod, qual string) string {
	if mod == "" || mod == "builtins" {
		return qual
	}
	return mod + "." + qual
}

func hexID(v Value) string { return "0x" + strconv.FormatInt(v.ID(), 16) }

func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }
