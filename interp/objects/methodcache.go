package objects

import (
	"sync/atomic"
	"unsafe"
)

// MethodCache remembers what LOAD_METHOD found for one name on one class:
// the function or method descriptor to call with the receiver, found on
// the class through object's generic attribute lookup. The eval loop keeps
// one per name of a code object (Code.MethodCaches), so a call site that
// keeps seeing receivers of one class skips the MRO walk and the
// __getattribute__ check.
//
// Validity follows the type attribute cache (typecache.go): a record holds
// the class, its MRO slice and the sum of its MRO dictionaries' versions
// read before the lookup that filled it, and is used only while all three
// match, so any change to the class or a base class (a new method, a
// __getattribute__) retires it. The instance dict is not covered: the
// caller still checks that the instance does not shadow the name.
//
// A call site can be polymorphic: a scheduler calling task.run() on
// instances of four subclasses, each with its own run. So the cache has
// methodCacheWays records and a lookup checks each; a class is stored in
// the record already holding it, else in an empty one, else in the one
// its address selects. Sites that see up to methodCacheWays classes keep
// hitting; more classes only cost lookups and re-stores.
//
// Free-threading: records are immutable and published atomically.
type MethodCache struct {
	recs [methodCacheWays]atomic.Pointer[methodRecord]
}

// methodCacheWays is the number of classes one MethodCache holds (a
// power of two).
const methodCacheWays = 4

type methodRecord struct {
	tp   *Type
	mro  **Type
	tag  uint64
	meth Value
}

// MROTag returns the version tag that MethodCache.Store needs, to be read
// before the lookup whose result is stored.
func (t *Type) MROTag() uint64 { return t.mroTag() }

// Load returns the cached method for receivers of class tp.
func (c *MethodCache) Load(tp *Type) (Value, bool) {
	for i := range c.recs {
		r := c.recs[i].Load()
		if r == nil {
			break // records are filled in order
		}
		if r.tp == tp {
			if r.mro == unsafe.SliceData(tp.MRO) && r.tag == tp.mroTag() {
				return r.meth, true
			}
			break
		}
	}
	return Value{}, false
}

// Store records meth as the method for class tp, looked up after tag was
// read with tp.MROTag.
func (c *MethodCache) Store(tp *Type, tag uint64, meth Value) {
	if len(tp.MRO) == 0 {
		return // a class still being made
	}
	rec := &methodRecord{tp: tp, mro: unsafe.SliceData(tp.MRO), tag: tag, meth: meth}
	for i := range c.recs {
		r := c.recs[i].Load()
		if r == nil || r.tp == tp {
			// A racing filler may take the same empty record; one of the
			// two classes then misses again later, which is harmless.
			c.recs[i].Store(rec)
			return
		}
	}
	// Full: evict the record the class's address selects (a Fibonacci
	// hash, whose top bits mix all of the address's bits).
	h := uint64(uintptr(unsafe.Pointer(tp))) * 0x9E3779B97F4A7C15
	c.recs[h>>(64-2)].Store(rec)
}
