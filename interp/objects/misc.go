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

// Module is a module object.
type Module struct {
	Header
	Dict *Dict
}

// Instance is the layout of instances of classes deriving from object.
type Instance struct {
	Header
	Dict *Dict
	// slots holds the __slots__ values (slots.go); nil for a class
	// without slots.
	slots *slotValues
}

// Set is set or frozenset, stored as a dict whose values are unused.
type Set struct {
	Header
	D *Dict
	// order caches the CPython iteration order (setorder.go).
	order atomic.Pointer[setOrder]
}

// Property, StaticMethod and ClassMethod are the common descriptors.
type Property struct {
	Header
	Get, Set, Del, Doc Value
	// name is what __set_name__ told the property it is called, for
	// error messages; it is published atomically because a class body
	// may be shared before it is complete.
	name atomic.Pointer[Str]
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
	initRange()
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
		// CPython's frozenset hash, so hash() prints the same numbers: an
		// order-independent xor of each element's hash with its bits
		// shuffled, the size mixed in, then dispersed for nested sets.
		keys := as[Set](v).D.Keys()
		var h uint64
		for _, k := range keys {
			x, err := Hash(ctx, k)
			if err != nil {
				return 0, err
			}
			h ^= (uint64(x) ^ 89869747 ^ uint64(x)<<16) * 3644798167
		}
		h ^= (uint64(len(keys)) + 1) * 1927868237
		h ^= h>>11 ^ h>>25
		h = h*69069 + 907133923
		if h == ^uint64(0) {
			h = 590923713
		}
		return int64(h), nil
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

// QuoteName renders a qualified name for reprs.
func QuoteName(mod, qual string) string {
	if mod == "" || mod == "builtins" {
		return qual
	}
	return mod + "." + qual
}

func hexID(v Value) string { return "0x" + strconv.FormatInt(v.ID(), 16) }

func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }
