//go:build race || !(amd64 || arm64)

package sched

import "sync/atomic"

// storeRelease64 stores v at *addr (see storerel.go). Under the race
// detector, and on a target without the assembly version, it is
// sync/atomic's sequentially consistent store: stronger than needed, and
// visible to the detector.
func storeRelease64(addr *uint64, v uint64) { atomic.StoreUint64(addr, v) }
