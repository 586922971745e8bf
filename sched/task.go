package sched

import (
	"fmt"
	"sync/atomic"
	"time"
)

// Status is what a task's step returns: it tells the carrier what to do with
// the task next.
type Status int

const (
	// Parked: the task registered a wait (I/O, a lock, a timer, a join...) and
	// must not run until someone calls Ready or Wake. If such a call already
	// arrived while the step was running, the task is requeued at once.
	Parked Status = iota
	// Yielded: the task can run again but gives others a turn; it goes to the
	// tail of its P's run queue.
	Yielded
	// Done: the task finished; its step is never called again.
	Done
)

// String names the status, for logs and panics.
func (s Status) String() string {
	switch s {
	case Parked:
		return "parked"
	case Yielded:
		return "yielded"
	case Done:
		return "done"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// Func is a task's step: it runs the task until it parks, yields or finishes.
// It is called on a carrier goroutine and must not block for long without
// announcing it (Blocking) or parking (returning Parked, or ParkPinned when it
// holds Go frames it cannot unwind).
type Func func(t *Task) Status

// Task states, kept in Task.state. A task that is queued and one whose step
// is running share one state, active: nothing outside the carrier needs to
// tell them apart (Ready does the same to both: leave a permit), so a switch
// costs no transition into "running" and back. The permit bit may be or-ed
// into stActive: a Ready arrived that the next park must consume.
//
// The bits above the permit are the task's generation: finished tasks are
// reused by later spawns (taskpool.go), and every reuse advances the
// generation. Every transition is a CAS on the whole word, so a CAS prepared
// against one incarnation fails against the next; a waker that recorded the
// generation (a Timer does) uses makeRunnableGen, which is a no-op once the
// task it meant has finished.
const (
	stActive uint32 = iota + 1 // queued, or its step is running
	stParked                   // waiting for Ready
	stDone                     // finished
	stMask   uint32 = 7
	permit   uint32 = 8
	genOne   uint32 = 16 // one generation
	genMask         = ^(genOne - 1)
)

// Task flags, for Dump and deadlock reports.
const (
	flagPlatform uint32 = 1 << iota // bound to its own OS thread
	flagPinned                      // parked in ParkPinned, holding Go frames
	flagBlocking                    // inside Blocking
)

// A Task is a virtual thread as the scheduler sees it: a step function, a
// state word and scheduling links. Value is the client's payload (the
// interpreter's Thread); the scheduler never reads it.
type Task struct {
	// Value is free for the client: the scheduler never touches it.
	Value any

	fn Func
	s  *Scheduler
	// id is atomic because Dump reads it from queued tasks, which may
	// meanwhile run, finish and be reused by a spawn that sets a new one.
	id    atomic.Uint64
	state atomic.Uint32
	flags atomic.Uint32

	// home is the P the task last ran on: Ready from a goroutine that is not
	// a carrier sends the task to that P's inbox, so I/O completions wake a
	// task where its poller and caches are.
	home atomic.Pointer[p]

	// m is the carrier running the step; written by that carrier before the
	// step and read only by the step itself (same goroutine).
	m *m

	// lockedm is set when the task's own goroutine holds Go frames and waits
	// for a P (Blocking's return, ParkPinned, a lost P in Poller): the carrier
	// that dequeues the task hands its P to lockedm instead of calling the
	// step. Written before the state CAS that makes the task runnable and read
	// after dequeuing, so the queue's synchronisation orders the two.
	lockedm *m

	// link chains the task in the global queue or an inbox (invariant 2: in
	// one at a time).
	link *Task

	// plat is non-nil for a platform task (SpawnPlatform).
	plat *platformThread

	// registry links (registry.go), guarded by the shard's mutex.
	regPrev, regNext *Task
	// registered is set when the task first parks (registry.go); it is
	// read and written only by whoever runs the task.
	registered bool
}

// register adds t to the registry the first time it parks: a task that runs
// to completion without parking never costs a registry lock, and only
// parked tasks matter to deadlock reports.
func (t *Task) register() {
	if !t.registered {
		t.registered = true
		t.s.reg.add(t)
	}
}

// ID is a unique number, in spawn order.
func (t *Task) ID() uint64 { return t.id.Load() }

// Scheduler is the scheduler that owns the task.
func (t *Task) Scheduler() *Scheduler { return t.s }

// String describes the task for logs and dumps.
func (t *Task) String() string {
	return fmt.Sprintf("task %d (%s)", t.id.Load(), stateName(t.state.Load()))
}

func stateName(st uint32) string {
	name := "new"
	switch st & stMask {
	case stActive:
		name = "active"
	case stParked:
		name = "parked"
	case stDone:
		name = "done"
	}
	if st&permit != 0 {
		name += "+permit"
	}
	return name
}

// Ready makes a parked task runnable. It is safe from any goroutine: a
// completion callback, a timer, another task, a goroutine that the scheduler
// does not know. Exactly-once semantics: one Ready makes one parked task
// runnable once; a Ready for a task that is running its step is remembered
// (the permit) and consumed by its next park, so a wake-up that races with the
// step's return is never lost. As with java.util.concurrent.locks.LockSupport,
// a task holds at most one permit, also when it is runnable (a Ready for a
// task that has not run yet makes its first park return at once); further
// Readys merge with it. Clients must re-check their wait condition after a
// wake-up, as with any condition variable. Ready reports whether this call
// woke the task or left it a permit.
//
// From inside a step, prefer cur.Wake(t): it hands t to the current carrier
// without atomics on shared queues and lets it inherit the time slice.
//
// A *Task is valid from Spawn until its step returns Done: after that the
// scheduler may reuse the struct for a task spawned later (see Spawn), and a
// Ready through the old pointer would be a spurious wake-up of that task
// (harmless under the re-check rule above, but wasteful). Code that may wake
// a task after it finished must drop its pointer when the task finishes, as
// a wait queue drops a waiter that timed out.
func (t *Task) Ready() bool {
	switch t.makeRunnable() {
	case readyQueue:
		t.s.readyExternal(t)
		return true
	case readyPermit:
		return true
	}
	return false
}

// Outcomes of makeRunnable.
const (
	readyNone   = iota // merged with a pending run or permit, or task done
	readyPermit        // the task is running: its next park will not sleep
	readyQueue         // parked → runnable: the caller must queue the task
)

// makeRunnable runs the state machine of Ready on the task's current
// incarnation.
func (t *Task) makeRunnable() int {
	return t.makeRunnableGen(0, false)
}

// makeRunnableGen is makeRunnable for a waker that recorded the generation it
// means (check set): if the task finished and was reused since, it does
// nothing.
func (t *Task) makeRunnableGen(gen uint32, check bool) int {
	for {
		old := t.state.Load()
		if check && old&genMask != gen {
			return readyNone
		}
		switch old & stMask {
		case stParked:
			if t.state.CompareAndSwap(old, old&genMask|stActive) {
				return readyQueue
			}
		case stActive:
			// One permit at most (LockSupport's rule). Even when the
			// permit is already there, write the word: the carrier's next
			// CAS on it reads from this one, so whatever the caller
			// published before Ready is visible to the task's next step.
			if old&permit != 0 {
				if t.state.CompareAndSwap(old, old) {
					return readyNone
				}
			} else if t.state.CompareAndSwap(old, old|permit) {
				return readyPermit
			}
		default:
			return readyNone
		}
	}
}

// park moves a task whose step returned Parked from active to parked. If a
// Ready arrived during the step (permit), the permit is consumed, the task
// stays active and park reports true: the caller must requeue it.
func (t *Task) park() (requeue bool) {
	t.register()
	gen := t.state.Load() & genMask // only the carrier changes the generation
	if t.state.CompareAndSwap(gen|stActive, gen|stParked) {
		return false
	}
	t.state.Store(gen | stActive) // only the permit can have changed the word
	return true
}

// Wake is Ready called from inside cur's step (cur must be the running task):
// t becomes runnable and runs next on cur's carrier, inheriting the remaining
// time slice, like Go's runnext. If cur wakes several tasks in one step, the
// last one runs next and the others go to the local run queue. It reports what
// Ready would.
func (cur *Task) Wake(t *Task) bool {
	if cur.plat != nil || t.plat != nil {
		return t.Ready()
	}
	m := cur.runningM("Wake")
	if r := t.makeRunnable(); r != readyQueue {
		return r == readyPermit
	}
	if m.next != nil {
		m.batch = append(m.batch, m.next)
	}
	m.next = t
	return true
}

// Spawn creates a task from inside cur's step: it is queued on cur's P when
// the step returns (or on the global queue if the P was retaken meanwhile).
func (cur *Task) Spawn(fn Func) *Task {
	if cur.plat != nil {
		return cur.s.Spawn(fn)
	}
	m := cur.runningM("Spawn")
	t := cur.s.newTask(m, fn)
	m.batch = append(m.batch, t)
	return t
}

// ShouldYield reports that the monitor asked the running task to yield: its
// time slice has run longer than Options.PreemptAfter. The interpreter checks
// it on backward jumps and calls (its eval breaker) and returns Yielded. It is
// a single atomic load.
func (t *Task) ShouldYield() bool {
	m := t.m
	if m == nil || m.p == nil {
		return false
	}
	return m.p.preempt.Load()
}

// Poller returns the poller of the P the running task is on, so the I/O layer
// can queue an operation there; the completion wakes the task on the same P.
// Calling it pins the P to this carrier until the step returns (the monitor
// will not retake it), because a Poller is single-issuer. If the P was already
// retaken, Poller first waits for a P, like Blocking's return. A platform
// task gets its own poller.
func (t *Task) Poller() Poller {
	if t.plat != nil {
		return t.plat.poller
	}
	m := t.runningM("Poller")
	for {
		p := m.p
		if p != nil {
			if m.word&noRetake != 0 || atomic.CompareAndSwapUint64(&p.word, m.word, m.word|noRetake) {
				m.word |= noRetake
				m.pollDirty = true
				return p.poller
			}
		}
		// The monitor retook our P mid-step: ask for one back.
		m.p = nil
		t.s.reacquireP(m, t)
		if m.p == nil {
			return stoppedPoller{}
		}
	}
}

// Sleep arms a timer that Readies t after d; the step then returns Parked.
// d <= 0 leaves an immediate permit. Equivalent to ReadyAfter(d) with the
// timer discarded.
func (t *Task) Sleep(d time.Duration) { t.ReadyAfter(d) }

// ReadyAfter arms a timer on the task's current P that calls Ready after d,
// and returns it so that a timed wait (a lock acquire with a timeout) can stop
// it when the wait ends first. It must be called from t's own step.
func (t *Task) ReadyAfter(d time.Duration) *Timer {
	var ts *timers
	var pp *p
	if t.plat != nil {
		ts = &t.plat.timers
	} else {
		pp = t.runningM("ReadyAfter").p
		ts = &pp.timers
	}
	tm := &Timer{when: t.s.now() + int64(d), task: t, gen: t.state.Load() & genMask}
	if d <= 0 {
		tm.state.Store(timerFired)
		t.makeRunnable() // running: leaves the permit
		return tm
	}
	tm.state.Store(timerArmed)
	t.s.ntimers.Add(1)
	if ts.add(tm) && pp != nil && pp.idle.Load() {
		// The monitor retook our P and its new carrier went idle, sleeping
		// until an earlier deadline (or none): wake it to re-read the
		// heap. add stored first before this load of idle, and idleWait
		// stores idle before it loads first (pidleput), so one of the two
		// sees the other.
		pp.poller.Wake()
	}
	return tm
}

// runningM returns the carrier running t's step, or panics with a message
// naming the misuse: these methods are only meaningful from t's own step.
func (t *Task) runningM(op string) *m {
	m := t.m
	if m == nil {
		panic("sched: (*Task)." + op + " called outside the task's own step")
	}
	return m
}
