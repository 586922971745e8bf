//go:build (amd64 || arm64) && !race

package sched

// storeRelease64 stores v at *addr with release ordering: every memory
// access before it in program order is visible to a thread that sees v.
//
// sync/atomic has no such store: its Store is sequentially consistent,
// which on amd64 is an XCHG, a locked read-modify-write that drains the
// store buffer and costs as much as a CAS. Beginning a step (publishing
// the step word, p.word) happens at every switch and needs only that the
// word is written whole and eventually seen, so it uses this store: a
// plain MOV on amd64 (whose stores are release stores already) and STLR
// on arm64. Go's runtime publishes its run queue's tail the same way
// (atomic.StoreRel). Under the race detector the sequentially consistent
// store is used instead (storerel_race.go), because the detector does not
// see assembly.
//
//go:noescape
func storeRelease64(addr *uint64, v uint64)
