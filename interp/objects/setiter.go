package objects

import "sync"

// setIter iterates a set over the order snapshot taken when iteration
// began (O(1) per element), and, like CPython's set_iterator, fails with
// RuntimeError once the set's size differs from the size it had then: a
// set that grows or shrinks during iteration would otherwise be walked
// over a stale snapshot silently.
type setIter struct {
	Header
	mu   sync.Mutex
	set  *Set
	keys []Value
	i    int
	size int // len(set) when iteration began; -1 after a size error
}

var setIterType *Type

func newSetIter(s *Set) Value {
	keys := s.Ordered()
	it := &setIter{set: s, keys: keys, size: len(keys)}
	it.typ = setIterType
	return obj(it)
}

func setIterNext(ctx Ctx, v Value) (Value, error) {
	it := as[setIter](v)
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.set == nil {
		return Value{}, nil
	}
	if it.size != it.set.D.Len() {
		it.size = -1
		return Value{}, Errorf(RuntimeErrorType, "Set changed size during iteration")
	}
	if it.i < len(it.keys) {
		x := it.keys[it.i]
		it.i++
		return x, nil
	}
	it.set, it.keys = nil, nil
	return Value{}, nil
}

// initIterHints makes the set iterator and gives the built-in sequence
// iterators __length_hint__, which list(), operator.length_hint and
// bytearray/list extend use to presize.
func initIterHints() {
	setIterType = newBuiltinType("set_iterator", nil)
	setIterType.Iter = func(ctx Ctx, v Value) (Value, error) { return v, nil }
	setIterType.Next = setIterNext
	for _, t := range []*Type{SetType, FrozenSetType} {
		t.Iter = func(ctx Ctx, v Value) (Value, error) { return newSetIter(as[Set](v)), nil }
	}
	setIterType.SetMethod("__length_hint__", func(ctx Ctx, args []Value, kw []string) (Value, error) {
		it := as[setIter](args[0])
		it.mu.Lock()
		defer it.mu.Unlock()
		if it.set == nil || it.size != it.set.D.Len() {
			return Int(0), nil
		}
		return Int(int64(len(it.keys) - it.i)), nil
	})
	for _, t := range []*Type{listIterType, tupleIterType} {
		t.SetMethod("__length_hint__", func(ctx Ctx, args []Value, kw []string) (Value, error) {
			it := as[seqIter](args[0])
			seq, i := it.seq, it.peek()
			n := 0
			switch {
			case i < 0:
			case seq.Type().Layout == ListType:
				n = as[List](seq).Len() - i
			default:
				n = len(as[Tuple](seq).Items) - i
			}
			if n < 0 {
				n = 0
			}
			return Int(int64(n)), nil
		})
	}
}
