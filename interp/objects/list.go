package objects

import (
	"reflect"
	"strings"
	"sync"
)

// List is a mutable sequence. Free-threading: mu guards items; readers
// that only need one element still take it (an uncontended lock is two
// atomic operations), because a torn slice header could read out of bounds.
type List struct {
	Header
	mu    sync.Mutex
	items []Value
	Dict  *Dict // instances of list subclasses
}

// Tuple is an immutable sequence; Items must not be modified after
// publication.
type Tuple struct {
	Header
	Items []Value
}

// ListType and TupleType are list and tuple.
var ListType, TupleType *Type

// NewList makes a list that takes ownership of items.
func NewList(items []Value) *List { l := &List{items: items}; l.typ = ListType; return l }

// NewTuple makes a tuple that takes ownership of items.
func NewTuple(items []Value) *Tuple { t := &Tuple{Items: items}; t.typ = TupleType; return t }

var emptyTuple = &Tuple{}

// Value returns l as a Python value.
func (l *List) Value() Value { return obj(l) }

// Value returns t as a Python value.
func (t *Tuple) Value() Value { return obj(t) }

// AsList returns the *List in v or nil.
func AsList(v Value) *List {
	if v.h != nil && v.h.typ.Layout == ListType {
		return as[List](v)
	}
	return nil
}

// AsTuple returns the *Tuple in v or nil.
func AsTuple(v Value) *Tuple {
	if v.h != nil && v.h.typ.Layout == TupleType {
		return as[Tuple](v)
	}
	return nil
}

// Snapshot copies the items.
func (l *List) Snapshot() []Value {
	l.mu.Lock()
	s := append([]Value(nil), l.items...)
	l.mu.Unlock()
	return s
}

// Len is len(l).
func (l *List) Len() int { l.mu.Lock(); n := len(l.items); l.mu.Unlock(); return n }

// Append is l.append(v).
func (l *List) Append(v Value) { l.mu.Lock(); l.items = append(l.items, v); l.mu.Unlock() }

// At returns l[i] for 0 <= i, ok false when out of range.
func (l *List) At(i int) (Value, bool) {
	l.mu.Lock()
	if i < 0 || i >= len(l.items) {
		l.mu.Unlock()
		return Value{}, false
	}
	v := l.items[i]
	l.mu.Unlock()
	return v, true
}

// SetItems replaces the contents.
func (l *List) SetItems(items []Value) { l.mu.Lock(); l.items = items; l.mu.Unlock() }

// normIndex turns a Python index into a Go one.
func normIndex(ctx Ctx, key Value, n int, what string) (int, error) {
	i, err := IndexOf(ctx, key)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) {
			return 0, Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", what, key.Type().Name)
		}
		return 0, err
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, Errorf(IndexErrorType, "%s index out of range", what)
	}
	return int(i), nil
}

func seqRepr(ctx Ctx, items []Value, open, close string) (string, error) {
	return joinReprs(ctx, items, open, close)
}

func seqCompare(ctx Ctx, x, y []Value, op CompareOp) (Value, error) {
	if len(x) != len(y) && (op == CmpEq || op == CmpNe) {
		return Bool(op == CmpNe), nil
	}
	for i := 0; i < len(x) && i < len(y); i++ {
		eq, err := Equal(ctx, x[i], y[i])
		if err != nil {
			return Value{}, err
		}
		if !eq {
			if op == CmpEq {
				return False, nil
			}
			if op == CmpNe {
				return True, nil
			}
			return Compare(ctx, x[i], y[i], op)
		}
	}
	return Bool(cmpInt(int64(len(x)), int64(len(y)), op)), nil
}

func initList() {
	ListType.Repr = func(ctx Ctx, v Value) (string, error) {
		return reprGuarded(ctx, v, "[...]", func() (string, error) { return seqRepr(ctx, as[List](v).Snapshot(), "[", "]") })
	}
	ListType.Len = func(ctx Ctx, v Value) (int, error) { return as[List](v).Len(), nil }
	ListType.Iter = func(ctx Ctx, v Value) (Value, error) { return newSeqIter(v), nil }
	ListType.GetItem = func(ctx Ctx, v, key Value) (Value, error) {
		l := as[List](v)
		if key.IsSmallInt() {
			i := key.SmallInt()
			l.mu.Lock()
			if i < 0 {
				i += int64(len(l.items))
			}
			if i >= 0 && i < int64(len(l.items)) {
				r := l.items[i]
				l.mu.Unlock()
				return r, nil
			}
			l.mu.Unlock()
			return Value{}, Errorf(IndexErrorType, "list index out of range")
		}
		items := l.Snapshot()
		if s := AsSlice(key); s != nil {
			return NewList(sliceItems(ctx, s, items)).Value(), nil
		}
		i, err := normIndex(ctx, key, len(items), "list")
		if err != nil {
			return Value{}, err
		}
		return items[i], nil
	}
	ListType.SetItem = func(ctx Ctx, v, key, val Value) error {
		l := as[List](v)
		if s := AsSlice(key); s != nil {
			return listSetSlice(ctx, l, s, val)
		}
		l.mu.Lock()
		n := len(l.items)
		l.mu.Unlock()
		i, err := normIndex(ctx, key, n, "list")
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Matches(IndexErrorType) {
				if val.IsNil() {
					return Errorf(IndexErrorType, "list assignment index out of range")
				}
				return Errorf(IndexErrorType, "list assignment index out of range")
			}
			return err
		}
		l.mu.Lock()
		defer l.mu.Unlock()
		if i >= len(l.items) {
			return Errorf(IndexErrorType, "list assignment index out of range")
		}
		if val.IsNil() {
			l.items = append(l.items[:i:i], l.items[i+1:]...)
		} else {
			l.items[i] = val
		}
		return nil
	}
	ListType.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		lb := AsList(b)
		if lb == nil {
			return NotImplemented, nil
		}
		return seqCompare(ctx, as[List](a).Snapshot(), lb.Snapshot(), op)
	}
	ListType.Binary[OpAdd] = func(ctx Ctx, a, b Value) (Value, error) {
		la, lb := AsList(a), AsList(b)
		if la == nil || lb == nil {
			return NotImplemented, nil
		}
		return NewList(append(la.Snapshot(), lb.Snapshot()...)).Value(), nil
	}
	ListType.InPlace[OpAdd] = func(ctx Ctx, a, b Value) (Value, error) {
		items, err := ToSlice(ctx, b)
		if err != nil {
			return Value{}, err
		}
		l := as[List](a)
		l.mu.Lock()
		l.items = append(l.items, items...)
		l.mu.Unlock()
		return a, nil
	}
	ListType.Binary[OpMul] = func(ctx Ctx, a, b Value) (Value, error) {
		return seqRepeat(ctx, a, b, func(items []Value) Value { return NewList(items).Value() })
	}
	ListType.Contains = func(ctx Ctx, v, x Value) (bool, error) { return containsIn(ctx, as[List](v).Snapshot(), x) }

	TupleType.Repr = func(ctx Ctx, v Value) (string, error) {
		items := as[Tuple](v).Items
		if len(items) == 0 {
			return "()", nil
		}
		return reprGuarded(ctx, v, "(...)", func() (string, error) {
			if len(items) == 1 {
				r, err := Repr(ctx, items[0])
				return "(" + r + ",)", err
			}
			return seqRepr(ctx, items, "(", ")")
		})
	}
	TupleType.Len = func(ctx Ctx, v Value) (int, error) { return len(as[Tuple](v).Items), nil }
	TupleType.Iter = func(ctx Ctx, v Value) (Value, error) { return newSeqIter(v), nil }
	TupleType.GetItem = func(ctx Ctx, v, key Value) (Value, error) {
		items := as[Tuple](v).Items
		if s := AsSlice(key); s != nil {
			return NewTuple(sliceItems(ctx, s, items)).Value(), nil
		}
		i, err := normIndex(ctx, key, len(items), "tuple")
		if err != nil {
			return Value{}, err
		}
		return items[i], nil
	}
	TupleType.Hash = func(ctx Ctx, v Value) (int64, error) {
		// CPython's xxHash-based tuple hash.
		const p1, p2, p5 = 11400714785074694791, 14029467366897019727, 2870177450012600261
		acc := uint64(p5)
		items := as[Tuple](v).Items
		for _, it := range items {
			h, err := Hash(ctx, it)
			if err != nil {
				return 0, err
			}
			acc += uint64(h) * p2
			acc = acc<<31 | acc>>33
			acc *= p1
		}
		acc += uint64(len(items)) ^ (p5 ^ 3527539)
		if acc == ^uint64(0) {
			return 1546275796, nil
		}
		return int64(acc), nil
	}
	TupleType.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		tb := AsTuple(b)
		if tb == nil {
			return NotImplemented, nil
		}
		return seqCompare(ctx, as[Tuple](a).Items, tb.Items, op)
	}
	TupleType.Binary[OpAdd] = func(ctx Ctx, a, b Value) (Value, error) {
		ta, tb := AsTuple(a), AsTuple(b)
		if ta == nil || tb == nil {
			return NotImplemented, nil
		}
		return NewTuple(append(append([]Value(nil), ta.Items...), tb.Items...)).Value(), nil
	}
	TupleType.Binary[OpMul] = func(ctx Ctx, a, b Value) (Value, error) {
		return seqRepeat(ctx, a, b, func(items []Value) Value { return NewTuple(items).Value() })
	}
	TupleType.Contains = func(ctx Ctx, v, x Value) (bool, error) { return containsIn(ctx, as[Tuple](v).Items, x) }
}

func containsIn(ctx Ctx, items []Value, x Value) (bool, error) {
	for _, it := range items {
		if eq, err := Equal(ctx, it, x); err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func seqRepeat(ctx Ctx, a, b Value, mk func([]Value) Value) (Value, error) {
	seq, n := a, b
	if IsInt(a) {
		seq, n = b, a
	}
	if !IsInt(n) {
		return NotImplemented, nil
	}
	k, err := IndexOf(ctx, n)
	if err != nil {
		return Value{}, err
	}
	items, err := ToSlice(ctx, seq)
	if err != nil {
		return Value{}, err
	}
	if k < 0 {
		k = 0
	}
	if int64(len(items))*k > 1<<32 {
		return Value{}, Errorf(MemoryErrorType, "")
	}
	out := make([]Value, 0, int64(len(items))*k)
	for i := int64(0); i < k; i++ {
		out = append(out, items...)
	}
	return mk(out), nil
}

func listSetSlice(ctx Ctx, l *List, s *Slice, val Value) error {
	var repl []Value
	if !val.IsNil() {
		var err error
		if repl, err = ToSlice(ctx, val); err != nil {
			return Errorf(TypeErrorType, "must assign iterable to extended slice")
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	start, stop, step, n, err := s.Indices(ctx, len(l.items))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]Value, 0, len(l.items)-(stop-start)+len(repl))
		out = append(out, l.items[:start]...)
		out = append(out, repl...)
		out = append(out, l.items[stop:]...)
		l.items = out
		return nil
	}
	if val.IsNil() {
		del := map[int]bool{}
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			del[j] = true
		}
		out := l.items[:0:0]
		for i, v := range l.items {
			if !del[i] {
				out = append(out, v)
			}
		}
		l.items = out
		return nil
	}
	if len(repl) != n {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(repl), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.items[j] = repl[i]
	}
	return nil
}

// reprGuarded stops infinite recursion in self-referencing containers
// (CPython's Py_ReprEnter/Py_ReprLeave): while v's repr is being built on
// a thread, a nested repr of v on that same thread prints cycle instead.
//
// The guard is per thread, as in CPython: two threads printing the same
// list at once must both see its items, not "[...]". The thread is the
// Ctx (the VM passes its *Thread), so the active set is keyed by the pair;
// a Ctx whose dynamic type is not comparable (none is today) falls back to
// one shared key rather than panicking in the map.
var reprActive sync.Map

type reprKey struct {
	thread Ctx
	obj    *Header
}

func reprGuarded(ctx Ctx, v Value, cycle string, f func() (string, error)) (string, error) {
	key := reprKey{ctx, v.h}
	if ctx != nil && !reflect.TypeOf(ctx).Comparable() {
		key.thread = nil
	}
	if _, busy := reprActive.LoadOrStore(key, true); busy {
		return cycle, nil
	}
	defer reprActive.Delete(key)
	return f()
}

// seqIter iterates a list or tuple (or any __getitem__ sequence) by index.
type seqIter struct {
	Header
	mu  sync.Mutex
	seq Value
	i   int
}

var seqIterType *Type

func newSeqIter(v Value) Value {
	it := &seqIter{seq: v}
	it.typ = seqIterType
	switch v.Type().Layout {
	case ListType:
		it.typ = listIterType
	case TupleType:
		it.typ = tupleIterType
	}
	return obj(it)
}

var listIterType, tupleIterType *Type

func seqIterNext(ctx Ctx, v Value) (Value, error) {
	it := as[seqIter](v)
	it.mu.Lock()
	i := it.i
	it.i++
	seq := it.seq
	it.mu.Unlock()
	if seq.IsNil() {
		return Value{}, nil
	}
	switch seq.Type().Layout {
	case ListType:
		if x, ok := as[List](seq).At(i); ok {
			return x, nil
		}
	case TupleType:
		items := as[Tuple](seq).Items
		if i < len(items) {
			return items[i], nil
		}
	default:
		x, err := GetItem(ctx, seq, Int(int64(i)))
		if err != nil {
			if e, ok := err.(*Exception); ok && (e.Matches(IndexErrorType) || e.Matches(StopIterationType)) {
				break
			}
			return Value{}, err
		}
		return x, nil
	}
	it.mu.Lock()
	it.seq = Value{}
	it.mu.Unlock()
	return Value{}, nil
}

// JoinStrings is sep.join for a slice of str values.
func JoinStrings(ctx Ctx, sep string, items []Value) (string, error) {
	var b strings.Builder
	for i, it := range items {
		s := AsStr(it)
		if s == nil {
			return "", Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, it.Type().Name)
		}
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s.S)
	}
	return b.String(), nil
}
