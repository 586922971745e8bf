package sched

import "sync"

// registryShards spreads the registry's locks: a task is registered at spawn
// and removed when done, possibly on different carriers, so one lock would
// be contended by every P.
const registryShards = 64

// registry is the set of live tasks that have parked at least once (Go's
// allgs, minus tasks that never waited), for Dump and deadlock reports:
// sharded intrusive lists, O(1) to add and remove.
type registry struct {
	shards [registryShards]struct {
		mu   sync.Mutex
		head *Task
		_    [48]byte // keep shards on separate cache lines
	}
}

func (r *registry) add(t *Task) {
	sh := &r.shards[t.id.Load()%registryShards]
	sh.mu.Lock()
	t.regNext = sh.head
	if sh.head != nil {
		sh.head.regPrev = t
	}
	sh.head = t
	sh.mu.Unlock()
}

func (r *registry) remove(t *Task) {
	sh := &r.shards[t.id.Load()%registryShards]
	sh.mu.Lock()
	if t.regPrev != nil {
		t.regPrev.regNext = t.regNext
	} else {
		sh.head = t.regNext
	}
	if t.regNext != nil {
		t.regNext.regPrev = t.regPrev
	}
	t.regPrev, t.regNext = nil, nil
	sh.mu.Unlock()
}

// each calls f for every live task until f returns false. f runs with a
// shard lock held: it must not spawn or finish tasks.
func (r *registry) each(f func(*Task) bool) {
	for i := range r.shards {
		sh := &r.shards[i]
		sh.mu.Lock()
		for t := sh.head; t != nil; t = t.regNext {
			if !f(t) {
				sh.mu.Unlock()
				return
			}
		}
		sh.mu.Unlock()
	}
}
