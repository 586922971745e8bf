package sched

import (
	"runtime"
	"time"
)

// platformThread is the private machinery of a platform task: it never
// enters a run queue and holds no P; its goroutine, locked to one OS thread,
// runs its steps and, between them, blocks in its own poller (created with
// Options.NewPoller(-1)) with its own timers, so Ready, Sleep and Poller work
// the same as for virtual tasks.
type platformThread struct {
	poller Poller
	timers timers
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
	for t.state.Load()&stMask != stActive {
		if s.stopped.Load() {
			return false
		}
		now := s.now()
		pt.timers.fire(now, func(t *Task, gen uint32) { t.makeRunnableGen(gen, true) })
		if t.state.Load()&stMask == stActive {
			break
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
