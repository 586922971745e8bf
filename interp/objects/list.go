package objects

import (
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// List is a mutable sequence.
//
// Free-threading. Writers hold mu and change items. Readers of one element
// (l[i] with 0 <= i, the list iterator) do not lock: they load view, an
// atomically published pointer to an immutable slice header over the
// current backing array, check the index against that header's length and
// read the element. A slice header is three words and a torn one is
// memory-unsafe, so readers never read items itself; the header they read
// was written once, before its publication.
//
// The view's invariant, kept by every writer: each element below
// len(view.v) is the list's element at that index now. It holds because
// writers change a published backing array only in two ways: an element
// store in place (l[i] = x, extended slice assignment), which the view
// sees, and an append into spare capacity beyond the list's length, which
// lies beyond the view's length too. Every other change (shrinking,
// inserting, deleting, growing into a new array) installs a new backing
// array and publishes a new view (setItemsLocked). The view may be
// shorter than the list after appends; a reader whose index falls beyond
// it takes mu and republishes the view at the full length. Appends
// therefore publish nothing unless they reallocate, and stay two atomic
// operations (lock, unlock), as reads of a freshly built list cost one
// locked read and are lock-free from then on.
//
// A reader racing with an element store may see the Value torn (header
// from one store, payload from the other): memory-safe by Value's design
// (a wrong number at worst), as Python's memory model allows for an
// unsynchronised read. Element words are accessed through loadValue and
// storeValue, which are plain loads and stores, or sync/atomic ones in
// race-detector builds so that -race reports only races that matter.
type List struct {
	Header
	mu    sync.Mutex
	items []Value
	view  atomic.Pointer[listView]
	Dict  *Dict // instances of list subclasses
}

// listView is a published, never modified slice header over a list's
// backing array (see List).
type listView struct{ v []Value }

// Tuple is an immutable sequence; Items must not be modified after
// publication.
type Tuple struct {
	Header
	Items []Value
}

// ListType and TupleType are list and tuple.
var ListType, TupleType *Type

// NewList makes a list that takes ownership of items.
func NewList(items []Value) *List {
	l := &List{items: items}
	l.typ = ListType
	if len(items) > 0 {
		l.view.Store(&listView{items})
	}
	return l
}

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
func (l *List) Append(v Value) {
	l.mu.Lock()
	l.appendLocked(v)
	l.mu.Unlock()
}

// AppendPrivate is Append for a list that no other thread can reach yet:
// the list a comprehension is building, which lives only on its frame's
// value stack until the comprehension returns it. It takes no lock; the
// list is published to other threads later by whatever stores it where
// they can see it (a locked container, a global), which orders these
// writes before their reads.
func (l *List) AppendPrivate(v Value) { l.appendLocked(v) }

// appendLocked appends v. Called with mu held (or on a private list).
func (l *List) appendLocked(v Value) {
	if len(l.items) < cap(l.items) {
		// Spare capacity lies beyond every view: nothing to publish.
		l.items = append(l.items, v)
		return
	}
	l.setItemsLocked(append(growItems(l.items), v))
}

// growItems returns items copied into a larger backing array. Go's append
// grows a large slice by 1.25x, which for a list built by appends means
// copying (and zeroing) each element about five times; CPython's list
// grows by about 1.125x but its realloc usually extends the block in
// place. Doubling copies each element about once, for at most half the
// array unused; past a million items the factor drops to 1.5 to bound
// that waste.
func growItems(items []Value) []Value {
	n := cap(items)
	switch {
	case n < 8:
		n = 8
	case n < 1<<20:
		n *= 2
	default:
		n += n / 2
	}
	grown := make([]Value, len(items), n)
	copy(grown, items)
	return grown
}

// At returns l[i] for 0 <= i, ok false when out of range.
func (l *List) At(i int) (Value, bool) {
	if vw := l.view.Load(); vw != nil && uint(i) < uint(len(vw.v)) {
		if x := loadValue(&vw.v[i]); !x.IsNil() {
			return x, true
		}
	}
	return l.atLocked(i)
}

// atLocked is At's path when the view is shorter than i: it reads under
// mu and republishes the view at the list's full length, so that the next
// reads of a list that grew by appends are lock-free again.
func (l *List) atLocked(i int) (Value, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if i < 0 || i >= len(l.items) {
		return Value{}, false
	}
	if vw := l.view.Load(); vw == nil || len(vw.v) < len(l.items) {
		l.view.Store(&listView{l.items})
	}
	return l.items[i], true
}

// SetItems replaces the contents.
func (l *List) SetItems(items []Value) { l.mu.Lock(); l.setItemsLocked(items); l.mu.Unlock() }

// setItemsLocked installs items, which the list now owns, and publishes a
// view of them unless they extend the current backing array in place (an
// append into spare capacity, which leaves the view valid). Called with
// mu held.
func (l *List) setItemsLocked(items []Value) {
	old := l.items
	l.items = items
	if len(items) >= len(old) && cap(items) > 0 && cap(old) > 0 &&
		unsafe.SliceData(items) == unsafe.SliceData(old) {
		return
	}
	if len(items) == 0 {
		l.view.Store(nil)
		return
	}
	l.view.Store(&listView{items})
}

// Pop removes and returns l[i] under the lock, so two threads popping at
// once never get the same element; i < 0 counts from the end, last pops
// the last element. ok is false when the list is empty (n == 0) or i is
// out of range. The removal is in place: the elements after i move down by
// element stores (a concurrent reader of one index sees it before or after
// the pop), then a shorter view is published before the vacated last slot
// is cleared, keeping the view invariant (see List) without copying the
// list.
func (l *List) Pop(i int, last bool) (v Value, n int, ok bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n = len(l.items)
	if last {
		i = n - 1
	} else if i < 0 {
		i += n
	}
	if n == 0 || i < 0 || i >= n {
		return Value{}, n, false
	}
	v = l.items[i]
	l.removeLocked(i)
	return v, n, true
}

// setLocked stores l.items[i] = v in place, where a view's reader may be
// reading it. Called with mu held and 0 <= i < len(l.items).
func (l *List) setLocked(i int, v Value) { storeValue(&l.items[i], v) }

// normIndex turns a Python index into a Go one.
func normIndex(ctx Ctx, key Value, n int, what string) (int, error) {
	i, err := IndexOf(ctx, key)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) {
			if what == "string" {
				// CPython 3.11 words str's message differently.
				return 0, Errorf(TypeErrorType, "string indices must be integers, not '%s'", key.Type().Name)
			}
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
			if i >= 0 {
				if r, ok := l.At(int(i)); ok {
					return r, nil
				}
				return Value{}, Errorf(IndexErrorType, "list index out of range")
			}
			l.mu.Lock()
			i += int64(len(l.items))
			if i >= 0 {
				r := l.items[i]
				l.mu.Unlock()
				return r, nil
			}
			l.mu.Unlock()
			return Value{}, Errorf(IndexErrorType, "list index out of range")
		}
		if s := AsSlice(key); s != nil {
			return l.GetSlice(ctx, s)
		}
		items := l.Snapshot()
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
			l.setItemsLocked(append(l.items[:i:i], l.items[i+1:]...))
		} else {
			l.setLocked(i, val)
		}
		return nil
	}
	ListType.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		lb := AsList(b)
		if lb == nil {
			return NotImplemented, nil
		}
		return listCompare(ctx, as[List](a), lb, op)
	}
	ListType.Binary[OpAdd] = func(ctx Ctx, a, b Value) (Value, error) {
		la, lb := AsList(a), AsList(b)
		if la == nil || lb == nil {
			return NotImplemented, nil
		}
		return NewList(lb.appendItems(la.appendItems(nil))).Value(), nil
	}
	ListType.InPlace[OpAdd] = func(ctx Ctx, a, b Value) (Value, error) {
		items, err := ToSlice(ctx, b)
		if err != nil {
			return Value{}, err
		}
		l := as[List](a)
		l.mu.Lock()
		l.setItemsLocked(append(l.items, items...))
		l.mu.Unlock()
		return a, nil
	}
	ListType.Binary[OpMul] = func(ctx Ctx, a, b Value) (Value, error) {
		return seqRepeat(ctx, a, b, func(items []Value) Value { return NewList(items).Value() })
	}
	ListType.Contains = func(ctx Ctx, v, x Value) (bool, error) {
		i, err := as[List](v).Find(ctx, x, 0, ScanToEnd)
		return i >= 0, err
	}

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
		if !isIterable(val) {
			// CPython words this by the slice's form, before computing it.
			if s.Step.IsNil() || s.Step.IsNone() {
				return Errorf(TypeErrorType, "can only assign an iterable")
			}
			return Errorf(TypeErrorType, "must assign iterable to extended slice")
		}
		if repl, err = ToSlice(ctx, val); err != nil {
			return err
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
		l.setItemsLocked(out)
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
		l.setItemsLocked(out)
		return nil
	}
	if len(repl) != n {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(repl), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.setLocked(j, repl[i])
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
//
// Free-threading: an iterator that Python code can reach may be advanced
// by two threads at once, so pos is claimed with one atomic add and each
// index goes to one caller; done is set once the sequence ran out, so
// that items appended later are not returned (as CPython's iterators
// drop their sequence). seq never changes after creation. A private
// iterator is one the eval loop made for its own FOR_ITER (see
// IterPrivate): no other code can reach it, and it advances with plain
// loads and stores.
type seqIter struct {
	Header
	seq     Value
	pos     int64
	done    atomic.Bool
	private bool
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

// claim returns the index of the next item to produce, or -1 when the
// iterator is exhausted.
func (it *seqIter) claim() int {
	if it.private {
		if it.pos < 0 {
			return -1
		}
		it.pos++
		return int(it.pos - 1)
	}
	if it.done.Load() {
		return -1
	}
	return int(atomic.AddInt64(&it.pos, 1) - 1)
}

// exhausted reports whether the iterator has run out.
func (it *seqIter) exhausted() bool {
	if it.private {
		return it.pos < 0
	}
	return it.done.Load()
}

// peek returns the index of the next item to produce without claiming it
// (for __length_hint__), or -1 when the iterator is exhausted.
func (it *seqIter) peek() int {
	if it.private {
		return int(it.pos)
	}
	if it.done.Load() {
		return -1
	}
	return int(atomic.LoadInt64(&it.pos))
}

// finish marks the iterator exhausted.
func (it *seqIter) finish() {
	if it.private {
		it.pos = -1
		return
	}
	it.done.Store(true)
}

func seqIterNext(ctx Ctx, v Value) (Value, error) {
	it := as[seqIter](v)
	i := it.claim()
	if i < 0 {
		return Value{}, nil
	}
	seq := it.seq
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
	it.finish()
	return Value{}, nil
}

// JoinStrings is sep.join for a slice of str values.
func JoinStrings(ctx Ctx, sep string, items []Value) (string, error) {
	var b strings.Builder
	n := len(sep) * (len(items) - 1)
	for _, it := range items {
		if s := AsStr(it); s != nil {
			n += len(s.S)
		}
	}
	if n > 0 {
		b.Grow(n)
	}
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
