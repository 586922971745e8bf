package vm

import "sync/atomic"

// atomicFlag is a flag set by one goroutine and consumed by another.
type atomicFlag struct{ v atomic.Bool }

func (f *atomicFlag) set()        { f.v.Store(true) }
func (f *atomicFlag) isSet() bool { return f.v.Load() }
func (f *atomicFlag) clear()      { f.v.Store(false) }
