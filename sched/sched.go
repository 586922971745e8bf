package sched

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// Options configures a Scheduler. The zero value is usable.
type Options struct {
	// Procs is the number of Ps (carrier slots): how many task steps run in
	// parallel. 0 means $WEFT_PROCS if set, else runtime.GOMAXPROCS(0).
	Procs int
	// NewPoller creates the poller of P number p (0 <= p < Procs), or the
	// private poller of a platform task (p = -1). nil: a built-in poller that
	// only sleeps and wakes (no I/O).
	NewPoller func(p int) (Poller, error)
	// Deadlock, when set, enables deadlock detection: when every live task is
	// parked, no timer is armed, no poller has operations pending and no
	// Blocking call is in progress, it is called (on the monitor goroutine)
	// with the parked tasks. It may Ready some of them (for example to raise
	// an exception in each); if it does not, Wait returns a *DeadlockError.
	// Detection assumes that wake-ups come only from tasks, timers and
	// pollers: leave it nil when goroutines the scheduler does not know call
	// Ready.
	Deadlock func(parked []*Task)
	// PreemptAfter is the time slice: a task (or a chain of tasks handing over
	// with Wake) running longer is asked to yield (ShouldYield). 0: 10 ms.
	PreemptAfter time.Duration
	// OnPreempt, when set, is called by the monitor each time it decides
	// that the slice of the task running on a P is over, just after
	// ShouldYield starts reporting true for it. A step cannot be
	// interrupted, only asked: an embedder whose steps check ShouldYield
	// only when prompted (an interpreter's eval loop, which polls an eval
	// breaker) uses it to prompt them, so the decision stays the monitor's
	// and no second timer duplicates it. It runs on the monitor goroutine
	// and must return promptly (no blocking, no Ready of parked tasks).
	OnPreempt func()
	// HandoffAfter is how long a step may run without returning while its P
	// has other work before the monitor hands that P to another carrier.
	// 0: 1 ms; negative: never (the blocked-carrier detector is off).
	HandoffAfter time.Duration
}

// Errors returned by the scheduler.
var (
	// ErrShutdown: the scheduler was shut down.
	ErrShutdown = errors.New("sched: scheduler is shut down")
)

// DeadlockError is returned by Wait when every live task is parked with
// nothing that could wake one (see Options.Deadlock).
type DeadlockError struct {
	Parked []*Task
}

// Error summarises the deadlock; Parked has the tasks, for a dump.
func (e *DeadlockError) Error() string {
	return fmt.Sprintf("sched: deadlock: all %d live tasks are parked with no timer, I/O or blocking call pending", len(e.Parked))
}

// Scheduler runs tasks on Procs carrier slots. Create one with New, add
// tasks with Spawn, start the carriers with Start, wait with Wait and stop
// with Shutdown (or all in one with Run).
type Scheduler struct {
	opts   Options
	procs  int
	ps     []*p
	epoch  time.Time
	preemp int64 // PreemptAfter, ns
	handof int64 // HandoffAfter, ns (<0: off)

	gq   globalQueue
	pool taskPool

	// Idle Ps (their carriers are blocked in the P's poller).
	idleMu     sync.Mutex
	idle       []*p
	npidle     atomic.Int32
	nmspinning atomic.Int32

	// Idle Ms (carriers without a P), waiting on their wake channel.
	mMu    sync.Mutex
	idleMs []*m
	nms    atomic.Int32 // carriers ever started and still alive

	// spawned and finished are written by every P at every spawn and
	// finish: each gets its own cache line, away from the read-mostly
	// fields around them.
	_         [cacheLine]byte
	spawned   atomic.Uint64
	_         [cacheLine - 8]byte
	finished  atomic.Uint64
	_         [cacheLine - 8]byte
	ntimers   atomic.Int64
	nblocking atomic.Int64

	// Counters for Metrics.
	steals, handoffs, retakes, pins, blockingCalls, preemptions atomic.Uint64
	lostSteps, platSteps                                        atomic.Uint64

	reg registry

	platMu  sync.Mutex
	plats   map[*platformThread]struct{}
	started atomic.Bool
	stopped atomic.Bool
	stop    chan struct{}
	wg      sync.WaitGroup

	waitMu  sync.Mutex
	waitCh  chan struct{}
	waitErr error

	mon monitorState
}

// cacheLine is the padding unit against false sharing (64 bytes on amd64
// and most arm64 cores; 128 on Apple's, where this only wastes a little).
const cacheLine = 64

// maxProcs bounds Options.Procs: beyond it a typo (a million Ps) would
// allocate gigabytes of run queues.
const maxProcs = 4096

// New creates a scheduler; no goroutine runs until Start.
func New(opts Options) (*Scheduler, error) {
	procs := opts.Procs
	if procs < 0 || procs > maxProcs {
		return nil, fmt.Errorf("sched: Procs = %d, want 0..%d", procs, maxProcs)
	}
	if procs == 0 {
		if env := os.Getenv("WEFT_PROCS"); env != "" {
			n, err := strconv.Atoi(env)
			if err != nil || n < 1 || n > maxProcs {
				return nil, fmt.Errorf("sched: WEFT_PROCS=%q, want an integer in 1..%d", env, maxProcs)
			}
			procs = n
		} else {
			procs = runtime.GOMAXPROCS(0)
		}
	}
	if opts.PreemptAfter <= 0 {
		opts.PreemptAfter = 10 * time.Millisecond
	}
	if opts.HandoffAfter == 0 {
		opts.HandoffAfter = time.Millisecond
	}
	s := &Scheduler{
		opts:   opts,
		procs:  procs,
		epoch:  time.Now(),
		preemp: int64(opts.PreemptAfter),
		handof: int64(opts.HandoffAfter),
		plats:  make(map[*platformThread]struct{}),
		stop:   make(chan struct{}),
	}
	s.ps = make([]*p, procs)
	for i := range s.ps {
		pl, err := s.newPoller(i)
		if err != nil {
			for _, q := range s.ps[:i] {
				q.poller.Close()
			}
			return nil, fmt.Errorf("sched: poller for P %d: %w", i, err)
		}
		s.ps[i] = &p{id: i, s: s, poller: pl}
	}
	s.mon.init(procs)
	return s, nil
}

func (s *Scheduler) newPoller(i int) (Poller, error) {
	if s.opts.NewPoller == nil {
		return newIdlePoller(), nil
	}
	pl, err := s.opts.NewPoller(i)
	if err == nil && pl == nil {
		err = errors.New("NewPoller returned a nil Poller")
	}
	return pl, err
}

// Procs is the number of Ps.
func (s *Scheduler) Procs() int { return s.procs }

// now is the scheduler's monotonic clock in nanoseconds; never 0 once
// running (timers use 0 for "none").
func (s *Scheduler) now() int64 { return int64(time.Since(s.epoch)) + 1 }

// Start starts one carrier per P and the monitor. Tasks spawned before Start
// run once it is called. Start after Start or Shutdown is an error.
func (s *Scheduler) Start() error {
	if s.stopped.Load() {
		return ErrShutdown
	}
	if !s.started.CompareAndSwap(false, true) {
		return errors.New("sched: Start called twice")
	}
	for _, p := range s.ps {
		s.startm(p, false)
	}
	s.wg.Add(1)
	go s.monitor()
	return nil
}

// Spawn creates a runnable task. It may be called from any goroutine, before
// or after Start; from inside a step, cur.Spawn keeps the child on the
// current P. fn must not be nil.
//
// The returned *Task may be a reused one: the struct of a task whose step
// returned Done (see (*Task).Ready for what that means for old pointers).
func (s *Scheduler) Spawn(fn Func) *Task {
	t := s.newTask(nil, fn)
	if s.gq.put(t) {
		// The previous spawn is still unclaimed: the spinner woken for it
		// has not reached the queue yet. A burst wakes the idle Ps at
		// once rather than through the chain of spinners, each of which
		// wakes the next only once it runs (a goroutine wake-up per hop).
		s.wakepBurst()
	} else {
		s.wakep()
	}
	return t
}

// newTask makes a task, reusing a finished one when mp (the spawning
// carrier, nil outside the scheduler) or the global pool has one.
func (s *Scheduler) newTask(mp *m, fn Func) *Task {
	if fn == nil {
		panic("sched: Spawn with a nil Func")
	}
	t := s.pool.get(mp)
	if t == nil {
		t = &Task{}
		t.state.Store(stActive)
	} else {
		t.state.Store((t.state.Load()+genOne)&genMask | stActive)
	}
	t.fn, t.s = fn, s
	t.id.Store(s.spawned.Add(1))
	return t
}

// finish retires a task whose step returned Done on carrier mp (nil for a
// platform task, which has its own goroutine and is never reused), and
// recycles it.
func (s *Scheduler) finish(mp *m, t *Task) {
	t.state.Store(t.state.Load()&genMask | stDone)
	if t.registered {
		s.reg.remove(t)
	}
	if t.plat == nil {
		s.pool.put(mp, t)
	}
	if s.finished.Add(1) == s.spawned.Load() {
		s.signalWaiters(nil)
	}
}

// signalWaiters wakes Wait: all tasks finished (err nil) or a deadlock.
func (s *Scheduler) signalWaiters(err error) {
	s.waitMu.Lock()
	if err != nil && s.waitErr == nil {
		s.waitErr = err
	}
	if s.waitCh != nil {
		close(s.waitCh)
		s.waitCh = nil
	}
	s.waitMu.Unlock()
}

// Wait blocks until every spawned task has finished (nil), a deadlock is
// detected (*DeadlockError) or the scheduler is shut down (ErrShutdown). As
// with sync.WaitGroup, spawns that race with Wait from other goroutines may
// or may not be waited for.
func (s *Scheduler) Wait() error {
	for {
		s.waitMu.Lock()
		if err := s.waitErr; err != nil {
			s.waitErr = nil
			s.waitMu.Unlock()
			return err
		}
		if s.finished.Load() == s.spawned.Load() {
			s.waitMu.Unlock()
			return nil
		}
		if s.stopped.Load() {
			s.waitMu.Unlock()
			return ErrShutdown
		}
		if s.waitCh == nil {
			s.waitCh = make(chan struct{})
		}
		ch := s.waitCh
		s.waitMu.Unlock()
		<-ch
	}
}

// Shutdown stops every carrier, the monitor and every platform task's
// goroutine, and returns when all of them have exited; then it closes the
// pollers. Tasks still parked or queued are abandoned; a step that is running
// is waited for (a step blocked forever keeps Shutdown waiting: there is no
// safe way to abandon a goroutine). Blocking and ParkPinned calls waiting for
// a P return, reporting the shutdown. Shutdown is idempotent.
func (s *Scheduler) Shutdown() {
	if !s.stopped.CompareAndSwap(false, true) {
		s.wg.Wait()
		return
	}
	close(s.stop)
	for _, p := range s.ps {
		p.poller.Wake()
	}
	s.platMu.Lock()
	for pt := range s.plats {
		pt.poller.Wake()
	}
	s.platMu.Unlock()
	s.wg.Wait()
	for _, p := range s.ps {
		p.poller.Close()
	}
	s.signalWaiters(ErrShutdown)
}

// Run is the whole lifecycle in one call: spawn fn, start, wait until every
// task is done (or deadlocked), shut down.
func (s *Scheduler) Run(fn Func) error {
	s.Spawn(fn)
	if err := s.Start(); err != nil {
		return err
	}
	err := s.Wait()
	s.Shutdown()
	return err
}
