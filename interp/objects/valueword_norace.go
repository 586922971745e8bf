//go:build !race

package objects

// loadValue and storeValue access a Value that another goroutine may be
// storing at the same time without a lock (a list element read through
// List.view). Each of the Value's two words is a machine word, and Go's
// memory model guarantees that a racy read of a word-sized location
// observes some write to it, never a mixture: the pointer word is always
// a valid pointer (or nil, which callers check), and a pair of words from
// two different stores is a wrong value, never an unsafe one (see Value).
// Plain moves are therefore enough, and they are what amd64 and arm64
// compile an aligned word access to anyway.

func loadValue(p *Value) Value { return *p }

func storeValue(p *Value, v Value) { *p = v }

// loadIndex and storeIndex access a dict index slot that lock-free readers
// probe (see Dict); an int32 is read and written whole.

func loadIndex(p *int32) int32 { return *p }

func storeIndex(p *int32, v int32) { *p = v }
