package objects

// Instance dicts sized in advance. An __init__ that sets nine attributes
// used to grow its instance's dict twice (an 8-slot table holds five
// keys): six allocations and a rehash per object before the object did
// anything, a tenth of an object-heavy profile. A class instead
// remembers the largest dict its instances reached through attribute
// stores (NoteInstanceDictLen, called by the eval loop's STORE_ATTR),
// and new instances start with a table of that size — the role that
// CPython's shared-keys dicts and their "expected size" play. The hint
// only ever sizes an allocation: a wrong or racing value costs memory or
// a resize, never correctness.

// maxInstanceDictHint bounds the hint, so that a class used as an
// attribute bag by one huge instance does not make every later instance
// allocate a large table.
const maxInstanceDictHint = 32

// NoteInstanceDictLen records that an instance of t has n attributes in
// its dict.
func (t *Type) NoteInstanceDictLen(n int) {
	if n <= maxInstanceDictHint && int32(n) > t.instDictLen.Load() {
		t.instDictLen.Store(int32(n))
	}
}

// newInstanceDict makes an empty dict for a new instance of t, with room
// for the number of attributes t's instances were seen to have.
func newInstanceDict(t *Type) *Dict {
	d := NewDict()
	d.presize(t)
	return d
}

// presize gives an empty d a table for t's instance-dict length hint.
func (d *Dict) presize(t *Type) {
	if n := int(t.instDictLen.Load()); n > 0 {
		d.mu.Lock()
		d.resize(n)
		d.mu.Unlock()
	}
}

// instanceWithDict is an instance of a class without __slots__ and its
// dict made by one allocation instead of two. The Instance is the first
// field, so a pointer to it is a pointer to the start of the allocation.
type instanceWithDict struct {
	in Instance
	d  Dict
}

// newInstanceWithDict allocates an instance of t (a class with a dict
// and no slots) and its empty, presized dict.
func newInstanceWithDict(t *Type) *Instance {
	a := &instanceWithDict{}
	a.in.typ = t
	a.d.typ = DictType
	a.d.presize(t)
	a.in.Dict = &a.d
	return &a.in
}
