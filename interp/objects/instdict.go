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

// maxInstanceDictHint bounds the hint at what the larger embedded table
// (instanceWithTable16) holds, so that a class whose instances mostly
// have few attributes but one of which grew many does not make every
// later instance allocate a large table: the worst waste is one 16-slot
// table per instance. Instances with more attributes grow their dicts
// as any dict grows.
const maxInstanceDictHint = 16 * 2 / 3

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

// instanceWithTable8 and instanceWithTable16 also carry the dict's first
// table (the index array, the entry array and their published view),
// sized as Dict.resize sizes a table for up to 5 and up to 10 keys: an
// instance of a class with a handful of attributes is then one
// allocation instead of five. A dict that outgrows the table moves to
// arrays of its own; the embedded ones stay allocated with the instance,
// a bounded waste that the size hint makes rare.
type instanceWithTable8 struct {
	in  Instance
	d   Dict
	tab dictTable
	idx [8]int32
	ent [8*2/3 + 1]dictEntry
}

type instanceWithTable16 struct {
	in  Instance
	d   Dict
	tab dictTable
	idx [16]int32
	ent [16*2/3 + 1]dictEntry
}

// newInstanceWithDict allocates an instance of t (a class with a dict
// and no slots) and its empty dict, presized for t's hint.
func newInstanceWithDict(t *Type) *Instance {
	var in *Instance
	switch n := int(t.instDictLen.Load()); {
	case n == 0:
		a := &instanceWithDict{}
		a.in.Dict, in = &a.d, &a.in
	case n*3 <= 8*2:
		a := &instanceWithTable8{}
		a.d.useTable(&a.tab, a.idx[:], a.ent[:])
		a.in.Dict, in = &a.d, &a.in
	default: // n <= maxInstanceDictHint
		a := &instanceWithTable16{}
		a.d.useTable(&a.tab, a.idx[:], a.ent[:])
		a.in.Dict, in = &a.d, &a.in
	}
	in.typ = t
	in.Dict.typ = DictType
	return in
}

// useTable makes the empty arrays idx and ent (and the view tab) the
// table of d, an empty dict no other thread can reach yet.
func (d *Dict) useTable(tab *dictTable, idx []int32, ent []dictEntry) {
	for i := range idx {
		idx[i] = ixEmpty
	}
	d.indices, d.entries = idx, ent[:0]
	*tab = dictTable{idx, ent}
	d.tab.Store(tab)
}
