package objects

import (
	"unsafe"
)

// The class side of an attribute cache. Reading self.x on an instance of
// a Python class starts with a lookup of x in the class's MRO: a data
// descriptor there (a property, a slot) takes precedence over the
// instance dict, and a class attribute is the fallback when the dict
// lacks the name. For the attributes a program reads most — fields set in
// __init__ — that lookup finds nothing, and it costs a type-cache probe
// (hash the slots, compare the name) plus the descriptor checks on every
// access. AttrCache therefore also remembers, per class, what the lookup
// found and how the value behaves, so that a hit goes straight to the
// instance dict, as CPython's specialised LOAD_ATTR_INSTANCE_VALUE does
// after checking the type's version tag.
//
// Validity follows the type attribute cache (typecache.go): a record
// holds the class, its MRO slice and the sum of its MRO dictionaries'
// contents counters read before the lookup that filled it, and is used
// only while all three match. A change to the class or to any base class
// (a new property, a deleted method, a __getattr__) moves the sum, so a
// stale record is never used, and writers never have to find caches to
// invalidate.
//
// The kind is decided only from facts that the tag covers or that cannot
// change: attrClassAbsent means the MRO has no such name; attrClassPlain
// means the class attribute's own type is a built-in type (whose
// attributes are fixed) with no descriptor behaviour — an int, a str, a
// tuple, None — so the instance dict is checked first and the class value
// is the fallback. Anything else (functions, properties, instances of
// Python classes, whose __get__ may be added later) is attrClassOther and
// goes through the full descriptor protocol with the cached value.
//
// Free-threading: records are immutable and published through atomic
// pointers; a reader sees an old record or a new one whole. A site may
// see several classes (a base-class method reading self.x on instances
// of its subclasses), so there are attrClassWays records, filled as in
// MethodCache.

// attrClassWays is the number of classes one AttrCache remembers (a
// power of two).
const attrClassWays = 4

// AttrClassKind says what a class-level attribute lookup found.
type AttrClassKind uint8

const (
	// AttrClassAbsent: no class in the MRO defines the name.
	AttrClassAbsent AttrClassKind = iota + 1
	// AttrClassPlain: a class attribute without descriptor behaviour
	// whose type is built in (it cannot gain a __get__ later).
	AttrClassPlain
	// AttrClassOther: any other class attribute (a function, a
	// property, a descriptor, an instance of a Python class).
	AttrClassOther
)

type attrClassRecord struct {
	tp   *Type
	mro  **Type
	tag  uint64
	val  Value
	kind AttrClassKind
}

// ClassLookup returns what tp.Lookup of the cache's name found, and its
// kind, when the cache holds a current record for tp; kind is 0
// otherwise.
func (c *AttrCache) ClassLookup(tp *Type) (Value, AttrClassKind) {
	for i := range c.class {
		r := c.class[i].Load()
		if r == nil {
			break // records are filled in order
		}
		if r.tp == tp {
			if r.mro == unsafe.SliceData(tp.MRO) && r.tag == tp.mroTag() {
				return r.val, r.kind
			}
			break
		}
	}
	return Value{}, 0
}

// LookupClass is tp.Lookup(name) through the cache: a current record
// answers, else the lookup is done and recorded. name must be the name
// the cache belongs to.
func (c *AttrCache) LookupClass(tp *Type, name *Str) (Value, AttrClassKind) {
	if v, kind := c.ClassLookup(tp); kind != 0 {
		return v, kind
	}
	tag := tp.mroTag() // before the lookup: see typecache.go
	v, found := tp.Lookup(name)
	kind := AttrClassAbsent
	if found {
		kind = AttrClassOther
		if vt := v.Type(); vt.Builtin && vt.DescrGet == nil && vt.DescrSet == nil {
			kind = AttrClassPlain
		}
	}
	if len(tp.MRO) > 0 { // else a class still being made
		c.storeClass(&attrClassRecord{tp: tp, mro: unsafe.SliceData(tp.MRO), tag: tag, val: v, kind: kind})
	}
	return v, kind
}

// storeClass publishes rec in the record already holding its class, else
// in an empty one, else in the one the class's address selects.
func (c *AttrCache) storeClass(rec *attrClassRecord) {
	for i := range c.class {
		r := c.class[i].Load()
		if r == nil || r.tp == rec.tp {
			// A racing filler may take the same empty record; one of the
			// two classes then misses again later, which is harmless.
			c.class[i].Store(rec)
			return
		}
	}
	h := uint64(uintptr(unsafe.Pointer(rec.tp))) * 0x9E3779B97F4A7C15
	c.class[(h>>32)%attrClassWays].Store(rec)
}
