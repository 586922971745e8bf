package objects

import (
	"strconv"
	"sync"
)

// Deque is collections.deque: a double-ended queue with O(1) appends and
// pops at both ends and an optional maximum length.
//
// Free-threading: every field is guarded by mu, so append/appendleft/
// pop/popleft/extend... are each atomic, as CPython's deque operations are
// under the GIL and in free-threaded builds (queue.Queue-style producer/
// consumer code relies on append and popleft being thread-safe). The lock
// is never held while Python code runs: operations that compare items
// (count, index, remove, in, ==) work on a snapshot and re-check the
// mutation counter, raising RuntimeError like CPython when the deque
// changed under them.
//
// Storage is a ring: buf's length is the capacity (a power of two), head
// is the index of the first item and n the number of items; item i sits at
// buf[(head+i) & (len(buf)-1)]. state counts structural mutations, for
// iterators and for the snapshot checks above.
type Deque struct {
	Header
	mu     sync.Mutex
	buf    []Value
	head   int
	n      int
	maxlen int // -1: unbounded
	state  uint64
	attrs  *Dict // instance dict of a Python subclass, made on first use
}

// DequeType is collections.deque; dequeIterType and dequeRevIterType are
// its iterators.
var DequeType, dequeIterType, dequeRevIterType *Type

type dequeIter struct {
	Header
	mu    sync.Mutex
	d     *Deque
	i     int // items already produced
	state uint64
}

// NewDeque returns an empty deque of type t (DequeType or a subclass).
func NewDeque(t *Type, maxlen int) *Deque {
	d := &Deque{maxlen: maxlen}
	d.typ = t
	return d
}

// at returns item i; mu must be held.
func (d *Deque) at(i int) *Value { return &d.buf[(d.head+i)&(len(d.buf)-1)] }

// grow doubles the ring when full; mu must be held.
func (d *Deque) grow() {
	if d.n < len(d.buf) {
		return
	}
	size := 2 * len(d.buf)
	if size == 0 {
		size = 8
	}
	nb := make([]Value, size)
	for i := 0; i < d.n; i++ {
		nb[i] = *d.at(i)
	}
	d.buf, d.head = nb, 0
}

// pushRight appends x, dropping the leftmost item when the deque is at its
// maximum length; mu must be held.
func (d *Deque) pushRight(x Value) {
	if d.maxlen == 0 {
		return
	}
	if d.n == d.maxlen {
		d.popLeftLocked()
	}
	d.grow()
	*d.at(d.n) = x
	d.n++
	d.state++
}

// pushLeft is appendleft; mu must be held.
func (d *Deque) pushLeft(x Value) {
	if d.maxlen == 0 {
		return
	}
	if d.n == d.maxlen {
		d.popRightLocked()
	}
	d.grow()
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = x
	d.n++
	d.state++
}

func (d *Deque) popLeftLocked() Value {
	p := d.at(0)
	x := *p
	*p = Value{}
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	d.state++
	return x
}

func (d *Deque) popRightLocked() Value {
	p := d.at(d.n - 1)
	x := *p
	*p = Value{}
	d.n--
	d.state++
	return x
}

// Append is deque.append(x).
func (d *Deque) Append(x Value) {
	d.mu.Lock()
	d.pushRight(x)
	d.mu.Unlock()
}

// AppendLeft is deque.appendleft(x).
func (d *Deque) AppendLeft(x Value) {
	d.mu.Lock()
	d.pushLeft(x)
	d.mu.Unlock()
}

// PopLeft is deque.popleft(); ok is false when the deque is empty.
func (d *Deque) PopLeft() (Value, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.n == 0 {
		return Value{}, false
	}
	return d.popLeftLocked(), true
}

// Pop is deque.pop(); ok is false when the deque is empty.
func (d *Deque) Pop() (Value, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.n == 0 {
		return Value{}, false
	}
	return d.popRightLocked(), true
}

// Len is len(deque).
func (d *Deque) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.n
}

// Snapshot returns the items in order and the mutation counter they were
// read at.
func (d *Deque) Snapshot() ([]Value, uint64) {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]Value, d.n)
	for i := range out {
		out[i] = *d.at(i)
	}
	return out, d.state
}

// replace sets the contents to items (trimmed from the left to maxlen).
func (d *Deque) replace(items []Value) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.maxlen >= 0 && len(items) > d.maxlen {
		items = items[len(items)-d.maxlen:]
	}
	size := 8
	for size < len(items) {
		size *= 2
	}
	d.buf = make([]Value, size)
	copy(d.buf, items)
	d.head, d.n = 0, len(items)
	d.state++
}

// Rotate is deque.rotate(k): k steps to the right (negative: left).
func (d *Deque) Rotate(k int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.n <= 1 {
		return
	}
	k %= d.n
	if k < 0 {
		k += d.n
	}
	for ; k > 0; k-- {
		d.pushLeftNoLimit(d.popRightLocked())
	}
}

// pushLeftNoLimit is pushLeft for an item just removed (no maxlen check);
// mu must be held.
func (d *Deque) pushLeftNoLimit(x Value) {
	d.grow()
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = x
	d.n++
	d.state++
}

// index normalizes a Python index against the current length; mu must be
// held.
func (d *Deque) index(ctx Ctx, key Value) (int, error) {
	i, err := IndexOf(ctx, key)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) {
			return 0, Errorf(TypeErrorType, "sequence index must be integer, not '%s'", key.Type().Name)
		}
		return 0, err
	}
	if i < 0 {
		i += int64(d.n)
	}
	if i < 0 || i >= int64(d.n) {
		return 0, Errorf(IndexErrorType, "deque index out of range")
	}
	return int(i), nil
}

func asDeque(v Value) *Deque { return as[Deque](v) }

// maxLen is the maximum length, -1 when unbounded.
func (d *Deque) maxLen() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.maxlen
}

// AsDeque returns the *Deque in v (a deque or an instance of a subclass)
// or nil.
func AsDeque(v Value) *Deque {
	if v.h != nil && v.h.typ.Layout == DequeType {
		return as[Deque](v)
	}
	return nil
}

// errDequeMutated is CPython's error when a deque changes while it is
// being iterated or searched.
func errDequeMutated() error {
	return Errorf(RuntimeErrorType, "deque mutated during iteration")
}

// search compares x with each item (outside the lock) and returns the
// index of the first match at or after start and before stop, or -1.
func (d *Deque) search(ctx Ctx, x Value, start, stop int) (int, error) {
	items, state := d.Snapshot()
	if stop > len(items) {
		stop = len(items)
	}
	for i := start; i < stop; i++ {
		eq, err := Equal(ctx, items[i], x)
		if err != nil {
			return 0, err
		}
		d.mu.Lock()
		changed := d.state != state
		d.mu.Unlock()
		if changed {
			return 0, errDequeMutated()
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func dequeArgs(ctx Ctx, name string, args []Value, kw []string, lo, hi int) error {
	if len(kw) != 0 {
		return Errorf(TypeErrorType, "deque.%s() takes no keyword arguments", name)
	}
	n := len(args) - 1
	if n < lo || n > hi {
		switch {
		case lo == hi && lo == 0:
			return Errorf(TypeErrorType, "deque.%s() takes no arguments (%d given)", name, n)
		case lo == hi && lo == 1:
			return Errorf(TypeErrorType, "deque.%s() takes exactly one argument (%d given)", name, n)
		}
		return Errorf(TypeErrorType, "%s expected at most %d arguments, got %d", name, hi, n)
	}
	return nil
}

// dequeInit is deque.__init__(iterable=(), maxlen=None).
func dequeInit(ctx Ctx, self Value, args []Value, kw []string) error {
	var iterable, maxlen Value
	npos := len(args) - len(kw)
	if npos > 2 {
		return Errorf(TypeErrorType, "deque() takes at most 2 arguments (%d given)", npos)
	}
	if npos > 0 {
		iterable = args[0]
	}
	if npos > 1 {
		maxlen = args[1]
	}
	for i, k := range kw {
		switch k {
		case "iterable":
			iterable = args[npos+i]
		case "maxlen":
			maxlen = args[npos+i]
		default:
			return Errorf(TypeErrorType, "deque() got an unexpected keyword argument '%s'", k)
		}
	}
	d := asDeque(self)
	m := -1
	if !maxlen.IsNil() && !maxlen.IsNone() {
		if !IsInt(maxlen) {
			return Errorf(TypeErrorType, "an integer is required")
		}
		n, ok := AsInt64(maxlen)
		if !ok || n > 1<<62 {
			return Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		if n < 0 {
			return Errorf(ValueErrorType, "maxlen must be non-negative")
		}
		m = int(n)
	}
	var items []Value
	if !iterable.IsNil() {
		var err error
		if items, err = ToSlice(ctx, iterable); err != nil {
			return err
		}
	}
	d.mu.Lock()
	d.maxlen = m
	d.mu.Unlock()
	d.replace(items)
	return nil
}

// dequeCopy returns a new deque of d's type with the same items and maxlen.
func dequeCopy(ctx Ctx, v Value) (Value, error) {
	d := asDeque(v)
	items, _ := d.Snapshot()
	if v.Type() != DequeType {
		var ml Value = None
		if m := d.maxLen(); m >= 0 {
			ml = Int(int64(m))
		}
		return Call(ctx, v.Type().Value(), []Value{NewList(items).Value(), ml}, nil)
	}
	nd := NewDeque(DequeType, d.maxLen())
	nd.replace(items)
	return obj(nd), nil
}

func initDeque() {
	DequeType = newBuiltinType("deque", nil)
	DequeType.Module = "collections"
	DequeType.Layout = DequeType
	dequeIterType = newBuiltinType("_collections._deque_iterator", nil)
	dequeIterType.Name, dequeIterType.Qualname = "_deque_iterator", "_deque_iterator"
	dequeRevIterType = newBuiltinType("_collections._deque_reverse_iterator", nil)
	dequeRevIterType.Name, dequeRevIterType.Qualname = "_deque_reverse_iterator", "_deque_reverse_iterator"
	layoutDicts[DequeType] = func(v Value) *Dict {
		if v.Type() == DequeType {
			return nil
		}
		d := asDeque(v)
		d.mu.Lock()
		defer d.mu.Unlock()
		if d.attrs == nil {
			d.attrs = NewDict()
		}
		return d.attrs
	}

	T := DequeType
	T.New = func(ctx Ctx, t *Type, args []Value, kw []string) (Value, error) {
		return obj(NewDeque(t, -1)), nil
	}
	T.Init = dequeInit
	T.SetMethod("__init__", func(ctx Ctx, args []Value, kw []string) (Value, error) {
		return None, dequeInit(ctx, args[0], args[1:], kw)
	})
	T.Len = func(ctx Ctx, v Value) (int, error) { return asDeque(v).Len(), nil }
	T.Bool = func(ctx Ctx, v Value) (bool, error) { return asDeque(v).Len() != 0, nil }
	T.Repr = func(ctx Ctx, v Value) (string, error) {
		d := asDeque(v)
		return reprGuarded(ctx, v, "[...]", func() (string, error) {
			items, _ := d.Snapshot()
			s, err := seqRepr(ctx, items, "[", "]")
			if err != nil {
				return "", err
			}
			name := v.Type().Name
			if m := d.maxLen(); m >= 0 {
				return name + "(" + s + ", maxlen=" + strconv.Itoa(m) + ")", nil
			}
			return name + "(" + s + ")", nil
		})
	}
	T.Iter = func(ctx Ctx, v Value) (Value, error) {
		d := asDeque(v)
		d.mu.Lock()
		it := &dequeIter{d: d, state: d.state}
		d.mu.Unlock()
		it.typ = dequeIterType
		return obj(it), nil
	}
	T.GetItem = func(ctx Ctx, v, key Value) (Value, error) {
		d := asDeque(v)
		if AsSlice(key) != nil {
			return Value{}, Errorf(TypeErrorType, "sequence index must be integer, not 'slice'")
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		i, err := d.index(ctx, key)
		if err != nil {
			return Value{}, err
		}
		return *d.at(i), nil
	}
	T.SetItem = func(ctx Ctx, v, key, val Value) error {
		d := asDeque(v)
		if AsSlice(key) != nil {
			return Errorf(TypeErrorType, "sequence index must be integer, not 'slice'")
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		i, err := d.index(ctx, key)
		if err != nil {
			return err
		}
		if !val.IsNil() {
			*d.at(i) = val
			return nil
		}
		// del d[i]: shift the shorter side over the hole.
		if i < d.n/2 {
			for j := i; j > 0; j-- {
				*d.at(j) = *d.at(j - 1)
			}
			d.popLeftLocked()
		} else {
			for j := i; j < d.n-1; j++ {
				*d.at(j) = *d.at(j + 1)
			}
			d.popRightLocked()
		}
		return nil
	}
	T.Contains = func(ctx Ctx, v, x Value) (bool, error) {
		i, err := asDeque(v).search(ctx, x, 0, 1<<62)
		return i >= 0, err
	}
	T.Compare = func(ctx Ctx, a, b Value, op CompareOp) (Value, error) {
		db := AsDeque(b)
		if db == nil {
			return NotImplemented, nil
		}
		x, _ := asDeque(a).Snapshot()
		y, _ := db.Snapshot()
		return seqCompare(ctx, x, y, op)
	}
	T.Binary[OpAdd] = func(ctx Ctx, a, b Value) (Value, error) {
		db := AsDeque(b)
		if db == nil {
			return Value{}, Errorf(TypeErrorType, "can only concatenate deque (not \"%s\") to deque", b.Type().Name)
		}
		r, err := dequeCopy(ctx, a)
		if err != nil {
			return Value{}, err
		}
		y, _ := db.Snapshot()
		rd := asDeque(r)
		rd.mu.Lock()
		for _, x := range y {
			rd.pushRight(x)
		}
		rd.mu.Unlock()
		return r, nil
	}
	repeat := func(ctx Ctx, v Value, n Value, inPlace bool) (Value, error) {
		k, ok := AsInt64(n)
		if !IsInt(n) || !ok {
			return NotImplemented, nil
		}
		d := asDeque(v)
		items, _ := d.Snapshot()
		var out []Value
		m := d.maxLen()
		for i := int64(0); i < k; i++ {
			out = append(out, items...)
			if m >= 0 && len(out) > 2*m {
				out = out[len(out)-m:]
			}
		}
		if inPlace {
			d.replace(out)
			return v, nil
		}
		r, err := dequeCopy(ctx, v)
		if err != nil {
			return Value{}, err
		}
		asDeque(r).replace(out)
		return r, nil
	}
	T.Binary[OpMul] = func(ctx Ctx, a, b Value) (Value, error) {
		if AsDeque(a) == nil {
			a, b = b, a
		}
		return repeat(ctx, a, b, false)
	}
	T.InPlace[OpMul] = func(ctx Ctx, a, b Value) (Value, error) { return repeat(ctx, a, b, true) }
	T.InPlace[OpAdd] = func(ctx Ctx, a, b Value) (Value, error) {
		items, err := ToSlice(ctx, b)
		if err != nil {
			return Value{}, err
		}
		d := asDeque(a)
		d.mu.Lock()
		for _, x := range items {
			d.pushRight(x)
		}
		d.mu.Unlock()
		return a, nil
	}

	method := func(name string, lo, hi int, fn func(ctx Ctx, d *Deque, self Value, args []Value) (Value, error)) {
		T.SetMethod(name, func(ctx Ctx, args []Value, kw []string) (Value, error) {
			if len(args) == 0 || AsDeque(args[0]) == nil {
				return Value{}, Errorf(TypeErrorType, "descriptor '%s' requires a 'collections.deque' object", name)
			}
			if err := dequeArgs(ctx, name, args, kw, lo, hi); err != nil {
				return Value{}, err
			}
			return fn(ctx, asDeque(args[0]), args[0], args[1:])
		})
	}
	method("append", 1, 1, func(ctx Ctx, d *Deque, _ Value, a []Value) (Value, error) {
		d.Append(a[0])
		return None, nil
	})
	method("appendleft", 1, 1, func(ctx Ctx, d *Deque, _ Value, a []Value) (Value, error) {
		d.AppendLeft(a[0])
		return None, nil
	})
	method("pop", 0, 0, func(ctx Ctx, d *Deque, _ Value, a []Value) (Value, error) {
		if x, ok := d.Pop(); ok {
			return x, nil
		}
		return Value{}, Errorf(IndexErrorType, "pop from an empty deque")
	})
	method("popleft", 0, 0, func(ctx Ctx, d *Deque, _ Value, a []Value) (Value, error) {
		if x, ok := d.PopLeft(); ok {
			return x, nil
		}
		return Value{}, Errorf(IndexErrorType, "pop from an empty deque")
	})
	extend := func(left bool) func(ctx Ctx, d *Deque, self Value, a []Value) (Value, error) {
		return func(ctx Ctx, d *Deque, self Value, a []Value) (Value, error) {
			// ToSlice first: d.extend(d) must see the items as they were.
			items, err := ToSlice(ctx, a[0])
			if err != nil {
				return Value{}, err
			}
			d.mu.Lock()
			for _, x := range items {
				if left {
					d.pushLeft(x)
				} else {
					d.pushRight(x)
				}
			}
			d.mu.Unlock()
			return None, nil
		}
	}
	method("extend", 1, 1, extend(false))
	method("extendleft", 1, 1, extend(true))
	method("clear", 0, 0, func(ctx Ctx, d *Deque, _ Value, a []Value) (Value, error) {
		d.replace(nil)
		return None, nil
	})
	method("copy", 0, 0, func(ctx Ctx, _ *Deque, self Value, a []Value) (Value, error) { return dequeCopy(ctx, self) })
	method("__copy__", 0, 0, func(ctx Ctx, _ *Deque, self Value, a []Value) (Value, error) { return dequeCopy(ctx, self) })
	method("count", 1, 1, func(ctx Ctx, d *Deque, _ Value, a []Value) (Value, error) {
		items, state := d.Snapshot()
		n := 0
		for _, x := range items {
			eq, err := Equal(ctx, x, a[0])
			if err != nil {
				return Value{}, err
			}
			d.mu.Lock()
			changed := d.state != state
			d.mu.Unlock()
			if changed {
				return Value{}, errDequeMutated()
			}
			if eq {
				n++
			}
		}
		return Int(int64(n)), nil
	})
	method("index", 1, 3, func(ctx Ctx, d *Deque, _ Value, a []Value) (Value, error) {
		n := d.Len()
		bound := func(i int, def int) (int, error) {
			if i >= len(a) {
				return def, nil
			}
			k, err := sliceIndex(ctx, a[i])
			if err != nil {
				return 0, err
			}
			if k < 0 {
				k += int64(n)
				if k < 0 {
					k = 0
				}
			}
			if k > int64(n) {
				k = int64(n)
			}
			return int(k), nil
		}
		start, err := bound(1, 0)
		if err != nil {
			return Value{}, err
		}
		stop, err := bound(2, n)
		if err != nil {
			return Value{}, err
		}
		i, err := d.search(ctx, a[0], start, stop)
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			s, err := Repr(ctx, a[0])
			if err != nil {
				return Value{}, err
			}
			return Value{}, Errorf(ValueErrorType, "%s is not in deque", s)
		}
		return Int(int64(i)), nil
	})
	method("insert", 2, 2, func(ctx Ctx, d *Deque, _ Value, a []Value) (Value, error) {
		i, err := IndexOf(ctx, a[0])
		if err != nil {
			return Value{}, err
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		if d.maxlen >= 0 && d.n >= d.maxlen {
			return Value{}, Errorf(IndexErrorType, "deque already at its maximum size")
		}
		n := int64(d.n)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		d.grow()
		*d.at(d.n) = Value{}
		d.n++
		for j := d.n - 1; j > int(i); j-- {
			*d.at(j) = *d.at(j - 1)
		}
		*d.at(int(i)) = a[1]
		d.state++
		return None, nil
	})
	method("remove", 1, 1, func(ctx Ctx, d *Deque, self Value, a []Value) (Value, error) {
		_, state := d.Snapshot()
		i, err := d.search(ctx, a[0], 0, 1<<62)
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			s, err := Repr(ctx, a[0])
			if err != nil {
				return Value{}, err
			}
			return Value{}, Errorf(ValueErrorType, "%s is not in deque", s)
		}
		d.mu.Lock()
		changed := d.state != state
		d.mu.Unlock()
		if changed {
			return Value{}, Errorf(IndexErrorType, "deque mutated during remove().")
		}
		return None, T.SetItem(ctx, self, Int(int64(i)), Value{})
	})
	method("reverse", 0, 0, func(ctx Ctx, d *Deque, _ Value, a []Value) (Value, error) {
		d.mu.Lock()
		defer d.mu.Unlock()
		for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
			pi, pj := d.at(i), d.at(j)
			*pi, *pj = *pj, *pi
		}
		d.state++
		return None, nil
	})
	method("rotate", 0, 1, func(ctx Ctx, d *Deque, _ Value, a []Value) (Value, error) {
		k := int64(1)
		if len(a) == 1 {
			var err error
			if k, err = IndexOf(ctx, a[0]); err != nil {
				return Value{}, err
			}
		}
		n := int64(d.Len())
		if n > 0 {
			k %= n
		}
		d.Rotate(int(k))
		return None, nil
	})
	method("__reversed__", 0, 0, func(ctx Ctx, d *Deque, _ Value, a []Value) (Value, error) {
		d.mu.Lock()
		it := &dequeIter{d: d, state: d.state}
		d.mu.Unlock()
		it.typ = dequeRevIterType
		return obj(it), nil
	})
	// __reduce__ is CPython's: (type, ((), maxlen), state, iterator), so
	// copy and deepcopy rebuild the items through append.
	method("__reduce__", 0, 0, func(ctx Ctx, d *Deque, self Value, a []Value) (Value, error) {
		args := []Value{NewTuple(nil).Value()}
		if m := d.maxLen(); m >= 0 {
			args = append(args, Int(int64(m)))
		}
		var state Value = None
		if dict := InstanceDict(self); dict != nil && dict.Len() > 0 {
			state = dict.Value()
		}
		it, err := T.Iter(ctx, self)
		if err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{self.Type().Value(), NewTuple(args).Value(), state, it}).Value(), nil
	})
	T.GetAttr = func(ctx Ctx, v Value, name *Str) (Value, error) {
		if name.S == "maxlen" {
			if m := asDeque(v).maxLen(); m >= 0 {
				return Int(int64(m)), nil
			}
			return None, nil
		}
		return GenericGetAttr(ctx, v, name)
	}
	T.GetAttrDefersMethods = true
	T.Dict.SetStr(Interned("__hash__"), None)
	T.Hash = nil

	next := func(reverse bool) func(ctx Ctx, v Value) (Value, error) {
		return func(ctx Ctx, v Value) (Value, error) {
			it := as[dequeIter](v)
			it.mu.Lock()
			defer it.mu.Unlock()
			d := it.d
			d.mu.Lock()
			defer d.mu.Unlock()
			if d.state != it.state {
				// Exhausted iterators stay exhausted, as in CPython.
				if it.i >= d.n {
					return Value{}, nil
				}
				return Value{}, errDequeMutated()
			}
			if it.i >= d.n {
				return Value{}, nil
			}
			i := it.i
			if reverse {
				i = d.n - 1 - it.i
			}
			it.i++
			return *d.at(i), nil
		}
	}
	for _, t := range []*Type{dequeIterType, dequeRevIterType} {
		t.Iter = func(ctx Ctx, v Value) (Value, error) { return v, nil }
		t.Hash = ObjectType.Hash
	}
	dequeIterType.Next = next(false)
	dequeRevIterType.Next = next(true)
}
