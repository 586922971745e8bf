package sched

import (
	"sync"
	"sync/atomic"
)

// runqSize is the capacity of a P's local run queue, as in Go's runtime.
const runqSize = 256

// runq is a P's bounded lock-free run queue (Go's p.runq). Only the owner of
// the P pushes (at tail); the owner and thieves pop (at head).
//
// Unlike Go's, head and tail share one 64-bit word (ht: head in the low 32
// bits, tail in the high 32), and every change to either is a CAS on the
// whole word. A push then costs a CAS where Go's costs a release store, which
// sync/atomic does not offer (its Store is a full barrier, as costly as a
// CAS on amd64); in exchange the owner can pop the head and push at the tail
// in a single CAS (swap), which makes a yield one read-modify-write cheaper.
//
// Invariants:
//   - only the owner moves tail; head only advances. Any change to ht whose
//     snapshot is stale fails, so a thief can never take slots the owner
//     has meanwhile recycled, and the owner never publishes over a head a
//     thief moved.
//   - slots in [head, tail) hold runnable tasks; the owner writes a slot
//     only outside that range (at tail, before publishing it). A thief may
//     read a slot the owner is overwriting only if its snapshot is stale,
//     so its CAS then fails and the value is discarded. Slots are atomic so
//     that this benign race is also legal Go.
//   - a consumed slot keeps its pointer until the owner overwrites it or
//     clears it in clearConsumed, when the P goes idle. Clearing on every
//     get would put an extra atomic store on every switch; clearing when the
//     queue is empty costs the same stores off the hot path, and covers the
//     slots thieves consumed, which a thief cannot clear itself (by the time
//     it could, the owner may have refilled the slot, even with the same
//     task: ABA). A busy P's stale slots are overwritten as its queue
//     cycles; an idle P keeps none, so finished tasks are not kept alive.
type runq struct {
	ht    atomic.Uint64
	slots [runqSize]atomic.Pointer[Task]
	// cleared (owner only): slots before this position are known nil.
	cleared uint32
}

// unpackHT splits the ht word into head and tail.
func unpackHT(v uint64) (head, tail uint32) { return uint32(v), uint32(v >> 32) }

// packHT builds an ht word.
func packHT(head, tail uint32) uint64 { return uint64(tail)<<32 | uint64(head) }

// clearConsumed drops the references held by consumed slots. Owner only,
// and only while the queue is empty: then no slot holds a queued task, only
// the owner writes slots, and a thief reading one with a stale head fails
// its CAS and discards what it read.
func (q *runq) clearConsumed() {
	h, tl := unpackHT(q.ht.Load())
	if tl != h {
		return
	}
	from := q.cleared
	if h-from > runqSize {
		from = h - runqSize
	}
	for i := from; i != h; i++ {
		q.slots[i%runqSize].Store(nil)
	}
	q.cleared = h
}

func (q *runq) len() int {
	h, tl := unpackHT(q.ht.Load())
	return int(tl - h)
}

func (q *runq) empty() bool {
	h, tl := unpackHT(q.ht.Load())
	return h == tl
}

// put appends t (owner only). When the queue is full it moves half of it and
// t to the global queue in one batch, as runqputslow does, so that a burst of
// wake-ups neither blocks nor starves other Ps.
func (p *p) runqput(t *Task) {
	q := &p.q
	for {
		v := q.ht.Load()
		h, tl := unpackHT(v)
		if tl-h < runqSize {
			q.slots[tl%runqSize].Store(t)
			if q.ht.CompareAndSwap(v, packHT(h, tl+1)) {
				return
			}
			continue // a thief moved head: the slot is still ours to write
		}
		if p.runqputSlow(t, v) {
			return
		}
	}
}

// runqputList appends a linked list of n tasks (owner only), publishing
// them with one CAS when they fit, one by one (and overflowing) otherwise.
func (p *p) runqputList(list *Task, n int) {
	q := &p.q
	v := q.ht.Load()
	h, tl := unpackHT(v)
	if int(runqSize-(tl-h)) < n {
		for list != nil {
			next := list.link
			list.link = nil
			p.runqput(list)
			list = next
		}
		return
	}
	for i := uint32(0); list != nil; i++ {
		next := list.link
		list.link = nil
		q.slots[(tl+i)%runqSize].Store(list)
		list = next
	}
	// Thieves can only move head, which makes more room: retry with it.
	for !q.ht.CompareAndSwap(v, packHT(h, tl+uint32(n))) {
		v = q.ht.Load()
		h, _ = unpackHT(v)
	}
}

func (p *p) runqputSlow(t *Task, v uint64) bool {
	q := &p.q
	h, tl := unpackHT(v)
	n := (tl - h) / 2
	batch := p.scratch[:0]
	for i := uint32(0); i < n; i++ {
		batch = append(batch, q.slots[(h+i)%runqSize].Load())
	}
	if !q.ht.CompareAndSwap(v, packHT(h+n, tl)) {
		return false // a thief took some: the queue has room now
	}
	batch = append(batch, t)
	for i := 0; i < len(batch)-1; i++ {
		batch[i].link = batch[i+1]
	}
	batch[len(batch)-1].link = nil
	p.s.gq.putBatch(batch[0], batch[len(batch)-1], len(batch))
	clear(batch)
	return true
}

// get pops the head (owner or thief).
func (q *runq) get() *Task {
	for {
		v := q.ht.Load()
		h, tl := unpackHT(v)
		if tl == h {
			return nil
		}
		t := q.slots[h%runqSize].Load()
		if q.ht.CompareAndSwap(v, packHT(h+1, tl)) {
			return t
		}
	}
}

// swap queues t at the tail and pops the head in one CAS (owner only): a
// yield's requeue and pick together. It returns nil, with t queued, when the
// queue was empty (thieves took everything); then t is the next task in
// FIFO order anyway, and the caller lets findRunnable choose. With a full
// queue the tail slot is the head slot, which a thief may be reading: swap
// then pops first and pushes after.
func (p *p) runqswap(t *Task) *Task {
	q := &p.q
	for {
		v := q.ht.Load()
		h, tl := unpackHT(v)
		if tl == h {
			p.runqput(t)
			return nil
		}
		if tl-h == runqSize {
			next := q.get()
			p.runqput(t)
			return next
		}
		next := q.slots[h%runqSize].Load()
		q.slots[tl%runqSize].Store(t)
		if q.ht.CompareAndSwap(v, packHT(h+1, tl+1)) {
			return next
		}
	}
}

// steal moves half of victim's queue to p's (p's queue is empty: thieves
// steal only when they have nothing) and returns one task to run.
func (p *p) steal(victim *p) *Task {
	dst := &p.q
	src := &victim.q
	dv := dst.ht.Load()
	dh, dt := unpackHT(dv)
	for {
		v := src.ht.Load()
		h, tl := unpackHT(v)
		n := tl - h
		n -= n / 2
		if n == 0 {
			return nil
		}
		for i := uint32(0); i < n; i++ {
			dst.slots[(dt+i)%runqSize].Store(src.slots[(h+i)%runqSize].Load())
		}
		if !src.ht.CompareAndSwap(v, packHT(h+n, tl)) {
			// Take back the copies: slots past the tail must hold nothing
			// (clearConsumed only sees consumed ones).
			for i := uint32(0); i < n; i++ {
				dst.slots[(dt+i)%runqSize].Store(nil)
			}
			continue
		}
		n--
		// The task to run now was copied to the slot just past the new
		// tail: take it out, so that no slot outside [head, tail) is left
		// holding a task that clearConsumed would not see.
		t := dst.slots[(dt+n)%runqSize].Swap(nil)
		if n > 0 {
			// dst was empty, so no thief can move its head: the snapshot
			// is current and a store publishes the stolen tasks.
			dst.ht.Store(packHT(dh, dt+n))
		}
		p.s.steals.Add(uint64(n + 1))
		return t
	}
}

// inbox is a P's multi-producer queue for wake-ups from goroutines that hold
// no P (completion callbacks, external goroutines): a Treiber stack that a
// consumer empties with one Swap. Any carrier may drain any inbox (thieves do),
// since Swap hands the whole list to exactly one of them.
type inbox struct{ top atomic.Pointer[Task] }

func (in *inbox) push(t *Task) {
	for {
		old := in.top.Load()
		t.link = old
		if in.top.CompareAndSwap(old, t) {
			return
		}
	}
}

func (in *inbox) empty() bool { return in.top.Load() == nil }

// drainTo moves the inbox to p's run queue in arrival order.
func (in *inbox) drainTo(p *p) (n int) {
	list := in.top.Swap(nil)
	var rev *Task
	for list != nil {
		next := list.link
		list.link = rev
		rev = list
		list = next
	}
	for rev != nil {
		next := rev.link
		rev.link = nil
		p.runqput(rev)
		rev = next
		n++
	}
	return n
}

// globalQueue is the scheduler-wide FIFO (Go's sched.runq): spawns from
// outside, overflow of local queues, tasks whose carrier lost its P.
//
// It has two parts. Single tasks (put: external spawns, lost steps) are
// pushed onto ext, a lock-free Treiber stack, with one CAS and no lock, so
// that a goroutine spawning many tasks never contends with the carriers
// taking them. Consumers hold mu and move the whole stack, reversed into
// arrival order, to the tail of the list (head..tail, linked through
// Task.link) before taking their share from its head. n mirrors the
// list's length; the queue is empty when n is 0 and ext is nil, which is
// what the lock-free emptiness checks on the hot path read.
//
// A producer pushes, then reads the idle and spinning counts (wakep); an
// idle carrier publishes its idleness, then reads ext and n (invariant 4):
// under sequentially consistent atomics one of them sees the other.
type globalQueue struct {
	ext        atomic.Pointer[Task]
	_          [cacheLine - 8]byte // producers' CAS line, apart from the consumers'
	mu         sync.Mutex
	head, tail *Task
	n          atomic.Int64
}

// empty reports whether the queue holds no task (lock-free).
func (g *globalQueue) empty() bool {
	return g.ext.Load() == nil && g.n.Load() == 0
}

// put queues one task from any goroutine, without a lock. It reports
// whether the stack already held a task that no carrier had claimed yet.
func (g *globalQueue) put(t *Task) (backlog bool) {
	for {
		old := g.ext.Load()
		t.link = old
		if g.ext.CompareAndSwap(old, t) {
			return old != nil
		}
	}
}

// putBatch appends a linked list of n tasks in one lock acquisition.
func (g *globalQueue) putBatch(head, tail *Task, n int) {
	g.mu.Lock()
	g.appendLocked(head, tail, n)
	g.mu.Unlock()
}

func (g *globalQueue) appendLocked(head, tail *Task, n int) {
	if g.tail != nil {
		g.tail.link = head
	} else {
		g.head = head
	}
	g.tail = tail
	g.n.Add(int64(n))
}

// flushLocked moves the tasks pushed on ext to the list's tail, in the
// order they were pushed. Called with mu held.
func (g *globalQueue) flushLocked() {
	if g.ext.Load() == nil {
		return
	}
	list := g.ext.Swap(nil)
	var rev *Task
	last := list
	n := 0
	for list != nil {
		next := list.link
		list.link = rev
		rev = list
		list = next
		n++
	}
	g.appendLocked(rev, last, n)
}

// size is the number of queued tasks (Metrics); it moves ext to the list
// first, which any goroutine may do.
func (g *globalQueue) size() int {
	g.mu.Lock()
	g.flushLocked()
	n := int(g.n.Load())
	g.mu.Unlock()
	return n
}

// get takes a fair share of the global queue for p: one task to run now,
// the rest onto p's local queue, as globrunqget does.
func (g *globalQueue) get(p *p, procs int) *Task {
	if g.empty() {
		return nil
	}
	g.mu.Lock()
	g.flushLocked()
	n := int(g.n.Load())
	if n == 0 {
		g.mu.Unlock()
		return nil
	}
	n = min(n, n/procs+1, runqSize/2)
	first := g.head
	last := first
	for i := 1; i < n; i++ {
		last = last.link
	}
	g.head = last.link
	if g.head == nil {
		g.tail = nil
	}
	last.link = nil
	g.n.Add(int64(-n))
	g.mu.Unlock()

	rest := first.link
	first.link = nil
	if rest != nil {
		p.runqputList(rest, n-1)
	}
	return first
}
