package sched

import (
	"runtime"
	"time"

	"github.com/weftrun/weft"
)

// platformThread is the private machinery of a platform task: it never
// enters a run queue and holds no P; its goroutine, locked to one OS thread,
// runs its steps and, between them, blocks in its own poller (created with
// Options.NewPoller(-1)) with its own timers, so Ready, Sleep and Poller work
// the same as for virtual tasks.
type platformThread struct {
	poller Poller
	timers timers
	spins  spinHistory // owned by the thread's goroutine
}

// SpawnPlatform creates a platform-bound task (threading.Thread(...,
// virtual=False)): its steps always run on one goroutine locked to one OS
// thread (runtime.LockOSThread) and it never migrates, for code that needs
// thread identity (thread-local OS state, some C libraries, signal masks).
// It does not count against Procs. Its goroutine starts at once.
func (s *Scheduler) SpawnPlatform(fn Func) (*Task, error) {
	if fn == nil {
		panic("sched: SpawnPlatform with a nil Func")
	}
	if s.stopped.Load() {
		return nil, ErrShutdown
	}
	pl, err := s.newPoller(-1)
	if err != nil {
		return nil, err
	}
	pt := &platformThread{poller: pl}
	s.platMu.Lock()
	if s.stopped.Load() {
		s.platMu.Unlock()
		pl.Close()
		return nil, ErrShutdown
	}
	s.plats[pt] = struct{}{}
	s.wg.Add(1)
	s.platMu.Unlock()

	t := &Task{fn: fn, s: s, plat: pt}
	t.flags.Store(flagPlatform)
	t.state.Store(stActive)
	t.id.Store(s.spawned.Add(1))
	t.register()
	go s.runPlatform(t)
	return t, nil
}

func (s *Scheduler) runPlatform(t *Task) {
	runtime.LockOSThread()
	pt := t.plat
	defer func() {
		s.platMu.Lock()
		delete(s.plats, pt)
		s.platMu.Unlock()
		pt.poller.Close()
		runtime.UnlockOSThread()
		s.wg.Done()
	}()
	for {
		if !pt.waitRunnable(t) {
			return
		}
		s.platSteps.Add(1)
		switch checkStatus(t.fn(t)) {
		case Done:
			s.finish(nil, t)
			return
		case Yielded:
			runtime.Gosched()
		case Parked:
			t.park()
		}
	}
}

// waitRunnable blocks in the thread's poller until t is runnable, firing its
// timers; false at shutdown.
func (pt *platformThread) waitRunnable(t *Task) bool {
	s := t.s
	spun := false
	for t.state.Load()&stMask != stActive {
		if s.stopped.Load() {
			return false
		}
		now := s.now()
		pt.timers.fire(now, func(t *Task, gen uint32) { t.makeRunnableGen(gen, true) })
		if t.state.Load()&stMask == stActive {
			break
		}
		if !spun && pt.poller.Pending() > 0 {
			spun = true
			if pt.spins.allow() {
				pt.spins.record(pt.spinIO(t))
				continue
			}
		}
		timeout := time.Duration(-1)
		if w := pt.timers.first.Load(); w != 0 {
			timeout = max(time.Duration(w-now), 0)
		}
		if err := pt.poller.Wait(timeout); err != nil && !s.stopped.Load() {
			s.signalWaiters(err)
		}
	}
	return !s.stopped.Load()
}

// spinIO is a platform thread's short spin before it blocks with I/O in
// flight, the counterpart of a carrier's spin (proc.go): the thread waits
// for the completion of an operation it just queued (a recv that said
// EAGAIN), and when the peer answers within spinBudget the completion is
// reaped without the thread sleeping in the kernel and being woken, which
// on a busy machine costs more than the answer itself. It submits the
// queued operations first (Wait(0)), then polls without blocking between
// spin-wait hints until t is runnable, a timer is due or the budget is
// spent; an io_uring poll only peeks at the completion queue. It runs once
// per wait (the caller's spun flag), so a thread that waits long spends one
// budget, not a core, and adaptively (spinHistory): it reports whether it
// ended before its deadline.
func (pt *platformThread) spinIO(t *Task) (found bool) {
	s := t.s
	until := s.now() + spinBudget
	for {
		if err := pt.poller.Wait(0); err != nil && !s.stopped.Load() {
			s.signalWaiters(err)
			return true
		}
		if t.state.Load()&stMask == stActive || s.stopped.Load() || pt.poller.Pending() == 0 {
			return true
		}
		now := s.now()
		if w := pt.timers.first.Load(); w != 0 && w <= now {
			return true
		}
		if now >= until {
			return false
		}
		for range 32 {
			weft.SpinWait()
		}
	}
}

// parkPinned is ParkPinned for a platform task: its goroutine is its
// carrier, so it simply waits in place.
func (pt *platformThread) parkPinned(t *Task) bool {
	if t.state.CompareAndSwap(stActive|permit, stActive) {
		return true
	}
	t.s.pins.Add(1)
	t.flags.Or(flagPinned)
	defer t.flags.And(^flagPinned)
	if t.park() {
		return true
	}
	return pt.waitRunnable(t)
}
