package sched

import (
	"math/rand/v2"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/weftrun/weft"
)

// Bits of p.word, the step word. It is the one atomic through which a
// carrier, Blocking/ParkPinned and the monitor agree on who owns a P while a
// step runs (doc.go, invariant 1):
//
//	bit 0       inStep: a step is running on the P's carrier
//	bit 1       noRetake: the step holds the P's poller; do not retake
//	bits 2..31  step counter (wraps): changes at every step
//	bits 32..63 slice counter (wraps): changes at every step that does not
//	            inherit its predecessor's time slice
//
// The carrier stores the word before a step and CASes it back to "not in a
// step" after; the monitor retakes a stuck P by CASing the very word it saw
// twice, so the two can never both succeed, and a step that started after the
// monitor looked is never retaken by mistake.
const (
	inStep    uint64 = 1
	noRetake  uint64 = 2
	tickShift        = 2
	tickMask  uint64 = (1<<30 - 1) << tickShift
	sliceShft        = 32
)

// p is a carrier slot (Go's p).
type p struct {
	id     int
	s      *Scheduler
	q      runq
	in     inbox
	timers timers
	poller Poller

	// word is the step word (bits above). It is read and CASed only with
	// sync/atomic's functions, and stored only by storeRelease64: a step
	// begins with a store to a word that nobody else may change (the
	// monitor CASes in-step words only, and the word is out of a step
	// then), so the store needs no read-modify-write. A plain uint64 rather
	// than atomic.Uint64 so that its address can be passed to that store;
	// every target of this package is 64-bit, so it is 8-byte aligned.
	word    uint64
	preempt atomic.Bool // the current time slice is over (set by the monitor)
	idle    atomic.Bool // on the idle list; its carrier is in poller.Wait
	reaping atomic.Bool // its carrier is in a non-blocking poller.Wait (poll)

	// Owner-only fields (the M holding the P; ownership transfers through
	// channels and CAS, which order these accesses).
	steps     uint64 // steps run; published to stepsPub
	schedtick uint32 // slices started; the global queue is checked every 61
	pollDirty bool   // a task queued I/O since the last Wait(0)
	spins     spinHistory
	scratch   [runqSize/2 + 1]*Task

	stepsPub atomic.Uint64
}

// m is a carrier goroutine (Go's m).
type m struct {
	s        *Scheduler
	p        *p
	wake     chan *p // a P to run, or nil: exit
	spinning bool
	word     uint64 // the p.word stored for the running step

	// Tasks made runnable by the running step (Wake, (*Task).Spawn). They
	// stay M-local until the step returns and the carrier has proved that it
	// still owns its P (doc.go, invariant 5). next runs next, inheriting the
	// time slice: Go's runnext, kept in the M because it is run at once.
	next      *Task
	batch     []*Task
	pollDirty bool
	readyFn   func(*Task, uint32) // mp.readyLocal, bound once: timers call it

	// free holds finished tasks for this carrier's spawns (taskpool.go).
	// M-local like batch, so a step may take from it.
	free []*Task
}

// startm gives p to an idle carrier, or to a new one (Go's startm).
// spinning transfers a spinning credit (nmspinning already counts it).
func (s *Scheduler) startm(pp *p, spinning bool) {
	s.mMu.Lock()
	if n := len(s.idleMs); n > 0 {
		mp := s.idleMs[n-1]
		s.idleMs[n-1] = nil
		s.idleMs = s.idleMs[:n-1]
		s.mMu.Unlock()
		mp.spinning = spinning
		mp.wake <- pp
		return
	}
	s.mMu.Unlock()
	mp := &m{s: s, wake: make(chan *p, 1), spinning: spinning}
	mp.readyFn = mp.readyLocal
	s.nms.Add(1)
	s.wg.Add(1)
	go s.mstart(mp, pp)
}

// maxIdleMs bounds the pool of carriers without a P; beyond it a carrier
// that loses its P exits (a burst of Blocking calls must not leave a crowd of
// goroutines behind).
func (s *Scheduler) maxIdleMs() int { return s.procs + 4 }

// mstart is a carrier's goroutine: run the scheduling loop while it holds a
// P, then wait in the idle pool for another.
func (s *Scheduler) mstart(mp *m, p *p) {
	defer s.wg.Done()
	defer s.nms.Add(-1)
	for p != nil {
		mp.p = p
		s.schedule(mp)
		if s.stopped.Load() {
			return
		}
		s.mMu.Lock()
		if len(s.idleMs) >= s.maxIdleMs() {
			s.mMu.Unlock()
			return
		}
		s.idleMs = append(s.idleMs, mp)
		s.mMu.Unlock()
		p = mp.waitP()
	}
}

// waitP blocks until a P is handed to this M, or returns nil at shutdown.
func (mp *m) waitP() *p {
	select {
	case p := <-mp.wake:
		return p
	case <-mp.s.stop:
		return nil
	}
}

// schedule is the scheduling loop: find a task, run its step, repeat, until
// the M loses its P or the scheduler stops.
func (s *Scheduler) schedule(mp *m) {
	for {
		t, inherit := s.findRunnable(mp)
		if t == nil {
			return
		}
		s.execute(mp, t, inherit)
		if mp.p == nil {
			return
		}
	}
}

// findRunnable returns the next task for mp's P (Go's findRunnable), or nil
// when the scheduler stops. Order: the inherited runnext; every 61 slices a
// share of the global queue (so it cannot starve behind busy local queues);
// the inbox; due timers; the local queue; the global queue; the poller
// without blocking; stealing from other Ps; spinning for a short while
// (spin); and finally blocking in the poller until the next timer.
func (s *Scheduler) findRunnable(mp *m) (*Task, bool) {
	p := mp.p
	var spinUntil int64 // the spin's deadline (-1: none), set once per search
	s.fireTimers(mp)
	if t := mp.next; t != nil {
		mp.next = nil
		if !p.preempt.Load() {
			return t, true
		}
		p.runqput(t) // slice over: the chain goes to the back
	}
	for {
		if s.stopped.Load() {
			return nil, false
		}
		if p.schedtick%61 == 0 && !s.gq.empty() {
			// Unlike Go, which takes one task here, take a fair share:
			// yields stay on the local queue (Go sends Gosched to the
			// global queue), so a P with one self-requeueing task would
			// otherwise admit one global task per 61 slices.
			if t := s.gq.get(p, s.procs); t != nil {
				return t, false
			}
		}
		if p.schedtick%61 == 0 && s.procs > 1 {
			s.shed(p)
		}
		if !p.in.empty() {
			p.in.drainTo(p)
		}
		if s.fireTimers(mp); mp.next != nil {
			t := mp.next
			mp.next = nil
			return t, false
		}
		if t := p.q.get(); t != nil {
			return t, false
		}
		if t := s.gq.get(p, s.procs); t != nil {
			return t, false
		}
		// Non-blocking poll only when another P has work this one might
		// steal instead: its own completions come first. When there is
		// nothing to steal, the P is about to go idle, and idleWait's
		// blocking Wait submits what the tasks queued and reaps in one
		// system call, where Wait(0) then Wait(timeout) would make two.
		if (p.pollDirty || p.poller.Pending() > 0) && s.workElsewhere(p) {
			p.pollDirty = false
			s.reap(p)
			if !p.in.empty() {
				p.in.drainTo(p)
			}
			if t := p.q.get(); t != nil {
				return t, false
			}
		}
		// Spin (steal) only if fewer than half the busy Ps are already
		// spinning: more thieves than that burn CPU without finding more.
		if mp.spinning || 2*int(s.nmspinning.Load()) < s.procs-int(s.npidle.Load()) {
			if !mp.spinning {
				mp.spinning = true
				s.nmspinning.Add(1)
			}
			if t := s.stealWork(p); t != nil {
				return t, false
			}
			if spinUntil == 0 {
				spinUntil = s.spinDeadline(p)
			}
			if spinUntil > 0 && p.spinOutcome(s.spin(mp, spinUntil)) {
				continue
			}
		} else if spinUntil == 0 && (p.pollDirty || p.poller.Pending() > 0) {
			// Not a thief (enough carriers spin already), but this P has
			// I/O in flight: watch its own poller for the budget, so a
			// completion that comes within it does not wait for the
			// wake-up of a carrier blocked in the kernel.
			spinUntil = s.spinDeadline(p)
			if spinUntil > 0 && p.spinOutcome(s.spin(mp, spinUntil)) {
				continue
			}
		}
		s.idleWait(mp)
	}
}

// spinBudget bounds how long a spinning carrier keeps looking for work
// before its P blocks in the poller (ns). Waking a blocked carrier costs
// a goroutine wake-up, often of an OS thread asleep in futex (tens of µs
// on a busy machine), plus, with io_uring, an enter to block and the
// eventfd write that ends it; work that arrives within the budget costs
// none of that. The budget is short because a spinner burns a core, and
// it is spent at most once per search for work.
const spinBudget = 20_000

// spin is the last stage of a spinning carrier's search (Go's spinning M,
// which keeps stealing before it stops): until the deadline, it watches
// every queue and its P's timers and reports whether something appeared.
// While it spins, mp stays counted in nmspinning, so producers skip wakep:
// the spinner will find their task. At most one carrier spins this way
// while all Ps are idle (the cap in findRunnable), so an idle scheduler
// spends at most one core's budget per wake-up. A P with I/O submissions
// waiting does not spin: its blocking Wait submits them.
//
// Between looks it executes the CPU's spin-wait hint (weft.SpinWait), and
// every spinYieldEvery it yields its thread (runtime.Gosched), so that a
// goroutine it readied (a producer woken by Wait, say) is not held up for
// the whole budget; it yields only that often because every Gosched may
// wake an idle OS thread of the Go runtime (goschedImpl calls wakep). With
// operations in flight it also polls then without blocking, so a
// completion that arrives during the spin is reaped by it (an io_uring
// poller only peeks at its completion queue, without a system call).
// Owner only.
func (s *Scheduler) spin(mp *m, until int64) bool {
	p := mp.p
	lastYield := s.now()
	for {
		if s.workVisible(p) {
			return true
		}
		w := p.timers.first.Load()
		now := s.now()
		if w != 0 && w <= now {
			return true
		}
		if now >= until {
			return false
		}
		if now-lastYield < spinYieldEvery {
			for range 32 {
				weft.SpinWait()
			}
			continue
		}
		lastYield = now
		if p.poller.Pending() > 0 {
			s.reap(p)
			continue
		}
		runtime.Gosched()
	}
}

// Adaptive spinning. A spin pays when work or a completion arrives within
// the budget, and only costs when it does not: on a machine with more
// runnable threads than cores, the peer whose answer a carrier spins for
// (another P's carrier, a platform thread, a process at the other end of a
// socket) may be waiting for the very core the spinner holds, and then
// every spin runs to its deadline, delays the answer and burns the budget
// at every wait. So, like HotSpot's adaptive spinning for monitors, each P
// remembers how its recent spins ended: after k spins in a row that found
// nothing it skips the next 2^k-1 chances to spin (k capped at
// maxSpinBackoff, so a P whose spins stopped paying tries again at least
// every 2^maxSpinBackoff idle periods), and one spin that finds work
// restores spinning at every wait. On an idle or lightly loaded machine
// with fast peers the spins succeed and nothing is skipped; on an
// overloaded one the scheduler behaves as if it did not spin.
type spinHistory struct {
	fails uint8  // spins in a row that ran to their deadline
	skip  uint16 // chances to spin left to skip
}

// maxSpinBackoff caps the back-off: at most 2^6-1 = 63 idle periods are
// spent without spinning before the next try.
const maxSpinBackoff = 6

// allow reports whether this chance to spin is taken, consuming a skipped
// one otherwise.
func (h *spinHistory) allow() bool {
	if h.skip > 0 {
		h.skip--
		return false
	}
	return true
}

// record notes how a spin ended and returns found.
func (h *spinHistory) record(found bool) bool {
	if found {
		h.fails = 0
		return true
	}
	if h.fails < maxSpinBackoff {
		h.fails++
	}
	h.skip = 1<<h.fails - 1
	return false
}

// spinOutcome records a spin of p's carrier (owner only).
func (p *p) spinOutcome(found bool) bool { return p.spins.record(found) }

// spinDeadline starts a spin of p's carrier: it returns the deadline, or
// -1 when the spin history says to skip this one (the search then goes
// straight to idleWait). The I/O the P's tasks queued is submitted first
// (submitBeforeSpin).
func (s *Scheduler) spinDeadline(p *p) int64 {
	if !p.spins.allow() {
		return -1
	}
	s.submitBeforeSpin(p)
	return s.now() + spinBudget
}

// submitBeforeSpin submits the I/O that p's tasks queued (a Wait(0)) before
// its carrier spins: a spinner watches its poller's completions, and the
// operations the last steps queued (a recv that said EAGAIN, typically)
// are the ones whose completions it waits for. Without the submission the
// spin could only end by timing out, and the blocking Wait after it would
// submit them: an I/O-bound task would always pay a carrier's sleep and
// wake-up in the kernel. The cost is one more io_uring_enter when the spin
// finds nothing (the blocking Wait then only waits); with epoll, kqueue and
// IOCP operations are started when queued, so Wait(0) only reaps.
func (s *Scheduler) submitBeforeSpin(p *p) {
	if !p.pollDirty {
		return
	}
	p.pollDirty = false
	s.reap(p)
}

// spinYieldEvery spaces a spinning carrier's yields and polls (ns).
const spinYieldEvery = 4_000

// stealWork tries every other P in a random order (a random start and a
// stride coprime with procs, like Go's randomOrder), taking half of a run
// queue or a whole inbox.
func (s *Scheduler) stealWork(p *p) *Task {
	n := s.procs
	if n == 1 {
		return nil
	}
	start := rand.IntN(n)
	stride := coprimeStride(n)
	for i := 0; i < n; i++ {
		v := s.ps[(start+i*stride)%n]
		if v == p {
			continue
		}
		if !v.in.empty() {
			p.s.steals.Add(uint64(v.in.drainTo(p)))
			if t := p.q.get(); t != nil {
				return t
			}
		}
		if t := p.steal(v); t != nil {
			return t
		}
	}
	return nil
}

// rebalance is stealing for a P that is not idle: its only task yielded
// and its run queue is empty. Yields stay on the local queue (Go sends
// Gosched and preempted goroutines to the global queue, which spreads
// them), so without this a P left with one task would keep it to itself
// while another P's queue holds many, and the tasks there would get a
// fraction of the CPU time of the lone one. It takes half of the queue of
// the first P found (random order) with at least two tasks waiting: then
// both Ps end with as many tasks as they can, and a P with a single waiting
// task is left alone, so two Ps sharing three tasks do not pass one back
// and forth at every yield.
func (s *Scheduler) rebalance(p *p) {
	n := s.procs
	if n == 1 {
		return
	}
	start := rand.IntN(n)
	stride := coprimeStride(n)
	for i := 0; i < n; i++ {
		v := s.ps[(start+i*stride)%n]
		if v == p || v.q.len() < 2 {
			continue
		}
		if t := p.steal(v); t != nil {
			p.runqput(t)
			return
		}
	}
}

// shed is balancing between busy Ps, checked every 61 slices. Yields stay
// on the local queue, so Ps that all stay busy never steal, and tasks that
// started unevenly spread (a burst spawned onto one P) would keep an uneven
// share of the CPU for as long as they run: two tasks on one P get seven
// times the time of fourteen on another. Go avoids this by sending
// Gosched to the global queue; here a P compares its queue with one
// random other P's and, when it holds at least twice as many plus one,
// moves half the difference to the global queue, where every P takes a
// fair share at its own 61st slice. Only the owner takes from its queue
// (p.q.get), so no new synchronisation is involved.
func (s *Scheduler) shed(p *p) {
	v := s.ps[rand.IntN(s.procs)]
	if v == p {
		return
	}
	mine, theirs := p.q.len(), v.q.len()
	if mine < 2*(theirs+1) {
		return
	}
	var head, tail *Task
	n := 0
	for k := (mine - theirs) / 2; n < k; n++ {
		t := p.q.get()
		if t == nil {
			break
		}
		t.link = nil
		if tail == nil {
			head = t
		} else {
			tail.link = t
		}
		tail = t
	}
	if n > 0 {
		s.gq.putBatch(head, tail, n)
		s.wakep() // an idle P takes them at once
	}
}

// coprimeStride picks a random stride coprime with n, so that
// start+i*stride visits every P exactly once.
func coprimeStride(n int) int {
	for {
		c := 1 + rand.IntN(n)
		a, b := c, n
		for b != 0 {
			a, b = b, a%b
		}
		if a == 1 {
			return c
		}
	}
}

// idleWait parks mp's carrier in its P's poller until work may be there. It
// keeps the P (invariant 4) and publishes it on the idle list first, then
// re-checks every queue, so a producer that enqueued before the P became
// visible as idle is not missed.
func (s *Scheduler) idleWait(mp *m) {
	p := mp.p
	if mp.spinning {
		mp.spinning = false
		s.nmspinning.Add(-1)
	}
	p.stepsPub.Store(p.steps)
	p.q.clearConsumed()
	s.pidleput(p)
	if s.workVisible(p) {
		if !s.pidleremove(p) {
			mp.spinning = true // a wakep chose us and passed its credit
		}
		return
	}
	timeout := time.Duration(-1)
	if w := p.timers.first.Load(); w != 0 {
		timeout = max(time.Duration(w-s.now()), 0)
	}
	p.pollDirty = false
	s.poll(p, timeout)
	if !s.pidleremove(p) {
		mp.spinning = true
	}
}

// poll calls the P's poller; a poller error is fatal for the scheduler's
// promise (I/O would be lost), so it is reported by Wait.
func (s *Scheduler) poll(p *p, timeout time.Duration) {
	if err := p.poller.Wait(timeout); err != nil && !s.stopped.Load() {
		s.signalWaiters(err)
	}
}

// reap is a non-blocking poll by a carrier that is looking for work
// (findRunnable and its spin). It sets p.reaping for its duration:
// completion callbacks that ready tasks of this P then leave them in its
// inbox without a wakep (readyExternal), because the carrier looks at its
// inbox when reap returns (findRunnable drains it, spin checks
// workVisible). A Ready from another goroutine that saw reaping set pushed
// its task before the flag was cleared, so that look finds it too.
// execute's periodic poll is not a reap: its carrier goes on with the
// tasks it holds before it looks at the inbox again.
func (s *Scheduler) reap(p *p) {
	p.reaping.Store(true)
	s.poll(p, 0)
	p.reaping.Store(false)
}

// workVisible reports whether any queue holds a task (the re-check of
// idleWait).
func (s *Scheduler) workVisible(self *p) bool {
	return s.workElsewhere(self) || !self.q.empty() || !self.in.empty()
}

// workElsewhere reports whether the global queue or another P's queue holds
// a task (or the scheduler stops, which the caller must notice).
func (s *Scheduler) workElsewhere(self *p) bool {
	if !s.gq.empty() || s.stopped.Load() {
		return true
	}
	for _, v := range s.ps {
		if v != self && (!v.q.empty() || !v.in.empty()) {
			return true
		}
	}
	return false
}

func (s *Scheduler) pidleput(p *p) {
	s.idleMu.Lock()
	p.idle.Store(true)
	s.idle = append(s.idle, p)
	s.npidle.Add(1)
	s.idleMu.Unlock()
}

// pidleremove takes p off the idle list if it is still there (its carrier
// woke by itself) and reports whether it was; false means a wakep popped it.
func (s *Scheduler) pidleremove(p *p) bool {
	s.idleMu.Lock()
	defer s.idleMu.Unlock()
	if !p.idle.Load() {
		return false
	}
	for i, q := range s.idle {
		if q == p {
			last := len(s.idle) - 1
			s.idle[i] = s.idle[last]
			s.idle[last] = nil
			s.idle = s.idle[:last]
			break
		}
	}
	p.idle.Store(false)
	s.npidle.Add(-1)
	return true
}

// wakep wakes an idle P to look for work, if there is one and nobody is
// spinning already (Go's wakep): one spinner at a time is enough, because a
// spinner that finds work wakes the next one (resetSpinning).
func (s *Scheduler) wakep() {
	if s.npidle.Load() == 0 || s.nmspinning.Load() != 0 || !s.nmspinning.CompareAndSwap(0, 1) {
		return
	}
	s.idleMu.Lock()
	n := len(s.idle)
	if n == 0 {
		s.idleMu.Unlock()
		s.nmspinning.Add(-1)
		return
	}
	p := s.idle[n-1]
	s.idle[n-1] = nil
	s.idle = s.idle[:n-1]
	p.idle.Store(false)
	s.npidle.Add(-1)
	s.idleMu.Unlock()
	p.poller.Wake()
}

// wakepBurst is wakep for a burst of external spawns (Spawn found the
// previous one unclaimed): it wakes an idle P even if a carrier is already
// spinning. Each call pops at most one idle P, so a burst wakes at most
// every P once; a spinner that finds nothing goes back to idle as usual.
func (s *Scheduler) wakepBurst() {
	if s.npidle.Load() == 0 {
		return
	}
	s.idleMu.Lock()
	n := len(s.idle)
	if n == 0 {
		s.idleMu.Unlock()
		return
	}
	s.nmspinning.Add(1) // the credit passed to the woken carrier
	p := s.idle[n-1]
	s.idle[n-1] = nil
	s.idle = s.idle[:n-1]
	p.idle.Store(false)
	s.npidle.Add(-1)
	s.idleMu.Unlock()
	p.poller.Wake()
}

// resetSpinning ends mp's spinning when it found work; if it was the last
// spinner, another P is woken, because more work may be queued behind.
func (s *Scheduler) resetSpinning(mp *m) {
	mp.spinning = false
	if s.nmspinning.Add(-1) == 0 {
		s.wakep()
	}
}

// readyLocal is Ready for a timer fired by the carrier that owns mp.p: as
// in Go's ready(gp, next=true), the woken task runs next, ahead of the
// queue, inheriting the time slice (a sleeper's latency should not depend on
// the length of the run queue; the slice bounds what it can take).
func (mp *m) readyLocal(t *Task, gen uint32) {
	if t.plat != nil {
		t.Ready()
		return
	}
	if t.makeRunnableGen(gen, true) == readyQueue {
		// Several timers due at once: the earliest runs next, the others
		// queue behind in deadline order.
		if mp.next != nil {
			mp.p.runqput(t)
		} else {
			mp.next = t
		}
	}
}

// fireTimers fires mp's P's due timers.
func (s *Scheduler) fireTimers(mp *m) {
	if w := mp.p.timers.first.Load(); w != 0 && w <= s.now() {
		mp.p.timers.fire(s.now(), mp.readyFn)
	}
}

// readyExternal queues a task that a Ready made runnable: to its home P's
// inbox (waking that P if idle), or the global queue for a task that never
// ran; a platform task's own thread is woken instead.
func (s *Scheduler) readyExternal(t *Task) {
	if pt := t.plat; pt != nil {
		pt.poller.Wake()
		return
	}
	if home := t.home.Load(); home != nil {
		home.in.push(t)
		if home.idle.Load() {
			home.poller.Wake()
			return
		}
		if home.reaping.Load() {
			// The home carrier is polling without blocking, which is
			// where I/O completions usually come from: it looks at its
			// inbox when the poll returns (see reaping), so waking
			// another P would only let that one steal the task, moving
			// it off the P whose poller holds its I/O.
			return
		}
	} else {
		s.gq.put(t)
	}
	s.wakep()
}

// execute runs one step of t on mp's P and files the task according to the
// returned Status (Go's execute + the tail of park_m/goyield).
func (s *Scheduler) execute(mp *m, t *Task, inherit bool) {
	if mp.spinning {
		s.resetSpinning(mp)
	}
	if lm := t.lockedm; lm != nil {
		// The task's own goroutine waits for a P (Blocking's return,
		// ParkPinned, Poller after a retake): give it ours and retire.
		t.lockedm = nil
		p := mp.p
		mp.p = nil
		lm.wake <- p
		return
	}
	p := mp.p
	if !inherit {
		p.schedtick++
		if p.preempt.Load() {
			p.preempt.Store(false)
		}
	}
	p.beginStep(mp)
	var st Status
	fast := uint64(0)
	for {
		if t.home.Load() != p {
			t.home.Store(p)
		}
		t.m = mp
		st = t.fn(t)
		t.m = nil
		// The hand-over fast path (Go's runnext with inheritTime, made
		// cheaper): the step parked after waking exactly one task, touched
		// nothing else, and the slice is not over. One CAS moves the step
		// word from this step to the next, proving that we still own the P
		// and telling the monitor that progress was made; then the woken
		// task runs at once. Nothing P-owned is touched in between: a
		// requeued task goes to mp.next, which is M-local (invariant 5).
		if st == Yielded {
			// Alone on the P: the task goes on at once (see yieldAlone).
			if s.yieldAlone(mp, p) {
				fast++
				continue
			}
			// The yield fast path (see yieldFast); otherwise the slow
			// path below files the task and findRunnable picks the next.
			nt, ok := s.yieldFast(mp, p, t, fast)
			if !ok {
				break
			}
			fast = 0
			if nt == nil {
				return // t is queued; findRunnable chooses (mp.next first)
			}
			t = nt
			continue
		}
		next := mp.next
		if st != Parked || next == nil || mp.p != p || len(mp.batch) != 0 || mp.pollDirty ||
			next.lockedm != nil || p.preempt.Load() {
			break
		}
		nw := mp.word&^tickMask | (mp.word+1<<tickShift)&tickMask
		if !atomic.CompareAndSwapUint64(&p.word, mp.word, nw) {
			break // retaken: the slow path below finds out again
		}
		mp.word = nw
		fast++
		mp.next = nil
		if t.park() {
			mp.next = t
		}
		t = next
	}

	p = mp.p // Blocking/ParkPinned may have moved us to another P
	if p == nil || !atomic.CompareAndSwapUint64(&p.word, mp.word, mp.word&^(inStep|noRetake)) {
		// The monitor retook the P while the step ran (or Shutdown left us
		// none): everything goes through the global queue.
		mp.p = nil
		s.lostSteps.Add(fast)
		s.afterLostStep(mp, t, st)
		return
	}
	p.steps += 1 + fast
	if p.steps-p.stepsPub.Load() >= 256 {
		p.stepsPub.Store(p.steps)
	}
	if mp.pollDirty {
		mp.pollDirty = false
		p.pollDirty = true
		if p.schedtick%61 == 0 {
			p.pollDirty = false
			s.poll(p, 0)
		}
	}
	queued := len(mp.batch) > 0
	for i, b := range mp.batch {
		p.runqput(b)
		mp.batch[i] = nil
	}
	mp.batch = mp.batch[:0]
	switch checkStatus(st) {
	case Done:
		s.finish(mp, t)
	case Yielded:
		// Due timers first: a task that yields must not overtake the
		// wake-ups that came due while it ran.
		s.fireTimers(mp)
		if mp.next == nil && p.q.empty() {
			s.rebalance(p)
		}
		p.runqput(t)
		queued = true
	case Parked:
		if t.park() {
			if mp.next != nil {
				p.runqput(t)
				queued = true
			} else {
				mp.next = t
			}
		}
	}
	if queued {
		s.wakep()
	}
}

// yieldFast files t, whose step on p just returned Yielded, and picks the
// next task without a trip through findRunnable, when nothing but the local
// run queue can be due: the step left nothing behind (no Wake, Spawn or
// queued I/O), the inbox is empty, no timer is due, this is not the slice on
// which findRunnable polls the global queue (p.schedtick is owner-only, so
// that one is checked after the CAS below), and the local queue has a task
// for t to queue behind. Those are exactly the conditions under which
// findRunnable would return the local queue's head, so the fast path changes
// the cost of a yield, never the order of tasks.
//
// It first leaves the step with the CAS of invariant 1 (the step word
// carries fast hand-overs not yet counted), which proves that the carrier
// still owns p; only then does it touch the run queue. The queue's length
// does not change (one in, one out), so no idle P needs waking. It returns
// the task to run next with a new slice begun; or nil, with t queued (or
// stolen), when execute must return and let findRunnable choose: on the
// global queue's slice, when thieves emptied the queue, or with the dequeued
// task in mp.next when it waits for a pinned goroutine (lockedm) that
// execute must hand the P to; or ok false if a
// condition failed before anything changed: the slow path then runs as usual.
func (s *Scheduler) yieldFast(mp *m, p *p, t *Task, fast uint64) (next *Task, ok bool) {
	if mp.p != p || mp.next != nil || len(mp.batch) != 0 || mp.pollDirty ||
		!p.in.empty() || p.q.empty() || s.stopped.Load() {
		return nil, false
	}
	if w := p.timers.first.Load(); w != 0 && w <= s.now() {
		return nil, false
	}
	out := mp.word &^ (inStep | noRetake)
	if !atomic.CompareAndSwapUint64(&p.word, mp.word, out) {
		return nil, false // retaken: the slow path finds out again
	}
	p.steps += 1 + fast
	if p.steps-p.stepsPub.Load() >= 256 {
		p.stepsPub.Store(p.steps)
	}
	if p.schedtick%61 == 0 {
		p.runqput(t)
		return nil, true // findRunnable's turn to poll the global queue
	}
	// One CAS queues t and takes the head. Thieves may have emptied the
	// queue since the check above: then t is queued alone and findRunnable
	// looks further.
	next = p.runqswap(t)
	if next == nil {
		return nil, true
	}
	if next.lockedm != nil {
		mp.next = next
		return nil, true
	}
	p.schedtick++
	if p.preempt.Load() {
		p.preempt.Store(false)
	}
	// beginStep, knowing the word: only the owner stores it.
	mp.word = uint64(p.schedtick)<<sliceShft | (out+1<<tickShift)&tickMask | inStep
	storeRelease64(&p.word, mp.word)
	return next, true
}

// yieldAlone handles a yield when nothing else can run on p: the step left
// nothing behind (no Wake, Spawn or queued I/O), p's run queue and inbox are
// empty, the global queue is empty, no timer is due and the slice is not
// over. findRunnable would then requeue the task and dequeue it again; here
// the task simply goes on, as the next step of the same slice (the step word
// moves on, so the monitor sees progress, with one CAS, exactly as the Wake
// hand-over does). Nothing P-owned is touched before or after the CAS: every
// check reads atomics, so the P may be retaken at any moment (invariant 5).
// When the slice ends (the monitor sets preempt) the slow path runs once,
// begins a new slice and clears the flag.
func (s *Scheduler) yieldAlone(mp *m, p *p) bool {
	if mp.p != p || mp.next != nil || len(mp.batch) != 0 || mp.pollDirty ||
		!p.q.empty() || !p.in.empty() || !s.gq.empty() ||
		p.preempt.Load() || s.stopped.Load() {
		return false
	}
	if w := p.timers.first.Load(); w != 0 && w <= s.now() {
		return false
	}
	if s.procs > 1 {
		// One other P per yield, in rotation: if it has two or more
		// tasks waiting, the slow path rebalances.
		tick := int(mp.word >> tickShift & (tickMask >> tickShift))
		if v := s.ps[(p.id+1+tick%(s.procs-1))%s.procs]; v.q.len() >= 2 {
			return false
		}
	}
	nw := mp.word&^tickMask | (mp.word+1<<tickShift)&tickMask
	if !atomic.CompareAndSwapUint64(&p.word, mp.word, nw) {
		return false // retaken: the slow path finds out again
	}
	mp.word = nw
	return true
}

// checkStatus rejects a Status that is none of the three: a client bug that
// would otherwise lose the task silently.
func checkStatus(st Status) Status {
	if st != Parked && st != Yielded && st != Done {
		panic("sched: a step returned an invalid " + st.String())
	}
	return st
}

// beginStep publishes a new step word for the step mp is about to run (or
// resume, after a P hand-over).
func (p *p) beginStep(mp *m) {
	tick := atomic.LoadUint64(&p.word) + 1<<tickShift
	mp.word = uint64(p.schedtick)<<sliceShft | tick&tickMask | inStep
	storeRelease64(&p.word, mp.word)
}

// afterLostStep files a task whose carrier lost its P during the step.
func (s *Scheduler) afterLostStep(mp *m, t *Task, st Status) {
	s.lostSteps.Add(1)
	for i, b := range mp.batch {
		s.gq.put(b)
		mp.batch[i] = nil
	}
	mp.batch = mp.batch[:0]
	if mp.next != nil {
		s.gq.put(mp.next)
		mp.next = nil
	}
	mp.pollDirty = false
	switch checkStatus(st) {
	case Done:
		s.finish(mp, t)
	case Yielded:
		s.gq.put(t)
	case Parked:
		if t.park() {
			s.gq.put(t)
		}
	}
	s.wakep()
}

// releaseP gives up the P of mp's running step (Go's entersyscallblock +
// handoffp): another carrier takes it at once, so the P's queue keeps
// running while this goroutine blocks. If the monitor already retook it,
// there is nothing to release.
func (s *Scheduler) releaseP(mp *m) {
	p := mp.p
	mp.p = nil
	if p == nil || !atomic.CompareAndSwapUint64(&p.word, mp.word, mp.word&^(inStep|noRetake)) {
		return
	}
	// Out of the step and not yet handed over: we still own p exclusively.
	for i, b := range mp.batch {
		p.runqput(b)
		mp.batch[i] = nil
	}
	mp.batch = mp.batch[:0]
	if mp.next != nil {
		p.runqput(mp.next)
		mp.next = nil
	}
	if mp.pollDirty {
		mp.pollDirty = false
		p.pollDirty = true
	}
	s.handoffs.Add(1)
	s.startm(p, false)
}

// reacquireP blocks t's goroutine until a carrier hands it a P (Go's
// exitsyscall slow path): the task is queued globally with lockedm set, and
// whichever carrier dequeues it gives its P to mp. On return mp.p is the new
// P, with a fresh step word, or nil at shutdown.
func (s *Scheduler) reacquireP(mp *m, t *Task) {
	t.lockedm = mp
	s.gq.put(t)
	s.wakep()
	s.acquire(mp, t)
}

// acquire waits for a P handed to mp and resumes t's step on it.
func (s *Scheduler) acquire(mp *m, t *Task) {
	p := mp.waitP()
	if p == nil {
		mp.p = nil
		return
	}
	mp.p = p
	t.m = mp
	p.schedtick++
	if p.preempt.Load() {
		p.preempt.Store(false)
	}
	p.beginStep(mp)
	if t.home.Load() != p {
		t.home.Store(p)
	}
}

// Blocking runs f, a call that may block its goroutine for long (a
// subprocess wait, the OS resolver, console input), from inside t's step. It
// releases the P first (Go's entersyscallblock), so other tasks keep running
// on it, and reacquires a P before returning (exitsyscall), possibly another
// one. It reports false if the scheduler shut down meanwhile: the step must
// then return promptly.
func (t *Task) Blocking(f func()) bool {
	if t.plat != nil {
		t.s.nblocking.Add(1)
		f()
		t.s.nblocking.Add(-1)
		return !t.s.stopped.Load()
	}
	mp := t.runningM("Blocking")
	s := t.s
	s.blockingCalls.Add(1)
	s.releaseP(mp)
	s.nblocking.Add(1)
	t.flags.Or(flagBlocking)
	f()
	t.flags.And(^flagBlocking)
	s.nblocking.Add(-1)
	s.reacquireP(mp, t)
	return mp.p != nil
}

// ParkPinned parks t from inside its step while its goroutine keeps the Go
// frames of the step: for native re-entry (Go code calling back into Python
// that then blocks), where the step cannot return Parked. The P is handed to
// another carrier; when t is readied, the carrier that dequeues it hands its
// P to this goroutine, and ParkPinned returns true with t running again. It
// returns at once if a Ready is already pending, and false at shutdown.
// Pinning costs two goroutine switches and a carrier per pinned task; it is
// counted in Metrics.Pins.
func (t *Task) ParkPinned() bool {
	if t.plat != nil {
		return t.plat.parkPinned(t)
	}
	mp := t.runningM("ParkPinned")
	gen := t.state.Load() & genMask
	if t.state.CompareAndSwap(gen|stActive|permit, gen|stActive) {
		return true
	}
	s := t.s
	s.pins.Add(1)
	s.releaseP(mp)
	t.lockedm = mp
	t.flags.Or(flagPinned)
	t.register()
	if !t.state.CompareAndSwap(gen|stActive, gen|stParked) {
		// A Ready arrived while we released the P: consume it, queue
		// ourselves to get a P back.
		t.state.Store(gen | stActive)
		s.gq.put(t)
		s.wakep()
	}
	s.acquire(mp, t)
	t.flags.And(^flagPinned)
	return mp.p != nil
}
